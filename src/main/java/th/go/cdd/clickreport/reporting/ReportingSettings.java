package th.go.cdd.clickreport.reporting;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online reporting's settings: {@code click.reporting.photo-dir}, the folder the
 * activities' photos are stored in (outside the web root: they are served only through
 * the API, to those who may read the district). The limits of SPEC §9 (5 MB, 5 photos an
 * activity, JPEG or PNG) are the contract, not settings.
 */
@ConfigurationProperties("click.reporting")
record ReportingSettings(@DefaultValue("./data/photos") Path photoDir) {
}
