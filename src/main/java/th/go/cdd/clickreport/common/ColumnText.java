package th.go.cdd.clickreport.common;

/** Text cut to fit a VARCHAR column, which counts characters as code points. */
public final class ColumnText {

	private ColumnText() {
	}

	/** At most {@code max} characters. */
	public static String truncate(String text, int max) {
		if (text == null || text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max));
	}

	/**
	 * At most {@code max} characters, the last one "…" when the text was cut, so a reader
	 * sees it was.
	 */
	public static String clip(String text, int max) {
		if (text == null || text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return truncate(text, max - 1) + "…";
	}

}
