package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value readers of SPEC §6, without Spring or a database. */
class CsvValuesTests {

	@Test
	void cleanTrimsBlanksNoBreakSpaceZeroWidthSpaceAndByteOrderMark() {
		assertThat(CsvValues.clean("  5701\t")).isEqualTo("5701");
		assertThat(CsvValues.clean("\u00A0\u200Bเวียง ชัย\u200B\u00A0")).isEqualTo("เวียง ชัย");
		assertThat(CsvValues.clean("\uFEFFsubmission_id")).isEqualTo("submission_id");
		assertThat(CsvValues.clean(null)).isEmpty();
		assertThat(CsvValues.clean("   ")).isEmpty();
	}

	@Test
	void thaiDigitsBecomeArabicDigits() {
		assertThat(CsvValues.arabicDigits("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
		assertThat(CsvValues.arabicDigits("ครั้งที่ ๑๒")).isEqualTo("ครั้งที่ 12");
		assertThat(CsvValues.code(" ๕๗๐๑ ")).isEqualTo("5701");
		assertThat(CsvValues.code(" facebook ")).isEqualTo("FACEBOOK");
	}

	@Test
	void integersInArabicOrThaiDigitsWithSignsBlanksAndThousandsSeparators() {
		assertThat(CsvValues.integer("12")).isEqualTo(12);
		assertThat(CsvValues.integer(" ๑๒ ")).isEqualTo(12);
		assertThat(CsvValues.integer("๐")).isZero();
		assertThat(CsvValues.integer("-3")).isEqualTo(-3);
		assertThat(CsvValues.integer("+4")).isEqualTo(4);
		assertThat(CsvValues.integer("1,234")).isEqualTo(1234);
		assertThat(CsvValues.integer("๑,๒๓๔,๕๖๗")).isEqualTo(1234567);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "abc", "1.5", "12 คน", "1,23", "1,2345", "--1", "99999999999", "๑๒x" })
	void unreadableIntegersAreNull(String raw) {
		assertThat(CsvValues.integer(raw)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "TRUE", "true", "True", "Y", "y", "YES", "yes", "Yes", "1", "๑", "ใช่", " ใช่ " })
	void yes(String raw) {
		assertThat(CsvValues.bool(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "FALSE", "false", "False", "N", "n", "NO", "no", "No", "0", "๐", "ไม่ใช่", " ไม่ใช่ " })
	void no(String raw) {
		assertThat(CsvValues.bool(raw)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "maybe", "2", "T", "F", "ไม่", "yes!" })
	void unreadableBooleansAreNull(String raw) {
		assertThat(CsvValues.bool(raw)).isNull();
	}

	@Test
	void buddhistEraYearsFrom2400() {
		assertThat(CsvValues.gregorianYear(2567)).isEqualTo(2024);
		assertThat(CsvValues.gregorianYear(2400)).isEqualTo(1857);
		assertThat(CsvValues.gregorianYear(2399)).isEqualTo(2399);
		assertThat(CsvValues.gregorianYear(2024)).isEqualTo(2024);
	}

	@Test
	void monthsInGregorianOrBuddhistYearsAndThaiDigits() {
		assertThat(CsvValues.month("2024-05")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(CsvValues.month("2567-05")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(CsvValues.month("๒๕๖๗-๐๕")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(CsvValues.month(" 2024-5 ")).isEqualTo(YearMonth.of(2024, 5));
		assertThat(CsvValues.month("2567-12")).hasToString("2024-12");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2024-13", "2024-00", "05/2024", "2024-05-01", "May 2024", "24-05", "2024/05" })
	void unreadableMonthsAreNull(String raw) {
		assertThat(CsvValues.month(raw)).isNull();
	}

	@Test
	void datesInGregorianOrBuddhistYearsAndThaiDigits() {
		assertThat(CsvValues.date("2024-05-03")).isEqualTo(LocalDate.of(2024, 5, 3));
		assertThat(CsvValues.date("2567-05-03")).isEqualTo(LocalDate.of(2024, 5, 3));
		assertThat(CsvValues.date("๒๕๖๗-๐๕-๐๓")).isEqualTo(LocalDate.of(2024, 5, 3));
		assertThat(CsvValues.date("2024-5-3")).isEqualTo(LocalDate.of(2024, 5, 3));
		// B.E. 2567 is A.D. 2024, a leap year: the year is converted before the day is
		// checked
		assertThat(CsvValues.date("2567-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2024-02-30", "2023-02-29", "03/05/2024", "2024-05", "2024-05-03T10:00", "เมื่อวาน" })
	void unreadableDatesAreNull(String raw) {
		assertThat(CsvValues.date(raw)).isNull();
	}

	@Test
	void dateTimesWithAnOffsetKeepTheirOffset() {
		assertThat(CsvValues.dateTime("2024-06-10T09:30:00+07:00")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10T09:30:00Z")).isEqualTo(Instant.parse("2024-06-10T09:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10t09:30:00z")).isEqualTo(Instant.parse("2024-06-10T09:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10T23:30:00-05:00")).isEqualTo(Instant.parse("2024-06-11T04:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10T09:30+0700")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10T09:30:00 +07")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
	}

	@Test
	void dateTimesWithoutAnOffsetAreBangkokTime() {
		assertThat(CsvValues.dateTime("2024-06-10T09:30:00")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-16T06:59:59")).isEqualTo(Instant.parse("2024-06-15T23:59:59Z"));
	}

	@Test
	void dateTimesWithABlankInsteadOfTSecondsOmittedFractionsBuddhistYearsAndThaiDigits() {
		assertThat(CsvValues.dateTime("2024-06-10 09:30")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10  9:30")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(CsvValues.dateTime("2024-06-10T09:30:15.123")).isEqualTo(Instant.parse("2024-06-10T02:30:15.123Z"));
		assertThat(CsvValues.dateTime("2567-06-10 09:30:15")).isEqualTo(Instant.parse("2024-06-10T02:30:15Z"));
		assertThat(CsvValues.dateTime("๒๕๖๗-๐๖-๑๐ ๐๙:๓๐")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(CsvValues.dateTime("2567-06-10T09:30:00+07:00")).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2024-06-10", "2024-06-10T25:00", "2024-06-10T09:61", "2024-02-30T09:00",
			"2024-06-10T09:30:00+19:00", "10/06/2024 09:30", "yesterday" })
	void unreadableDateTimesAreNull(String raw) {
		assertThat(CsvValues.dateTime(raw)).isNull();
	}

	@Test
	void quoteCutsLongValues() {
		assertThat(CsvValues.quote(" x ")).isEqualTo("“x”");
		assertThat(CsvValues.quote("a".repeat(100))).isEqualTo("“" + "a".repeat(40) + "…”");
	}

}
