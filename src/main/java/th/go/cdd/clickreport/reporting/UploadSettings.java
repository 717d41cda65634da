package th.go.cdd.clickreport.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * CSV bundles uploaded on the pages ({@code click.upload.*}).
 *
 * @param maxBundleSize the five files, or one ZIP of them, together at most this size (a
 * ZIP counted by what it unpacks to), counted while streaming.
 * {@code spring.servlet.multipart.*} sit above it, so that a larger upload gets the
 * page's Thai refusal rather than the container's
 */
@ConfigurationProperties("click.upload")
record UploadSettings(@DefaultValue("20MB") DataSize maxBundleSize) {

	UploadSettings {
		if (maxBundleSize.toBytes() <= 0) {
			throw new IllegalArgumentException("click.upload.max-bundle-size must be positive, not " + maxBundleSize);
		}
	}

}
