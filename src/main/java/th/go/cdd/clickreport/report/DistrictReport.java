package th.go.cdd.clickreport.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import th.go.cdd.clickreport.rubric.Note.Severity;
import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * Everything the district page (SPEC §8, reports/district.jrxml) shows for one district
 * and month. Texts are Thai and ready to print; numbers are plain so the template can
 * format them.
 *
 * @param submittedAt Bangkok local time, or null when nothing was submitted
 * @param issuedOn the date printed in the document's header
 */
public record DistrictReport(String provinceCode, String provinceNameTh, String districtCode, String districtNameTh,
		YearMonth month, LocalDate issuedOn, String rubricNameTh, SubmissionStatus status, String level, int score,
		LocalDateTime submittedAt, List<Item> items, List<Note> notes) {

	/**
	 * One of the five items: what was measured, what the next level up needs and whether
	 * it is met.
	 *
	 * @param nextLevel null at the top level
	 */
	public record Item(int no, String title, String measured, String nextLevel, String requirement, boolean met,
			boolean floorMet) {
	}

	/** A warning, rejected row or reason for invalidity. */
	public record Note(Severity severity, String source, String message) {
	}

}
