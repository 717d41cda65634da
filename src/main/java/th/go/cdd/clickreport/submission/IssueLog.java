package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.List;

import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.rubric.Note.Severity;
import th.go.cdd.clickreport.system.TableRows;

/**
 * Writes the rejects and warnings of one import to {@code import_issue} as they happen;
 * keeps only the counts and the first few for the command's summary.
 */
final class IssueLog {

	static final int KEPT = 100;

	private static final int MAX_REASON = 1000;

	private static final int MAX_ID = 64;

	private final Batch<ImportIssue> batch;

	private final List<ImportIssue> first = new ArrayList<>();

	private int rejected;

	private int warnings;

	IssueLog(BatchWriter writer, String bundleKey) {
		this.batch = new Batch<>(writer,
				new TableRows.Table("import_issue", "bundle_key", "file_name", "line_no", "severity",
						"submission_source_id", "district_code", "reason", "raw_row"),
				null, issue -> new Object[] { bundleKey, issue.fileName(), issue.lineNo(), issue.severity().name(),
						issue.submissionSourceId(), issue.districtCode(), issue.reason(), issue.rawRow() });
	}

	void reject(BundleFile file, int line, String sourceId, String districtCode, String reason, String rawRow) {
		add(new ImportIssue(file.fileName(), line, Severity.REJECT, id(sourceId), districtCode,
				ColumnText.truncate(reason, MAX_REASON), ColumnText.truncate(rawRow, CsvFile.MAX_RAW)));
		rejected++;
	}

	void warn(BundleFile file, int line, String sourceId, String districtCode, String reason, String rawRow) {
		add(new ImportIssue(file.fileName(), line, Severity.WARNING, id(sourceId), districtCode,
				ColumnText.truncate(reason, MAX_REASON), ColumnText.truncate(rawRow, CsvFile.MAX_RAW)));
		warnings++;
	}

	/**
	 * An id too long for the column cannot be a stored submission's; it stays in raw_row.
	 */
	private static String id(String sourceId) {
		return sourceId == null || sourceId.isEmpty() || sourceId.codePointCount(0, sourceId.length()) > MAX_ID ? null
				: sourceId;
	}

	private void add(ImportIssue issue) {
		if (first.size() < KEPT) {
			first.add(issue);
		}
		batch.add(issue);
	}

	void flush() {
		batch.flush();
	}

	int rejected() {
		return rejected;
	}

	int warnings() {
		return warnings;
	}

	List<ImportIssue> first() {
		return List.copyOf(first);
	}

}
