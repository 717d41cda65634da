package th.go.cdd.clickreport.rubric;

/** SPEC §5, with the Thai label the PDFs and pages show. */
public enum SubmissionStatus {

	/**
	 * On time: submitted by the deadline day of the following month, 23:59:59
	 * Asia/Bangkok.
	 */
	SUBMITTED("ส่งตรงเวลา"),
	/** After the deadline but before the run; graded normally, flagged. */
	LATE("ส่งล่าช้า"),
	/** Nothing for the district: level D, score 0. */
	NOT_SUBMITTED("ไม่ส่งรายงาน"),
	/** The submission cannot be graded: level D, score 0, with the reasons. */
	INVALID("ข้อมูลไม่ถูกต้อง");

	private final String labelTh;

	SubmissionStatus(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

}
