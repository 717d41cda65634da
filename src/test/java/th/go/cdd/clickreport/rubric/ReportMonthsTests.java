package th.go.cdd.clickreport.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.common.ThaiFormat;

class ReportMonthsTests {

	@Test
	void readsGregorianBuddhistEraAndThaiDigits() {
		assertThat(ReportMonths.parse("2024-05")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(ReportMonths.parse("2567-05")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(ReportMonths.parse(" ๒๕๖๗-๐๕ ")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(ReportMonths.parse("2024-5")).isEqualTo(YearMonth.of(2024, 5));
	}

	@Test
	void refusesWhatIsNotAMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportMonths.parse("May 2024"))
			.withMessageContaining("YYYY-MM");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportMonths.parse("2024-13"))
			.withMessageContaining("no month 13");
	}

	@Test
	void writesThaiMonthsWithBuddhistEraYears() {
		assertThat(ThaiFormat.month(YearMonth.of(2024, 5))).isEqualTo("พฤษภาคม 2567");
		assertThat(ThaiFormat.thaiDigits("16 มิถุนายน 2567")).isEqualTo("๑๖ มิถุนายน ๒๕๖๗");
	}

}
