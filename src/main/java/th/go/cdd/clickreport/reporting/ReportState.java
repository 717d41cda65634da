package th.go.cdd.clickreport.reporting;

/**
 * Where a district's online report stands (SPEC §9), with the Thai label the pages show.
 */
public enum ReportState {

	/**
	 * Nothing saved yet for the month (never stored: what the overview shows for a
	 * district without a report).
	 */
	NOT_STARTED("ยังไม่เริ่ม"),
	/** Saved, never graded. */
	DRAFT("ฉบับร่าง"),
	/** Submitted: graded (its status SUBMITTED or LATE says whether on time). */
	SUBMITTED("ส่งแล้ว"),
	/**
	 * Sent back by the province with a reason; graded INVALID with that reason until
	 * submitted again.
	 */
	RETURNED("ส่งกลับให้แก้ไข"),
	/** Accepted by the province: locked until it reopens it. */
	ACCEPTED("รับรองแล้ว");

	private final String labelTh;

	ReportState(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

}
