package th.go.cdd.clickreport.memo;

/**
 * The document number (ที่) of a province's memo of a month: the {@code number}th memo of
 * the province's Buddhist-Era year {@code buddhistYear}. {@code revision} is 0 for the
 * first issue and counts the runs of the month after it (ฉบับแก้ไข ครั้งที่ n).
 */
public record MemoNumber(int buddhistYear, int number, int revision) {

	/**
	 * ขร ๐๐๑๙.๓/123: the prefix and the number, in the digits the caller writes them in.
	 */
	public String text(String prefix) {
		return prefix + number;
	}

	/** " (ฉบับแก้ไข ครั้งที่ 2)", or nothing for the first issue. */
	public String revisionNote() {
		return revision == 0 ? "" : " (ฉบับแก้ไข ครั้งที่ " + revision + ")";
	}

}
