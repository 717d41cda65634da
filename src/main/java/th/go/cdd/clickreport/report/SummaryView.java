package th.go.cdd.clickreport.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.report.SummaryReport.DistrictRow;
import th.go.cdd.clickreport.report.SummaryReport.MonthDownloads;
import th.go.cdd.clickreport.report.SummaryReport.Totals;
import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.rubric.ThaiText;

/**
 * The governor's summary as reports/summary.jrxml reads it: every text already worded in
 * Thai, so the template holds no Java expressions (and needs no Java compiler at start).
 */
final class SummaryView {

	private static final String LEVELS = "ABCD";

	private static final String SERIES_DOWNLOADS = "ยอดดาวน์โหลด";

	private static final String SERIES_TARGET = "เป้าหมาย";

	/**
	 * A row of the district table. The template colours a failed item red and a change of
	 * level green or red by conditional styles on the flags: plain text, which
	 * JasperReports does not parse as markup for each cell of each summary.
	 */
	record DistrictLine(String no, String name, String status, String level, String score, String item1, String item2,
			String item3, String item4, String item5, Boolean item1Failed, Boolean item2Failed, Boolean item3Failed,
			Boolean item4Failed, Boolean item5Failed, String previousLevel, String change, Boolean improved,
			Boolean declined, Boolean shaded) {
	}

	/** A bar of the level chart. */
	record LevelBar(String series, String level, Integer districts) {
	}

	/** A bar of the downloads chart. */
	record MonthBar(String series, String month, Integer downloads) {
	}

	private SummaryView() {
	}

