package th.go.cdd.clickreport.grading;

import java.util.Locale;

/**
 * The status of a run or of one of its steps: Spring Batch's statuses, with the Thai
 * words the pages and the API show for them.
 */
public enum RunStatus {

	STARTING("รอคิว"), STARTED("กำลังทำงาน"), STOPPING("กำลังหยุด"), STOPPED("หยุดแล้ว"), FAILED("ล้มเหลว"),
	COMPLETED("สำเร็จ"), ABANDONED("ยกเลิก"), UNKNOWN("ไม่ทราบสถานะ");

	private final String labelTh;

	RunStatus(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

	/**
	 * Still going, or waiting to: neither a re-run nor a second start of its month is
	 * allowed.
	 */
	public boolean running() {
		return this == STARTING || this == STARTED || this == STOPPING;
	}

	/** Ended early: a restart carries on where it stopped. */
	public boolean restartable() {
		return this == FAILED || this == STOPPED;
	}

	/** The status of a name as Spring Batch stores it; {@link #UNKNOWN} for none. */
	public static RunStatus of(String name) {
		if (name == null) {
			return UNKNOWN;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return UNKNOWN;
		}
	}

}
