package th.go.cdd.clickreport.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the whole application that belong to no one area ({@code click.*}); the
 * areas have their own records (e.g. {@code grading.BatchSettings},
 * {@code report.ArchiveSettings}).
 *
 * @param defaultProvince the province of commands and pages that are not given one (57:
 * เชียงราย), and of the monthly schedule unless {@code click.schedule.provinces} names
 * others
 * @param publicUrl the address of the pages, for links in e-mails
 */
@ConfigurationProperties("click")
public record ClickSettings(@DefaultValue("57") String defaultProvince,
		@DefaultValue("http://localhost:8080") String publicUrl) {

	public ClickSettings {
		if (defaultProvince == null || defaultProvince.isBlank()) {
			throw new IllegalArgumentException("click.default-province must name a province");
		}
		if (publicUrl == null || publicUrl.isBlank()) {
			throw new IllegalArgumentException("click.public-url must be the address of the pages");
		}
	}

}