	static Map<String, Object> parameters(SummaryReport report, MemoSettings memo, MemoNumber number, ReportText text) {
		Totals totals = report.totals();
		String province = report.provinceNameTh();
		String month = ThaiFormat.month(report.month());
		Map<String, Object> p = new HashMap<>();
		p.put("OFFICE", memo.office());
		p.put("DEPARTMENT", text.official(memo.department()));
		p.put("DOCUMENT_NUMBER", text.official(number.text(memo.numberPrefix())));
		p.put("ISSUED_ON", text.date(report.issuedOn()));
		p.put("SUBJECT",
				text.official("ผลการจัดระดับการดำเนินงาน Click ชุมชน ประจำเดือน" + month + number.revisionNote()));
		p.put("TO", "ผู้ว่าราชการจังหวัด" + province);
		p.put("SIGNATORY", memo.signatureLine());
		p.put("POSITION", text.official(String.join("\n", memo.positionLines())));
		p.put("INTRO",
				text.official(memo.office()
						+ "ได้จัดระดับผลการดำเนินงานขับเคลื่อนแพลตฟอร์มบริการดิจิทัล Click ชุมชน ของอำเภอทั้ง "
						+ totals.districts() + " อำเภอ ประจำเดือน" + month + " ตาม" + report.rubricNameTh()
						+ " จากรายงานที่อำเภอส่งผ่านระบบรายงานออนไลน์ ผลปรากฏดังนี้"));
		p.put("HEADING_LEVELS", text.official("1. ผลการจัดระดับ ประจำเดือน" + month));
		p.put("HEADING_PROVINCE", text.official("2. ภาพรวมของจังหวัด"));
		p.put("HEADING_DISTRICTS", text.official("3. ผลการจัดระดับรายอำเภอ"));
		p.put("HEADING_SUBMISSIONS", text.official("4. อำเภอที่ไม่ส่งรายงาน ส่งล่าช้า หรือข้อมูลไม่ถูกต้อง"));
		p.put("HEADING_CHANGES", text
			.official("5. การเปลี่ยนแปลงจากเดือนก่อน (" + ThaiFormat.month(report.month().minusMonths(1)) + ")"));
		p.put("HEADING_CHARTS", text.official("6. แผนภูมิ"));
		p.put("CHART_LEVELS", "จำนวนอำเภอแยกตามระดับ");
		p.put("CHART_DOWNLOADS", "ยอดดาวน์โหลดของจังหวัด 6 เดือนล่าสุด");
		p.put("CLOSING", "จึงเรียนมาเพื่อโปรดทราบ");
		p.put("LEVEL_A", districts(totals.levelA(), totals.districts()));
		p.put("LEVEL_B", districts(totals.levelB(), totals.districts()));
		p.put("LEVEL_C", districts(totals.levelC(), totals.districts()));
		p.put("LEVEL_D", districts(totals.levelD(), totals.districts()));
		// memo text, under the level boxes (a table's cells, which keep 0–9)
		p.put("SUBMISSIONS",
				text.official(SubmissionStatus.SUBMITTED.labelTh() + " " + totals.submitted() + " อำเภอ · "
						+ SubmissionStatus.LATE.labelTh() + " " + totals.late() + " อำเภอ · "
						+ SubmissionStatus.NOT_SUBMITTED.labelTh() + " " + totals.notSubmitted() + " อำเภอ · "
						+ SubmissionStatus.INVALID.labelTh() + " " + totals.invalid() + " อำเภอ"));
		p.put("DOWNLOADS_LABEL", "ยอดดาวน์โหลด Click ชุมชน (ดาวน์โหลด)");
		p.put("DOWNLOADS", ReportText.number(totals.downloads()));
		p.put("DOWNLOAD_TARGET", downloadTarget(totals));
		p.put("DOWNLOAD_PERCENT", ThaiFormat.percent(totals.downloads(), totals.downloadTarget()));
		p.put("OFFICIALS_LABEL", "หัวหน้าส่วนราชการที่ดาวน์โหลดแล้ว (คน)");
		p.put("OFFICIALS", ReportText.number(totals.officialsDownloaded()));
		p.put("OFFICIALS_TOTAL", ReportText.number(totals.officialsTotal()));
		p.put("OFFICIALS_PERCENT", ThaiFormat.percent(totals.officialsDownloaded(), totals.officialsTotal()));
		p.put("ITEM_LEGEND", itemLegend());
		p.put("NOT_SUBMITTED", text.official(names(report, SubmissionStatus.NOT_SUBMITTED)));
		p.put("LATE", text.official(names(report, SubmissionStatus.LATE)));
		p.put("INVALID", text.official(names(report, SubmissionStatus.INVALID)));
		p.put("CHANGES", text.official(changes(report)));
		p.put("FOOTER",
				"สรุปผลการจัดระดับ Click ชุมชน จังหวัด" + province + " ประจำเดือน" + text.month(report.month()));
		p.put("LEVEL_DATA", RecordDataSource.of(levelBars(totals)));
		p.put("DOWNLOAD_DATA", RecordDataSource.of(monthBars(report.downloadHistory())));
		return p;
	}

	static RecordDataSource lines(SummaryReport report) {
		List<DistrictRow> rows = report.districts();
		return new RecordDataSource(IntStream.range(0, rows.size()).mapToObj(i -> line(i + 1, rows.get(i))).iterator());
	}

	private static DistrictLine line(int no, DistrictRow row) {
		List<Boolean> met = row.itemsMet() == null ? List.of() : row.itemsMet();
		int direction = direction(row.previousLevel(), row.level());
		return new DistrictLine(Integer.toString(no), row.nameTh(), row.status().labelTh(), row.level(),
				Integer.toString(row.score()), item(met, 0), item(met, 1), item(met, 2), item(met, 3), item(met, 4),
				failed(met, 0), failed(met, 1), failed(met, 2), failed(met, 3), failed(met, 4),
				row.previousLevel() == null ? ReportText.DASH : row.previousLevel(),
				change(row.previousLevel(), direction), direction > 0, direction < 0, no % 2 == 0);
	}

	private static String item(List<Boolean> met, int index) {
		if (index >= met.size() || met.get(index) == null) {
			return ReportText.DASH;
		}
		return ReportText.met(met.get(index));
	}

	private static boolean failed(List<Boolean> met, int index) {
		return index < met.size() && Boolean.FALSE.equals(met.get(index));
	}

	private static String change(String previous, int direction) {
		if (previous == null) {
			return ReportText.DASH;
		}
		if (direction > 0) {
			return "ดีขึ้น";
		}
		return direction < 0 ? "ลดลง" : "คงเดิม";
	}

