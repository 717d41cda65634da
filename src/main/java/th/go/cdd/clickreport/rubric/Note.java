package th.go.cdd.clickreport.rubric;

/**
 * A warning, rejected row or reason for invalidity attached to a grade.
 *
 * @param source where it comes from: {@code file:line}, or the measure it concerns
 */
public record Note(Severity severity, String source, String message) {

	public enum Severity {
		INVALID, REJECT, WARNING
	}

}
