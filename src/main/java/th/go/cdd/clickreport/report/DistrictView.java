package th.go.cdd.clickreport.report;

import java.util.HashMap;
import java.util.Map;

import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.report.DistrictReport.Item;
import th.go.cdd.clickreport.report.DistrictReport.Note;
import th.go.cdd.clickreport.memo.MemoSettings;
import th.go.cdd.clickreport.rubric.Note.Severity;

/**
 * One district's page as reports/district.jrxml reads it: the items as a list in the
 * title, the notes (warnings, rejected rows) as the detail rows, which flow onto further
 * pages when many.
 */
final class DistrictView {

	/**
	 * A row of the item table. The template prints a failed result in red (a conditional
	 * style on {@code failed}) and, at level D, the floor's result in a smaller line
	 * below: plain texts, which JasperReports does not parse as markup.
	 *
	 * @param floor whether the item meets the D floor, worded; null above level D
	 * @param showFloor whether {@code floor} is printed (the template's print condition
	 * is a plain field reference)
	 */
	record ItemLine(String no, String title, String measured, String requirement, String result, Boolean failed,
			String floor, Boolean showFloor) {
	}

	/** A row of the notes table. */
	record NoteLine(String severity, String source, String message) {
	}

	private DistrictView() {
	}

	static Map<String, Object> parameters(DistrictReport report, MemoSettings memo, ReportText text) {
		String month = ThaiFormat.month(report.month());
		Map<String, Object> p = new HashMap<>();
		p.put("OFFICE", memo.office());
		p.put("DEPARTMENT", text.official(memo.department()));
		p.put("ISSUED_ON", text.date(report.issuedOn()));
		p.put("SUBJECT", text
			.official("ผลการจัดระดับการดำเนินงาน Click ชุมชน อำเภอ" + report.districtNameTh() + " ประจำเดือน" + month));
		p.put("DISTRICT", "อำเภอ" + report.districtNameTh() + " จังหวัด" + report.provinceNameTh() + " (รหัส "
				+ report.districtCode() + ")");
		p.put("STATUS", report.status().labelTh()
				+ (report.submittedAt() == null ? "" : " เมื่อ " + text.dateTime(report.submittedAt())));
		p.put("RUBRIC", report.rubricNameTh());
		p.put("LEVEL", report.level());
		p.put("SCORE", report.score() + " คะแนน");
		p.put("ITEMS",
				new RecordDataSource(report.items().stream().map(item -> itemLine(item, report.level())).iterator()));
		p.put("NO_ITEMS", report.items().isEmpty());
		p.put("NOTES_TITLE", Severity.WARNING.labelTh() + "และ" + Severity.REJECT.labelTh() + " ("
				+ report.notes().size() + " รายการ)");
		p.put("NO_NOTES", report.notes().isEmpty());
		p.put("FOOTER", "อำเภอ" + report.districtNameTh() + " · " + text.month(report.month()));
		return p;
	}

	static RecordDataSource notes(DistrictReport report) {
		return new RecordDataSource(report.notes().stream().map(DistrictView::noteLine).iterator());
	}

	private static ItemLine itemLine(Item item, String level) {
		String requirement = item.nextLevel() == null ? "ระดับสูงสุด: " + item.requirement()
				: "ระดับ " + item.nextLevel() + ": " + item.requirement();
		String floor = "D".equals(level) ? "ขั้นต่ำ: " + ReportText.met(item.floorMet()) : null;
		return new ItemLine(Integer.toString(item.no()), item.title(), item.measured(), requirement,
				ReportText.met(item.met()), !item.met(), floor, floor != null);
	}

	private static NoteLine noteLine(Note note) {
		return new NoteLine(note.severity().labelTh(), note.source() == null ? "" : note.source(), note.message());
	}

}
