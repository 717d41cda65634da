package th.go.cdd.clickreport.generate;

/** Running counts of what was generated, for the progress lines and the summary. */
final class GeneratedCounts {

	long districtMonths;

	long submitted;

	long notSubmitted;

	long late;

	long invalid;

	long submittedTwice;

	long wrongRows;

	BundleSummary.Counts snapshot() {
		return new BundleSummary.Counts(districtMonths, submitted, notSubmitted, late, invalid, submittedTwice,
				wrongRows);
	}

}
