package th.go.cdd.clickreport.rubric;

/**
 * A warning, rejected row or reason for invalidity attached to a grade.
 *
 * @param source where it comes from: {@code file:line}, or the measure it concerns
 */
public record Note(Severity severity, String source, String message) {

	/** SPEC §6, with the Thai label the PDFs and pages show. */
	public enum Severity {

		/** A reason why the whole submission cannot be graded. */
		INVALID("ข้อมูลไม่ถูกต้อง"),
		/**
		 * A row rejected with its reason and not counted; the rest of the submission
		 * still counts.
		 */
		REJECT("แถวที่ถูกปฏิเสธ"),
		/**
		 * Something the district should know, stored with its grade; the row itself is
		 * kept.
		 */
		WARNING("คำเตือน");

		private final String labelTh;

		Severity(String labelTh) {
			this.labelTh = labelTh;
		}

		public String labelTh() {
			return labelTh;
		}

	}

}
