package th.go.cdd.clickreport.generate;

import java.time.YearMonth;
import java.util.SplittableRandom;

import th.go.cdd.clickreport.common.ThaiFormat;

/**
 * Titles of PR items and activities as district offices write them, built from a few
 * templates with the district's and a sub-district's Thai names: {@code %1$s} อำเภอ…,
 * {@code %2$s} ตำบล…, {@code %3$s} the month in Thai with its B.E. year.
 */
final class ThaiTitles {

	private static final String[] PR = { "ประชาสัมพันธ์ร้านค้า Shop ชุมชน ผ่านเพจ%1$s",
			"แนะนำสินค้า OTOP %2$s บน Shop ชุมชน", "เชิญชวนประชาชน%1$s ดาวน์โหลดแอป Click ชุมชน",
			"ประกาศเชิญชวนลงทะเบียนขายสินค้าบน Shop ชุมชน %2$s", "เผยแพร่องค์ความรู้ชุมชน%2$s ผ่านบริการความรู้ชุมชน",
			"แนะนำปราชญ์ชุมชน%2$s ผ่านบริการปราชญ์ชุมชน", "ประชาสัมพันธ์แหล่งท่องเที่ยวชุมชน%2$s บน CDD พาเที่ยว",
			"ประชาสัมพันธ์บริการมีทุน แก่กลุ่มอาชีพ%1$s", "แนะนำบริการ 108 อาชีพ แก่ผู้ว่างงานใน%1$s",
			"เผยแพร่ข่าว Event ตลาดนัดชุมชน%1$s ผ่าน Click ชุมชน",
			"สรุปผลการขับเคลื่อน Click ชุมชน %1$s ประจำเดือน%3$s",
			"ชี้แจงการใช้งาน Click ชุมชน ในการประชุมประจำเดือนของ%1$s" };

	private static final String[] ACTIVITY = { "อบรมการใช้งาน Click ชุมชน แก่ผู้นำชุมชน%2$s",
			"ลงพื้นที่ช่วยผู้ประกอบการ OTOP %2$s ลงทะเบียนร้านค้าบน Shop ชุมชน",
			"ประชุมเชิงปฏิบัติการบันทึกข้อมูลปราชญ์ชุมชน%1$s",
			"จัดบูธสาธิตการดาวน์โหลด Click ชุมชน ในงานตลาดนัดชุมชน%2$s",
			"อบรมอาสาพัฒนาชุมชน%1$s บันทึกข้อมูลความรู้ชุมชน",
			"ลงพื้นที่บันทึกข้อมูลแหล่งท่องเที่ยว%2$s ลง CDD พาเที่ยว",
			"ประชุมกลุ่มออมทรัพย์เพื่อการผลิต%2$s แนะนำบริการมีทุน", "ประชุมชี้แจงบริการ 108 อาชีพ แก่ผู้ว่างงาน%1$s",
			"สาธิตการขายสินค้าออนไลน์บน Shop ชุมชน ให้กลุ่มอาชีพ%2$s" };

	private ThaiTitles() {
	}

	static String pr(District district, YearMonth month, SplittableRandom random) {
		return fill(PR, district, month, random);
	}

	static String activity(District district, YearMonth month, SplittableRandom random) {
		return fill(ACTIVITY, district, month, random);
	}

	private static String fill(String[] templates, District district, YearMonth month, SplittableRandom random) {
		String template = templates[random.nextInt(templates.length)];
		return String.format(template, district.displayName(), district.anySubdistrictName(random),
				ThaiFormat.month(month));
	}

}