	/**
	 * Positive when {@code level} is better than {@code previous}, 0 when equal or
	 * unknown.
	 */
	private static int direction(String previous, String level) {
		if (previous == null || LEVELS.indexOf(previous) < 0 || LEVELS.indexOf(level) < 0) {
			return 0;
		}
		return Integer.compare(LEVELS.indexOf(previous), LEVELS.indexOf(level));
	}

	private static String districts(int count, int total) {
		return count + " อำเภอ (ร้อยละ " + ThaiFormat.percent(count, total) + ")";
	}

	/**
	 * 1,240 (10 × 124 ตำบล): the target is 10 downloads per sub-district in the default
	 * rubric.
	 */
	private static String downloadTarget(Totals totals) {
		String target = ReportText.number(totals.downloadTarget());
		if (totals.subdistricts() == 0) {
			return target;
		}
		return target + " (" + totals.downloadTarget() / totals.subdistricts() + " × "
				+ ReportText.number(totals.subdistricts()) + " ตำบล)";
	}

	private static String itemLegend() {
		StringBuilder legend = new StringBuilder("ข้อ 1–5 ของเกณฑ์: ");
		for (int i = 0; i < ThaiText.ITEM_TITLES.length; i++) {
			legend.append(i == 0 ? "" : " · ").append(i + 1).append(" ").append(ThaiText.ITEM_TITLES[i]);
		}
		return legend.append(". \"ผ่าน\" หมายถึงผ่านเกณฑ์ระดับ A ของข้อนั้น").toString();
	}

	private static String names(SummaryReport report, SubmissionStatus status) {
		List<String> names = report.districts()
			.stream()
			.filter(row -> row.status() == status)
			.map(DistrictRow::nameTh)
			.toList();
		return status.labelTh() + " " + names.size() + " อำเภอ"
				+ (names.isEmpty() ? "" : ": " + String.join(", ", names));
	}

	private static String changes(SummaryReport report) {
		List<String> better = new ArrayList<>();
		List<String> worse = new ArrayList<>();
		int same = 0;
		int unknown = 0;
		for (DistrictRow row : report.districts()) {
			int delta = direction(row.previousLevel(), row.level());
			if (row.previousLevel() == null) {
				unknown++;
			}
			else if (delta > 0) {
				better.add(row.nameTh() + " (" + row.previousLevel() + " → " + row.level() + ")");
			}
			else if (delta < 0) {
				worse.add(row.nameTh() + " (" + row.previousLevel() + " → " + row.level() + ")");
			}
			else {
				same++;
			}
		}
		return "ระดับดีขึ้น " + better.size() + " อำเภอ" + (better.isEmpty() ? "" : ": " + String.join(", ", better))
				+ "\nระดับลดลง " + worse.size() + " อำเภอ" + (worse.isEmpty() ? "" : ": " + String.join(", ", worse))
				+ "\nระดับคงเดิม " + same + " อำเภอ"
				+ (unknown == 0 ? "" : " · ไม่มีผลของเดือนก่อน " + unknown + " อำเภอ");
	}

	static List<LevelBar> levelBars(Totals totals) {
		int[] counts = { totals.levelA(), totals.levelB(), totals.levelC(), totals.levelD() };
		List<LevelBar> bars = new ArrayList<>(counts.length);
		for (int i = 0; i < counts.length; i++) {
			bars.add(new LevelBar("จำนวนอำเภอ", String.valueOf(LEVELS.charAt(i)), counts[i]));
		}
		return bars;
	}

	static List<MonthBar> monthBars(List<MonthDownloads> history) {
		List<MonthDownloads> last = history.subList(Math.max(0, history.size() - 6), history.size());
		List<MonthBar> bars = new ArrayList<>(last.size() * 2);
		for (MonthDownloads month : last) {
			bars.add(new MonthBar(SERIES_DOWNLOADS, ReportText.shortMonth(month.month()), month.downloads()));
		}
		for (MonthDownloads month : last) {
			bars.add(new MonthBar(SERIES_TARGET, ReportText.shortMonth(month.month()), month.target()));
		}
		return bars;
	}

}
