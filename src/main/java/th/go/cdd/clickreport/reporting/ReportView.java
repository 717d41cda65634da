package th.go.cdd.clickreport.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * A district's report for a month as the form and the API show it: its state, latest
 * version and content, the grade it would earn now, what is still wrong (what keeps it
 * from being submitted) and warned of, the deadline, every version with who and when, the
 * photos of its activities, and the choices the form offers (the rubric's services, the
 * district's sub-districts, the channels).
 *
 * @param version the latest version's number, null before anything was saved
 * @param status SUBMITTED or LATE of the last submit, null before one
 * @param submittedAt the server's time of the last submit, null before one
 * @param returnReason the province's reason while the report is returned (until submitted
 * again)
 * @param deadlineDay the last day on time (Asia/Bangkok, until 23:59:59)
 * @param deadline the first instant that is late
 * @param errors what must be fixed before the content can be submitted
 * @param editable whether this user may save it now (their district or province, not
 * locked)
 * @param decidable whether this user may return, accept or reopen it (an ADMIN of its
 * province)
 */
public record ReportView(String districtCode, String districtName, String provinceCode, YearMonth month,
		ReportState state, Integer version, SubmissionStatus status, Instant submittedAt, String returnReason,
		ReportContent content, Projection projected, List<FieldError> errors, List<FieldError> warnings,
		LocalDate deadlineDay, Instant deadline, List<VersionInfo> history, List<PhotoInfo> photos,
		List<Choice> services, List<Choice> subdistricts, List<String> channels, boolean editable, boolean decidable) {

	/**
	 * A version of the report: who saved it when, and in which state it left the report.
	 */
	public record VersionInfo(int version, ReportState state, String savedBy, Instant savedAt, String reason,
			boolean submitted) {
	}

	/** A photo of activity {@code activityNo} (1 = the first activity). */
	public record PhotoInfo(long id, int activityNo, String contentType, long sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}

	/** A code and its Thai name. */
	public record Choice(String code, String nameTh) {
	}

}
