package th.go.cdd.clickreport.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a bundle may be: {@code click.import.max-file-size} per CSV file (default
 * 256MB; a national year is about 20 MB), {@code click.import.max-field-chars} per value
 * (default 100,000 characters) and {@code click.import.max-rows} per file (default
 * 2,000,000). A bundle past any of them is refused as a whole with one sentence, and
 * nothing of it is stored.
 */
@ConfigurationProperties("click.import")
record ImportLimits(DataSize maxFileSize, Integer maxFieldChars, Integer maxRows) {

	static final ImportLimits DEFAULTS = new ImportLimits(null, null, null);

	ImportLimits {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(256) : maxFileSize;
		maxFieldChars = maxFieldChars == null ? 100_000 : maxFieldChars;
		maxRows = maxRows == null ? 2_000_000 : maxRows;
		if (maxFileSize.toBytes() <= 0 || maxFieldChars <= 0 || maxRows <= 0) {
			throw new IllegalArgumentException(
					"click.import.max-file-size, max-field-chars and max-rows must be positive");
		}
	}

}
