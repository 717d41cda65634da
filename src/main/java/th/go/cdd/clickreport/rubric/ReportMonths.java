package th.go.cdd.clickreport.rubric;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.cdd.clickreport.common.ThaiFormat;

/**
 * Reads a report month as people type it: {@code 2024-05}, {@code 2567-05} (Buddhist Era)
 * or in Thai digits.
 */
public final class ReportMonths {

	/** A year at or above this is a Buddhist-Era year (SPEC §6): subtract 543. */
	public static final int FIRST_BE_YEAR = 2400;

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private ReportMonths() {
	}

	/**
	 * @throws IllegalArgumentException with a sentence saying what is expected
	 */
	public static YearMonth parse(String text) {
		String value = ThaiFormat.arabicDigits(text == null ? "" : text.strip());
		Matcher m = MONTH.matcher(value);
		if (!m.matches()) {
			throw new IllegalArgumentException("The month '" + text
					+ "' is not of the form YYYY-MM (e.g. 2024-05, or 2567-05 in the Buddhist Era).");
		}
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("The month '" + text + "' has no month " + month + ".");
		}
		return YearMonth.of(year >= FIRST_BE_YEAR ? year - 543 : year, month);
	}

}
