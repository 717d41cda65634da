package th.go.cdd.clickreport.delivery;

/** What an e-mail carries, with the Thai label the pages show. */
enum MessageKind {

	/** The governor's summary and the grades CSV, to the province's office. */
	SUMMARY("สรุปผลจังหวัดและไฟล์ CSV"),
	/** A district's own page, to that district. */
	DISTRICT("รายงานรายอำเภอ"),
	/** A district that has not reported the previous month is reminded. */
	REMINDER("แจ้งเตือนส่งรายงาน");

	private final String labelTh;

	MessageKind(String labelTh) {
		this.labelTh = labelTh;
	}

	String labelTh() {
		return labelTh;
	}

}
