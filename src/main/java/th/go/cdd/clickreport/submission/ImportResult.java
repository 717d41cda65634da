package th.go.cdd.clickreport.submission;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param submissions submissions stored, INVALID ones included
 * @param storedRows detail rows stored per file name (PR items, not their channels)
 * @param firstIssues the first {@link IssueLog#KEPT} rejects and warnings, in file order
 * (all are in import_issue)
 * @param firstInvalid the first {@link IssueLog#KEPT} INVALID submissions
 */
public record ImportResult(String bundleKey, String source, int submissions, int invalidSubmissions,
		Map<String, Integer> storedRows, int rejected, int warnings, List<ImportIssue> firstIssues,
		List<InvalidSubmission> firstInvalid) {

	/** A stored submission that cannot be graded, and why. */
	public record InvalidSubmission(int line, String sourceId, String districtCode, String reason) {
	}

}
