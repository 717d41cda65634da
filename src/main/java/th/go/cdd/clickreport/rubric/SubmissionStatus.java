package th.go.cdd.clickreport.rubric;

/** SPEC §5. */
public enum SubmissionStatus {

	/** On time: submitted by the deadline day of the following month, 23:59:59 Asia/Bangkok. */
	SUBMITTED,
	/** After the deadline but before the run; graded normally, flagged. */
	LATE,
	/** Nothing for the district: level D, score 0. */
	NOT_SUBMITTED,
	/** The submission cannot be graded: level D, score 0, with the reasons. */
	INVALID

}
