package th.go.cdd.clickreport.rubric;

import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.rubric.Grade.Measures;

/** Thai wording of the rubric's items, measures and requirements. */
public final class ThaiText {

	public static final String[] ITEM_TITLES = { "หัวหน้าส่วนราชการดาวน์โหลด Click ชุมชน",
			"บันทึกข้อมูลบริการ Click ชุมชน", "สื่อประชาสัมพันธ์ Shop ชุมชนและบริการอื่น ๆ",
			"กิจกรรมขับเคลื่อนการใช้ประโยชน์ Click ชุมชน", "ยอดดาวน์โหลด Click ชุมชน" };

	private ThaiText() {
	}

	static String officials(int downloaded, int total) {
		return downloaded + "/" + total + " คน (ร้อยละ " + ThaiFormat.percent(downloaded, total) + ")";
	}

	static String officialsRequirement(LevelRule rule) {
		return (rule.officialsStrict() ? "มากกว่าร้อยละ " : "ร้อยละ ") + rule.officialsMinPct()
				+ (rule.officialsStrict() ? "" : " ขึ้นไป");
	}

	static String services(Measures m) {
		return "เป็นปัจจุบัน " + m.servicesUpdated() + " จาก " + m.servicesRelevant() + " บริการที่เกี่ยวข้อง";
	}

	static String servicesRequirement(LevelRule rule) {
		return rule.servicesRule() == LevelRule.ServicesRule.ALL ? "ทุกบริการที่เกี่ยวข้องเป็นปัจจุบัน"
				: "อย่างน้อย 1 บริการเป็นปัจจุบัน";
	}

	static String pr(int times, int channels) {
		return times + " ครั้ง " + channels + " ช่องทาง";
	}

	static String prRequirement(LevelRule rule) {
		return "อย่างน้อย " + rule.prMinTimes() + " ครั้ง " + rule.prMinChannels() + " ช่องทาง";
	}

	static String activities(int count) {
		return count + " กิจกรรม";
	}

	static String activitiesRequirement(LevelRule rule) {
		return "อย่างน้อย " + rule.activitiesMin() + " กิจกรรม";
	}

	static String downloads(int downloads, int target) {
		return downloads + " ดาวน์โหลด (เป้าหมาย " + target + ")";
	}

	static String downloadsRequirement(LevelRule rule, int target) {
		return rule.downloadTargetNeeded() ? "อย่างน้อย " + target + " ดาวน์โหลด" : "ไม่กำหนด";
	}

}
