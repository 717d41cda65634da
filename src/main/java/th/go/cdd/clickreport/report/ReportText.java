package th.go.cdd.clickreport.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import th.go.cdd.clickreport.common.ThaiFormat;

/**
 * The Thai wording the templates print: dates with Buddhist-Era years, and Thai digits in
 * the official-document parts when {@code click.report.thai-digits} is on. Tables and
 * charts keep Arabic digits.
 */
final class ReportText {

	static final String DASH = "–";

	private static final String[] SHORT_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private final boolean thaiDigits;

	ReportText(boolean thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	/** Text of the official-document parts: Thai digits when configured. */
	String official(String text) {
		return thaiDigits ? ThaiFormat.thaiDigits(text) : text;
	}

	/** พฤษภาคม ๒๕๖๗ */
	String month(YearMonth month) {
		return official(ThaiFormat.month(month));
	}

	/** ๑๖ มิถุนายน ๒๕๖๗ */
	String date(LocalDate date) {
		return official(ThaiFormat.date(date));
	}

	/** ๑๔ มิถุนายน ๒๕๖๗ เวลา ๑๐.๓๐ น. */
	String dateTime(LocalDateTime time) {
		return official(ThaiFormat.date(time.toLocalDate())
				+ String.format(Locale.ROOT, " เวลา %d.%02d น.", time.getHour(), time.getMinute()));
	}

	/** พ.ค. 67, for chart axes */
	static String shortMonth(YearMonth month) {
		return String.format(Locale.ROOT, "%s %02d", SHORT_MONTHS[month.getMonthValue() - 1],
				(month.getYear() + 543) % 100);
	}

	/** 1,240 */
	static String number(int value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static String met(boolean met) {
		return met ? "ผ่าน" : "ไม่ผ่าน";
	}

}
