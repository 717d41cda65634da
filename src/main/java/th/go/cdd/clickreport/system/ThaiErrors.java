package th.go.cdd.clickreport.system;

import java.util.Map;

/**
 * The Thai sentence the pages and the API give for an error status when nothing more
 * precise is known.
 */
final class ThaiErrors {

	private static final Map<Integer, String> SENTENCES = Map.ofEntries(
			Map.entry(400, "คำขอไม่ถูกต้อง: ค่าที่ส่งมาไม่อยู่ในรูปแบบที่ใช้ได้"),
			Map.entry(401, "ต้องเข้าสู่ระบบก่อน"), Map.entry(403, "บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้"),
			Map.entry(404, "ไม่พบสิ่งที่ต้องการ"), Map.entry(405, "ใช้วิธีเรียกนี้กับที่อยู่นี้ไม่ได้"),
			Map.entry(406, "ให้คำตอบในรูปแบบที่ขอไม่ได้"), Map.entry(409, "รายการนี้ขัดกับสถานะปัจจุบัน"),
			Map.entry(413, "ข้อมูลที่ส่งมาใหญ่เกินไป"),
			Map.entry(415, "รูปแบบข้อมูลที่ส่งมาใช้ไม่ได้ (ใช้ application/json)"),
			Map.entry(429, "เรียกบ่อยเกินไป โปรดรอสักครู่แล้วลองใหม่"),
			Map.entry(503, "ระบบไม่ว่างชั่วคราว โปรดลองใหม่ภายหลัง"));

	private ThaiErrors() {
	}

	static String sentence(int status) {
		return SENTENCES.getOrDefault(status, status >= 500
				? "เกิดข้อผิดพลาดภายในระบบ ผู้ดูแลระบบดูรายละเอียดได้ในบันทึกของเซิร์ฟเวอร์" : "คำขอไม่ถูกต้อง");
	}

}
