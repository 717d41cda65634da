package th.go.cdd.clickreport.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * Every district of a province for a month (SPEC §9): where its online report stands, the level it
 * would earn now and, once the month was graded, the level it got; and the province's completeness
 * (districts whose report is submitted, returned ones not counted) and timeliness (submitted on time).
 */
public record ProvinceOverview(String provinceCode, String provinceName, YearMonth month, int districts,
		int submitted, int onTime, int late, int returned, int accepted, int drafts, int notStarted,
		double completenessPercent, double timelinessPercent, List<DistrictRow> rows) {

	/**
	 * @param status SUBMITTED or LATE of the last submit (null before one)
	 * @param projectedLevel the level the latest version would earn now (null before anything was saved)
	 * @param gradedLevel the level of the month's last run (null before one)
	 */
	public record DistrictRow(String districtCode, String nameTh, ReportState state, SubmissionStatus status,
			Instant submittedAt, Integer version, String projectedLevel, Integer projectedScore, String gradedLevel,
			Integer gradedScore, SubmissionStatus gradedStatus) {
	}

}
