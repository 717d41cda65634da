package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RunOwnerSettingsTests {

	@Test
	void withNothingSetTheDefaultsHold() {
		assertThat(bind(RunOwnerSettings.class))
			.isEqualTo(new RunOwnerSettings(Duration.ofSeconds(15), Duration.ofMinutes(2)));
	}

	@Test
	void aSettingOverridesItsDefault() {
		assertThat(bind(RunOwnerSettings.class, "click.runs.owner.timeout=10m").timeout())
			.isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void aTimeoutShorterThanTwoHeartbeatsIsRefused() {
		assertThatThrownBy(() -> bind(RunOwnerSettings.class, "click.runs.owner.timeout=20s")).hasRootCauseMessage(
				"click.runs.owner.timeout (PT20S) must be at least twice click.runs.owner.heartbeat (PT15S)");
	}

}
