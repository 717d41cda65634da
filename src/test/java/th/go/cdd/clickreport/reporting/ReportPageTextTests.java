package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.rubric.SubmissionStatus;

class ReportPageTextTests {

	@Test
	void timesAreInBangkokWithBuddhistEraYears() {
		assertThat(ReportPageText.dateTime(Instant.parse("2024-06-15T16:59:00Z")))
			.isEqualTo("15 มิถุนายน 2567 23:59 น.");
		assertThat(ReportPageText.deadline(LocalDate.of(2024, 6, 15))).isEqualTo("15 มิถุนายน 2567 เวลา 23:59 น.");
	}

	@Test
	void timeLeftCountsDownAndThenSaysHowLongSinceTheDeadline() {
		Instant deadline = Instant.parse("2024-06-15T17:00:00Z");
		assertThat(ReportPageText.timeLeft(Instant.parse("2024-06-12T13:00:00Z"), deadline))
			.isEqualTo("อีก 3 วัน 4 ชั่วโมง");
		assertThat(ReportPageText.timeLeft(Instant.parse("2024-06-15T15:30:00Z"), deadline))
			.isEqualTo("อีก 1 ชั่วโมง 30 นาที");
		assertThat(ReportPageText.timeLeft(Instant.parse("2024-06-15T16:59:30Z"), deadline)).isEqualTo("อีก 1 นาที");
		assertThat(ReportPageText.timeLeft(Instant.parse("2024-06-17T17:00:00Z"), deadline))
			.isEqualTo("เลยกำหนดมาแล้ว 2 วัน");
	}

	@Test
	void aSubmittedReportSaysWhetherItWasOnTime() {
		assertThat(ReportPageText.state(ReportState.SUBMITTED, SubmissionStatus.LATE)).isEqualTo("ส่งแล้ว (ล่าช้า)");
		assertThat(ReportPageText.state(ReportState.SUBMITTED, SubmissionStatus.SUBMITTED))
			.isEqualTo("ส่งแล้ว (ตรงเวลา)");
		assertThat(ReportPageText.stateClass(ReportState.SUBMITTED, SubmissionStatus.LATE)).isEqualTo("LATE");
		assertThat(ReportPageText.state(null, null)).isEqualTo("ยังไม่เริ่ม");
		assertThat(ReportPageText.percent(83.333)).isEqualTo("83.3%");
		assertThat(ReportPageText.percent(100.0)).isEqualTo("100%");
	}

}
