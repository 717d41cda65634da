package th.go.cdd.clickreport.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import th.go.cdd.clickreport.submission.BundleFile;

/**
 * What a generate run wrote: rows and bytes per file, what the districts did, and how
 * long it took.
 */
public record BundleSummary(Path dir, List<FileTotals> files, Counts counts, Duration took) {

	public record FileTotals(BundleFile file, long rows, long bytes) {
	}

	/**
	 * Per district and month, as generated (the grades are the product's to make).
	 *
	 * @param submitted district-months with at least one submission
	 * @param notSubmitted district-months with no rows at all
	 * @param late submitted after the 15th of the next month
	 * @param invalid whose latest submission cannot be graded (officials_total 0, or more
	 * downloaded than total)
	 * @param submittedTwice with a draft and a later submission that replaces it
	 * @param wrongRows detail rows made wrong on purpose: a PR item of the previous
	 * month, an unknown channel code, a negative download
	 */
	public record Counts(long districtMonths, long submitted, long notSubmitted, long late, long invalid,
			long submittedTwice, long wrongRows) {
	}

	public long rows() {
		return files.stream().mapToLong(FileTotals::rows).sum();
	}

	public long bytes() {
		return files.stream().mapToLong(FileTotals::bytes).sum();
	}

}
