package th.go.cdd.clickreport.submission;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ColumnText;

/**
 * Reads field values the way Thai officials type them (SPEC §6): Thai digits,
 * Buddhist-Era years, blanks around values, several spellings of yes and no. Every reader
 * returns {@code null} for a value it cannot read, so that the caller can say which field
 * was wrong and keep the raw text.
 */
final class CsvValues {

	/**
	 * A year at or above this is Buddhist Era (B.E. 2400 = A.D. 1857, far before any
	 * report).
	 */
	static final int FIRST_BUDDHIST_YEAR = 2400;

	static final int BUDDHIST_OFFSET = 543;

	private static final Pattern INTEGER = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	// Date, 'T' or blanks, hours:minutes, optional seconds and fraction, optional Z or
	// offset.
	private static final Pattern DATE_TIME = Pattern
		.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
				+ "\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

	private CsvValues() {
	}

	/**
	 * The value without surrounding blanks. Besides ASCII white space this also trims the
	 * no-break space, the zero-width space (common in Thai text pasted from the web) and
	 * a stray byte-order mark.
	 */
	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		int start = 0;
		int end = raw.length();
		while (start < end && isBlank(raw.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(raw.charAt(end - 1))) {
			end--;
		}
		return raw.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

	/** Replaces the Thai digits ๐–๙ with 0–9. */
	static String arabicDigits(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '๐' && c <= '๙') {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, (char) ('0' + (c - '๐')));
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * A code as typed (district, sub-district, service, channel): trimmed, Arabic digits,
	 * upper case.
	 */
	static String code(String raw) {
		return arabicDigits(clean(raw)).toUpperCase(Locale.ROOT);
	}

	/**
	 * A whole number such as {@code 12}, {@code ๑๒}, {@code -3} or {@code 1,234}; null
	 * when unreadable or blank.
	 */
	static Integer integer(String raw) {
		String value = arabicDigits(clean(raw));
		if (!INTEGER.matcher(value).matches()) {
			return null;
		}
		try {
			return Integer.valueOf(value.replace(",", "").replace("+", ""));
		}
		catch (NumberFormatException ex) { // more than an int holds
			return null;
		}
	}

	/** TRUE/FALSE, Y/N, YES/NO, 1/0, ใช่/ไม่ใช่ in any case; null for anything else. */
	static Boolean bool(String raw) {
		switch (arabicDigits(clean(raw)).toUpperCase(Locale.ROOT)) {
			case "TRUE", "Y", "YES", "1", "ใช่":
				return Boolean.TRUE;
			case "FALSE", "N", "NO", "0", "ไม่ใช่":
				return Boolean.FALSE;
			default:
				return null;
		}
	}

	/** A Gregorian year from an A.D. or B.E. one. */
	static int gregorianYear(int year) {
		return year >= FIRST_BUDDHIST_YEAR ? year - BUDDHIST_OFFSET : year;
	}

	/**
	 * {@code YYYY-MM}, A.D. or B.E., month with one or two digits; null when unreadable.
	 */
	static YearMonth month(String raw) {
		Matcher m = MONTH.matcher(arabicDigits(clean(raw)));
		if (!m.matches()) {
			return null;
		}
		try {
			return YearMonth.of(gregorianYear(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * {@code YYYY-MM-DD}, A.D. or B.E., month and day with one or two digits; null when
	 * unreadable.
	 */
	static LocalDate date(String raw) {
		Matcher m = DATE.matcher(arabicDigits(clean(raw)));
		if (!m.matches()) {
			return null;
		}
		return date(m.group(1), m.group(2), m.group(3));
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(gregorianYear(Integer.parseInt(year)), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) { // 2024-02-30 and the like
			return null;
		}
	}

	/**
	 * An ISO date-time, with 'T' or a blank between date and time, seconds optional, with
	 * an offset ({@code Z}, {@code +07:00}, {@code +0700}, {@code +07}) or without one,
	 * which means Asia/Bangkok. The year may be B.E. Null when unreadable; a date alone
	 * is not a date-time.
	 */
	static Instant dateTime(String raw) {
		Matcher m = DATE_TIME.matcher(arabicDigits(clean(raw)));
		if (!m.matches()) {
			return null;
		}
		LocalDate date = date(m.group(1), m.group(2), m.group(3));
		if (date == null) {
			return null;
		}
		try {
			int hour = Integer.parseInt(m.group(4));
			int minute = Integer.parseInt(m.group(5));
			int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
			int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
			LocalDateTime local = date.atTime(hour, minute, second, nanos);
			String offset = m.group(8);
			if (offset == null) {
				return local.atZone(BangkokTime.ZONE).toInstant();
			}
			return local.atOffset(ZoneOffset.of(offset.toUpperCase(Locale.ROOT))).toInstant();
		}
		catch (DateTimeException ex) { // 25:00, +19:00 and the like
			return null;
		}
	}

	/**
	 * A raw value for a reason: cut so that one wrong field cannot flood it, and quoted
	 * as Thai official letters quote (“…”), which also keeps line breaking from parting a
	 * quote from a Thai value.
	 */
	static String quote(String raw) {
		String value = clean(raw);
		return "“" + (value.length() > 40 ? ColumnText.truncate(value, 40) + "…" : value) + "”";
	}

}
