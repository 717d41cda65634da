package th.go.cdd.clickreport.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import th.go.cdd.clickreport.rubric.Grade.Measures;

/** Thai wording of measures and requirements, with Thai month names and Buddhist-Era years. */
public final class ThaiText {

	public static final String[] MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	public static final String[] ITEM_TITLES = { "หัวหน้าส่วนราชการดาวน์โหลด Click ชุมชน",
			"บันทึกข้อมูลบริการ Click ชุมชน", "สื่อประชาสัมพันธ์ Shop ชุมชนและบริการอื่น ๆ",
			"กิจกรรมขับเคลื่อนการใช้ประโยชน์ Click ชุมชน", "ยอดดาวน์โหลด Click ชุมชน" };

	private ThaiText() {
	}

	/** พฤษภาคม 2567 */
	public static String month(YearMonth month) {
		return MONTHS[month.getMonthValue() - 1] + " " + (month.getYear() + 543);
	}

	/** 16 มิถุนายน 2567 */
	public static String date(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
	}

	/** Replaces the Arabic digits 0–9 with Thai digits ๐–๙. */
	public static String thaiDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
		}
		return out.toString();
	}

	/** Replaces the Thai digits ๐–๙ with 0–9. */
	public static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

	/** A percentage with at most one decimal, for display only (comparisons are exact). */
	public static String percent(int part, int whole) {
		if (whole == 0) {
			return "0";
		}
		return BigDecimal.valueOf(part * 100L)
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	static String officials(int downloaded, int total) {
		return downloaded + "/" + total + " คน (ร้อยละ " + percent(downloaded, total) + ")";
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
