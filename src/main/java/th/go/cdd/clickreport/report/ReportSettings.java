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
 */
@ConfigurationProperties("click.report")
public record ReportSettings(@DefaultValue("25") int chunkSize, @DefaultValue("true") boolean thaiDigits) {

	public ReportSettings {
		if (chunkSize <= 0) {
			throw new IllegalArgumentException("click.report.chunk-size must be positive, not " + chunkSize);
		}
	}

}
