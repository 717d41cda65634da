package th.go.cdd.clickreport.submission;

/**
 * A field of a district's entry (SPEC §2), with its CSV column (SPEC §7), the name of its
 * JSON property (SPEC §9) and the Thai label the form shows.
 */
public enum EntryField {

	REPORT_MONTH("report_month", "month", "เดือนที่รายงาน"),
	SUBMITTED_AT("submitted_at", "submittedAt", "วันเวลาที่ส่งรายงาน"),
	OFFICIALS_TOTAL("officials_total", "officialsTotal", "จำนวนหัวหน้าส่วนราชการทั้งหมด"),
	OFFICIALS_DOWNLOADED("officials_downloaded", "officialsDownloaded", "จำนวนหัวหน้าส่วนราชการที่ดาวน์โหลดแอป"),
	SERVICE_CODE("service_code", "code", "รหัสบริการ"), RELEVANT("relevant", "relevant", "เกี่ยวข้องกับอำเภอ"),
	UPDATED("updated", "updated", "ปรับปรุงข้อมูลแล้ว"), PUBLISHED_ON("published_on", "publishedOn", "วันที่เผยแพร่"),
	CHANNELS("channels", "channels", "ช่องทาง"), TITLE("title", "title", "ชื่อเรื่อง"), LINK("link", "link", "ลิงก์"),
	HELD_ON("held_on", "heldOn", "วันที่จัดกิจกรรม"), PARTICIPANTS("participants", "participants", "จำนวนผู้เข้าร่วม"),
	TAMBON_CODE("tambon_code", "tambonCode", "รหัสตำบล"), DOWNLOADS("downloads", "downloads", "ยอดดาวน์โหลด");

	private final String column;

	private final String property;

	private final String labelTh;

	EntryField(String column, String property, String labelTh) {
		this.column = column;
		this.property = property;
		this.labelTh = labelTh;
	}

	/** The CSV column. */
	public String column() {
		return column;
	}

	/** The JSON property of the REST API (within its item for detail rows). */
	public String property() {
		return property;
	}

	public String labelTh() {
		return labelTh;
	}

	/**
	 * How a message names the field: the column in a CSV reject, the Thai label on the
	 * form.
	 */
	public String nameIn(EntrySource source) {
		return source == EntrySource.CSV ? column : labelTh;
	}

}
