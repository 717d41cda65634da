package th.go.cdd.clickreport.submission;

import th.go.cdd.clickreport.rubric.Note;

/**
 * A rejected row or a warning of an import, as stored in {@code import_issue}.
 *
 * @param lineNo physical line in the file (header = 1); 0 for the file as a whole
 * @param severity {@link Note.Severity#REJECT} or {@link Note.Severity#WARNING}
 * @param submissionSourceId the CSV submission_id, when the row names one
 * @param districtCode the district of that submission, when it is known
 */
public record ImportIssue(String fileName, int lineNo, Note.Severity severity, String submissionSourceId,
		String districtCode, String reason, String rawRow) {

	/** {@code file:line}, or the file alone for a file-wide issue. */
	public String location() {
		return lineNo > 0 ? fileName + ":" + lineNo : fileName;
	}

	/** As the grader shows it. */
	public Note toNote() {
		return new Note(severity, location(), reason);
	}

}
