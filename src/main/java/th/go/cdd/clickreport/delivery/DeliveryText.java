package th.go.cdd.clickreport.delivery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.go.cdd.clickreport.common.ThaiFormat;

/**
 * The Thai subject and body of each kind of e-mail. Months are Thai with their
 * Buddhist-Era year.
 */
final class DeliveryText {

	/** A subject and a plain-text body. */
	record Text(String subject, String body) {
	}

	private static final String FOOTER = "\n\nข้อความนี้ส่งโดยอัตโนมัติจากระบบรายงานผล Click ชุมชน กรุณาอย่าตอบกลับอีเมลนี้";

	private DeliveryText() {
	}

	/** What a file is, for the list of attachments in a body. */
	static String describe(String fileName) {
		if (fileName.startsWith("summary-")) {
			return "บันทึกข้อความสรุปผลการจัดระดับของจังหวัด (PDF)";
		}
		if (fileName.startsWith("grades-")) {
			return "ผลการจัดระดับรายอำเภอ (CSV เปิดด้วย Excel ได้)";
		}
		return "รายงานผลการจัดระดับของอำเภอ (PDF)";
	}

	/**
	 * To the governor's office: the summary and the grades CSV (or those of them that
	 * changed).
	 */
	static Text summary(String provinceName, YearMonth month, List<String> files, boolean partial, long runId) {
		String monthTh = ThaiFormat.month(month);
		String subject = "ผลการจัดระดับการขับเคลื่อน Click ชุมชน จังหวัด" + provinceName + " ประจำเดือน" + monthTh
				+ (partial ? " (ฉบับปรับปรุง)" : "");
		String body = "เรียน ผู้ว่าราชการจังหวัด" + provinceName + "\n\n" + "สำนักงานพัฒนาชุมชนจังหวัด" + provinceName
				+ " ขอส่งผลการจัดระดับการขับเคลื่อนการใช้ประโยชน์แพลตฟอร์ม"
				+ " Click ชุมชน ของทุกอำเภอในจังหวัด ประจำเดือน" + monthTh + " ตามไฟล์ที่แนบมาพร้อมนี้\n\n"
				+ attachments(files) + (partial ? "\nฉบับนี้แนบเฉพาะไฟล์ที่เปลี่ยนแปลงจากที่ส่งไปครั้งก่อน\n" : "")
				+ "\nจึงเรียนมาเพื่อโปรดทราบ\n\n(การประมวลผลครั้งที่ " + runId + ")" + FOOTER;
		return new Text(subject, body);
	}

	/** To a district: its own page. */
	static Text district(String districtName, String provinceName, YearMonth month, String file, boolean partial,
			long runId) {
		String monthTh = ThaiFormat.month(month);
		String subject = "รายงานผลการจัดระดับ Click ชุมชน อำเภอ" + districtName + " จังหวัด" + provinceName
				+ " ประจำเดือน" + monthTh + (partial ? " (ฉบับปรับปรุง)" : "");
		String body = "เรียน พัฒนาการอำเภอ" + districtName + "\n\n" + "สำนักงานพัฒนาชุมชนจังหวัด" + provinceName
				+ " ขอส่งรายงานผลการจัดระดับการขับเคลื่อนการใช้ประโยชน์" + "แพลตฟอร์ม Click ชุมชน ของอำเภอ"
				+ districtName + " ประจำเดือน" + monthTh
				+ " (ระดับ คะแนน เหตุผล และสิ่งที่ต้องทำเพื่อให้ได้ระดับที่สูงขึ้น) ตามไฟล์ที่แนบมาพร้อมนี้\n\n"
				+ attachments(List.of(file))
				+ (partial ? "\nฉบับนี้แทนฉบับที่ส่งไปก่อนหน้า เนื่องจากผลของเดือนนี้มีการประมวลผลใหม่\n" : "")
				+ "\nจึงเรียนมาเพื่อโปรดทราบ\n\n(การประมวลผลครั้งที่ " + runId + ")" + FOOTER;
		return new Text(subject, body);
	}

	/** To a district that has not reported {@code month} yet. */
	static Text reminder(String districtName, String provinceName, YearMonth month, LocalDate deadline, String link) {
		String monthTh = ThaiFormat.month(month);
		String subject = "แจ้งเตือน: อำเภอ" + districtName + " ยังไม่ได้ส่งรายงาน Click ชุมชน ประจำเดือน" + monthTh;
		String body = "เรียน พัฒนาการอำเภอ" + districtName + "\n\n"
				+ "ระบบยังไม่พบรายงานการขับเคลื่อนการใช้ประโยชน์แพลตฟอร์ม Click ชุมชน ประจำเดือน" + monthTh
				+ " ของอำเภอ" + districtName + " จังหวัด" + provinceName + "\n" + "กรุณาส่งรายงานภายในวันที่ "
				+ ThaiFormat.date(deadline) + " เวลา 23.59 น. ที่\n" + link + "\n\n"
				+ "รายงานที่ส่งหลังกำหนดจะถูกบันทึกว่าส่งล่าช้า หากอำเภอส่งรายงานแล้ว ขออภัยและไม่ต้องดำเนินการใดเพิ่มเติม"
				+ FOOTER;
		return new Text(subject, body);
	}

	private static String attachments(List<String> files) {
		StringBuilder text = new StringBuilder("ไฟล์แนบ:\n");
		for (String file : files) {
			text.append("- ").append(file).append(" : ").append(describe(file)).append('\n');
		}
		return text.toString();
	}

}
