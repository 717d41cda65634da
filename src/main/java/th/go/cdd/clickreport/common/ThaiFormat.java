package th.go.cdd.clickreport.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Thai month names with Buddhist-Era years, Thai digits and percentages, as officials
 * read them.
 */
public final class ThaiFormat {

	private static final String[] MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private ThaiFormat() {
	}

	/** พฤษภาคม 2567 */
	public static String month(YearMonth month) {
		return MONTHS[month.getMonthValue() - 1] + " " + (month.getYear() + 543);
	}

	/** 16 มิถุนายน 2567 */
	public static String date(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
	}

	/** Replaces the Arabic digits 0–9 with Thai digits ๐–๙. */
	public static String thaiDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
		}
		return out.toString();
	}

	/** Replaces the Thai digits ๐–๙ with 0–9. */
	public static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

	/**
	 * A percentage with at most one decimal, for display only (comparisons are exact).
	 */
	public static String percent(int part, int whole) {
		if (whole == 0) {
			return "0";
		}
		return BigDecimal.valueOf(part * 100L)
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
