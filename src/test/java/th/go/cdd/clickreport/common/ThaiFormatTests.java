package th.go.cdd.clickreport.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ThaiFormatTests {

	@Test
	void monthsAndDatesAreInThaiWithBuddhistEraYears() {
		assertThat(ThaiFormat.month(YearMonth.of(2024, 5))).isEqualTo("พฤษภาคม 2567");
		assertThat(ThaiFormat.month(YearMonth.of(2025, 1))).isEqualTo("มกราคม 2568");
		assertThat(ThaiFormat.date(LocalDate.of(2024, 6, 16))).isEqualTo("16 มิถุนายน 2567");
		assertThat(ThaiFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31 ธันวาคม 2567");
	}

	@Test
	void digitsConvertBothWaysAndLeaveOtherCharactersAlone() {
		assertThat(ThaiFormat.thaiDigits("ที่ 12/2567")).isEqualTo("ที่ ๑๒/๒๕๖๗");
		assertThat(ThaiFormat.arabicDigits("ที่ ๑๒/๒๕๖๗")).isEqualTo("ที่ 12/2567");
	}

	@Test
	void percentHasAtMostOneDecimalAndZeroForAnEmptyWhole() {
		assertThat(ThaiFormat.percent(1, 3)).isEqualTo("33.3");
		assertThat(ThaiFormat.percent(1, 2)).isEqualTo("50");
		assertThat(ThaiFormat.percent(2, 3)).isEqualTo("66.7");
		assertThat(ThaiFormat.percent(0, 0)).isEqualTo("0");
	}

}
