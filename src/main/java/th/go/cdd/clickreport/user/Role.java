package th.go.cdd.clickreport.user;

/**
 * ADMIN launches, re-runs and restarts months and manages users; VIEWER reads runs and
 * PDFs; REPORTER is a district officer who enters the district's monthly report (SPEC
 * §9).
 */
public enum Role {

	ADMIN("ผู้ดูแลระบบ"), VIEWER("ผู้อ่านรายงาน"), REPORTER("ผู้รายงานระดับอำเภอ");

	private final String labelTh;

	Role(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
