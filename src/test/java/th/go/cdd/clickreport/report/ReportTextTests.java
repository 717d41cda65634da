package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.rubric.Note.Severity;
import th.go.cdd.clickreport.rubric.SubmissionStatus;

class ReportTextTests {

	@Test
	void officialDatesHaveThaiMonthsBuddhistYearsAndThaiDigits() {
		ReportText text = new ReportText(true);

		assertThat(text.date(LocalDate.of(2024, 6, 16))).isEqualTo("๑๖ มิถุนายน ๒๕๖๗");
		assertThat(text.month(YearMonth.of(2024, 5))).isEqualTo("พฤษภาคม ๒๕๖๗");
		assertThat(text.dateTime(LocalDateTime.of(2024, 6, 14, 9, 5))).isEqualTo("๑๔ มิถุนายน ๒๕๖๗ เวลา ๙.๐๕ น.");
	}

	@Test
	void thaiDigitsCanBeLeftOut() {
		ReportText text = new ReportText(false);

		assertThat(text.date(LocalDate.of(2024, 6, 16))).isEqualTo("16 มิถุนายน 2567");
		assertThat(text.official("ประจำเดือนพฤษภาคม 2567")).isEqualTo("ประจำเดือนพฤษภาคม 2567");
	}

	@Test
	void chartMonthsAreAbbreviatedWithTwoDigitBuddhistYears() {
		assertThat(ReportText.shortMonth(YearMonth.of(2023, 12))).isEqualTo("ธ.ค. 66");
		assertThat(ReportText.shortMonth(YearMonth.of(2024, 5))).isEqualTo("พ.ค. 67");
	}

	@Test
	void statusesAndSeveritiesReadInThai() {
		assertThat(SubmissionStatus.LATE.labelTh()).isEqualTo("ส่งล่าช้า");
		assertThat(SubmissionStatus.NOT_SUBMITTED.labelTh()).isEqualTo("ไม่ส่งรายงาน");
		assertThat(Severity.REJECT.labelTh()).isEqualTo("แถวที่ถูกปฏิเสธ");
		assertThat(ReportText.number(1240)).isEqualTo("1,240");
	}

}
