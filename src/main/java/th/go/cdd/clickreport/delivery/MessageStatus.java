package th.go.cdd.clickreport.delivery;

/** Where an e-mail stands, with the Thai label the run page shows. */
enum MessageStatus {

	QUEUED("รอส่ง"),
	/**
	 * Claimed by a sender, which is talking to the mail server now (or died doing so: see
	 * claimed_until).
	 */
	SENDING("กำลังส่ง"), SENT("ส่งแล้ว"),
	/**
	 * The last attempt failed; tried again at next_attempt_at, or given up when that is
	 * empty.
	 */
	FAILED("ส่งไม่สำเร็จ"),
	/** A newer request queued the same recipient's files before this one went out. */
	SUPERSEDED("แทนที่ด้วยรายการใหม่");

	private final String labelTh;

	MessageStatus(String labelTh) {
		this.labelTh = labelTh;
	}

	String labelTh() {
		return labelTh;
	}

}
