package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import org.junit.jupiter.api.Test;

class ClickSettingsTests {

	@Test
	void withNothingSetTheDefaultsHold() {
		assertThat(bind(ClickSettings.class)).isEqualTo(new ClickSettings("57", "http://localhost:8080"));
	}

	@Test
	void aSettingOverridesItsDefault() {
		assertThat(bind(ClickSettings.class, "click.default-province=50").defaultProvince()).isEqualTo("50");
		assertThat(bind(ClickSettings.class, "click.public-url=https://click.example.go.th").publicUrl())
			.isEqualTo("https://click.example.go.th");
	}

	@Test
	void aBlankProvinceIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind(ClickSettings.class, "click.default-province= "))
			.hasRootCauseMessage("click.default-province must name a province");
	}

}
