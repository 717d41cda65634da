package th.go.cdd.clickreport.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * Every district of a province for a month (SPEC §9): where its online report stands, the
 * level it would earn now and, once the month was graded, the level it got; and the
 * province's completeness (districts whose submission that counts, online or imported, is
 * SUBMITTED or LATE: returned and otherwise INVALID ones not counted) and timeliness
 * (SUBMITTED: on time).
 */
public record ProvinceOverview(String provinceCode, String provinceName, YearMonth month, int districts, int submitted,
		int onTime, int late, int returned, int accepted, int drafts, int notStarted, double completenessPercent,
		double timelinessPercent, List<DistrictRow> rows) {

	/**
	 * @param state the online report's state; SUBMITTED for a district without an online
	 * report whose imported submission counts
	 * @param status of the submission that counts now, online or imported (SPEC §5: the
	 * latest submitted_at): SUBMITTED, LATE, or INVALID (a bad header, or a report the
	 * province returned); null before one
	 * @param submittedAt of the submission that counts (null before one, or when it was
	 * unreadable)
	 * @param version the online report's latest version (null without an online report)
	 * @param projectedLevel the level the online report's latest version would earn now
	 * (null before anything was saved online)
	 * @param gradedLevel the level of the month's last run (null before one)
	 * @param source how the submission that counts arrived (null before one)
	 */
	public record DistrictRow(String districtCode, String nameTh, ReportState state, SubmissionStatus status,
			Instant submittedAt, Integer version, String projectedLevel, Integer projectedScore, String gradedLevel,
			Integer gradedScore, SubmissionStatus gradedStatus, ReportSource source) {

		/**
		 * A row without a source (as before imported submissions were shown): online when
		 * submitted.
		 */
		public DistrictRow(String districtCode, String nameTh, ReportState state, SubmissionStatus status,
				Instant submittedAt, Integer version, String projectedLevel, Integer projectedScore, String gradedLevel,
				Integer gradedScore, SubmissionStatus gradedStatus) {
			this(districtCode, nameTh, state, status, submittedAt, version, projectedLevel, projectedScore, gradedLevel,
					gradedScore, gradedStatus, status == null ? null : ReportSource.ONLINE);
		}

	}

}
