package th.go.cdd.clickreport.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * Everything the governor's summary (SPEC §8, reports/summary.jrxml) shows for a province
 * and month.
 *
 * @param districts every district of the province, by code
 * @param downloadHistory provincial downloads of the last months, oldest first, ending
 * with {@code month}
 */
public record SummaryReport(String provinceCode, String provinceNameTh, YearMonth month, LocalDate issuedOn,
		String rubricNameTh, List<DistrictRow> districts, Totals totals, List<MonthDownloads> downloadHistory) {

	/**
	 * @param itemsMet for items 1–5, whether the district meets the letter's target for
	 * that item (the top level's condition): the criteria matrix
	 * @param previousLevel the level of the previous month, or null when that month was
	 * not graded
	 */
	public record DistrictRow(String code, String nameTh, SubmissionStatus status, String level, int score,
			List<Boolean> itemsMet, String previousLevel) {
	}

	public record Totals(int districts, int levelA, int levelB, int levelC, int levelD, int submitted, int late,
			int notSubmitted, int invalid, int downloads, int downloadTarget, int subdistricts, int officialsTotal,
			int officialsDownloaded) {
	}

	public record MonthDownloads(YearMonth month, int downloads, int target) {
	}

}
