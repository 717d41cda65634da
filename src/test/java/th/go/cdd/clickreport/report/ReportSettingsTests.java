package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ReportSettingsTests {

	@Test
	void withNothingSetTheDefaultsHold() {
		assertThat(bind(ReportSettings.class)).isEqualTo(new ReportSettings(25, true, 300));
		ArchiveSettings archive = bind(ArchiveSettings.class);
		assertThat(archive.outputDir().toAbsolutePath().normalize()).isEqualTo(Path.of("output").toAbsolutePath());
		assertThat(archive.memo().emblem()).isNull();
		assertThat(archive.signing().keyStore()).isNull();
		assertThat(archive.signing().password()).isEmpty();
		assertThat(archive.signing().alias()).isEmpty();
	}

	@Test
	void aSettingOverridesItsDefault() {
		assertThat(bind(ReportSettings.class, "click.report.thai-digits=false").thaiDigits()).isFalse();
		ArchiveSettings archive = bind(ArchiveSettings.class, "click.output-dir=/srv/click",
				"click.signing.key-store=k.p12", "click.signing.password=secret");
		assertThat(archive.outputDir()).isEqualTo(Path.of("/srv/click"));
		assertThat(archive.signing().keyStore()).isEqualTo(Path.of("k.p12"));
		assertThat(archive.toString()).doesNotContain("secret");
	}

	@Test
	void aBadValueIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind(ReportSettings.class, "click.report.chunk-size=-5"))
			.hasRootCauseMessage("click.report.chunk-size must be positive, not -5");
		assertThatThrownBy(() -> bind(ReportSettings.class, "click.report.warm-up-pages=-1"))
			.hasRootCauseMessage("click.report.warm-up-pages must be 0 or more, not -1");
		assertThat(bind(ReportSettings.class, "click.report.warm-up-pages=0").warmUpPages()).isZero();
	}

}
