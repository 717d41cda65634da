package th.go.cdd.clickreport.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the PDFs are made ({@code click.report.*}).
 *
 * @param chunkSize district pages rendered per chunk (one transaction of the step's
 * bookkeeping each)
 * @param thaiDigits Thai digits (๐–๙) in the official-document parts of the PDFs (header,
 * dates, memo text); tables and charts keep Arabic digits
 * @param warmUpPages district pages (of the latest graded month) a server renders and
 * discards in the background when it has started, so that its first monthly run finds the
 * rendering code compiled; 0 for none
 */
@ConfigurationProperties("click.report")
public record ReportSettings(@DefaultValue("25") int chunkSize, @DefaultValue("true") boolean thaiDigits,
		@DefaultValue("300") int warmUpPages) {

	public ReportSettings {
		if (chunkSize <= 0) {
			throw new IllegalArgumentException("click.report.chunk-size must be positive, not " + chunkSize);
		}
		if (warmUpPages < 0) {
			throw new IllegalArgumentException("click.report.warm-up-pages must be 0 or more, not " + warmUpPages);
		}
	}

}
