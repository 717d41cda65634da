package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UploadSettingsTests {

	@Test
	void withNothingSetABundleMayBe20Megabytes() {
		assertThat(bind(UploadSettings.class).maxBundleSize()).isEqualTo(DataSize.ofMegabytes(20));
	}

	@Test
	void aSettingOverridesItsDefault() {
		assertThat(bind(UploadSettings.class, "click.upload.max-bundle-size=512KB").maxBundleSize())
			.isEqualTo(DataSize.ofKilobytes(512));
	}

	@Test
	void noBytesIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind(UploadSettings.class, "click.upload.max-bundle-size=0"))
			.hasRootCauseMessage("click.upload.max-bundle-size must be positive, not 0B");
	}

}
