package th.go.cdd.clickreport.reporting;

/**
 * How the submission that counts for a district and month arrived (SPEC §5, §9: online
 * and imported submissions compete by submitted_at), with the Thai label the pages show.
 */
public enum ReportSource {

	/** Submitted through the online form or its REST API. */
	ONLINE("รายงานออนไลน์"),
	/** Imported from a CSV bundle (SPEC §7). */
	IMPORTED("นำเข้าจากไฟล์ CSV");

	private final String labelTh;

	ReportSource(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

}
