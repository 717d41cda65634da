package th.go.cdd.clickreport.audit;

/** What an audit entry records, with the Thai label the audit page shows. */
public enum Action {

	LOGIN("เข้าสู่ระบบ"), LOGIN_FAILED("เข้าสู่ระบบไม่สำเร็จ"), RUN("ประมวลผลครั้งแรก"), RERUN("ประมวลผลซ้ำ"),
	RESTART("ทำงานต่อจากจุดที่ล้มเหลว"), RUN_REFUSED("คำสั่งประมวลผลถูกปฏิเสธ"),
	RUN_RECOVERED("ปิดงานที่ค้างเพราะโปรเซสที่รันหยุดไปแล้ว"), DOWNLOAD("เปิด/ดาวน์โหลดไฟล์"),
	USER_ADDED("เพิ่มผู้ใช้"), USER_REMOVED("ลบผู้ใช้"), USER_CHANGED("เปลี่ยนบทบาทหรืออำเภอของผู้ใช้"),
	USER_PASSWORD("ตั้งรหัสผ่านใหม่"), OWN_PASSWORD("เปลี่ยนรหัสผ่านของตัวเอง"),
	REPORTERS_CREATED("สร้างบัญชีผู้รายงานทุกอำเภอ"), USER_REFUSED("คำสั่งจัดการผู้ใช้ถูกปฏิเสธ"),
	LOGIN_THROTTLED("ระงับการเข้าสู่ระบบชั่วคราว (ผิดหลายครั้ง)"),
	SESSION_REVOKED("ยุติการเข้าสู่ระบบที่สิทธิ์เปลี่ยน"),
	// online reporting (SPEC §9)
	REPORT_DRAFT("บันทึกร่างรายงานออนไลน์"), REPORT_SUBMITTED("ส่งรายงานออนไลน์"),
	REPORT_RETURNED("ส่งรายงานกลับให้อำเภอแก้ไข"), REPORT_ACCEPTED("รับรองรายงาน"),
	REPORT_REOPENED("เปิดรายงานที่รับรองแล้วให้แก้ไข"), PHOTO_ADDED("เพิ่มรูปกิจกรรม"), PHOTO_REMOVED("ลบรูปกิจกรรม"),
	MEMO_SETTINGS("แก้ไขการตั้งค่าบันทึกข้อความ"), RECIPIENT_ADDED("เพิ่มผู้รับอีเมล"),
	RECIPIENT_REMOVED("ลบผู้รับอีเมล"), DELIVERY_REQUESTED("สั่งส่งรายงานทางอีเมล"),
	BUNDLE_UPLOADED("นำเข้าชุดข้อมูล CSV จากหน้าเว็บ"), BUNDLE_REFUSED("ชุดข้อมูล CSV ที่อัปโหลดถูกปฏิเสธ");

	private final String labelTh;

	Action(String labelTh) {
		this.labelTh = labelTh;
	}

	public String labelTh() {
		return labelTh;
	}

	/**
	 * The Thai label of a stored action name, or the name itself when it is not (or no
	 * longer) known.
	 */
	public static String labelOf(String name) {
		for (Action action : values()) {
			if (action.name().equals(name)) {
				return action.labelTh;
			}
		}
		return name;
	}

}
