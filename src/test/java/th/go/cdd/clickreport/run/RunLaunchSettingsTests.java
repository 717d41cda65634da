package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import org.junit.jupiter.api.Test;

class RunLaunchSettingsTests {

	@Test
	void withNothingSetTwoRunsGoOnAndEightMayWait() {
		assertThat(bind(RunLaunchSettings.class)).isEqualTo(new RunLaunchSettings(2, 8));
	}

	@Test
	void aSettingOverridesItsDefault() {
		assertThat(bind(RunLaunchSettings.class, "click.runs.queue=0")).isEqualTo(new RunLaunchSettings(2, 0));
	}

	@Test
	void noThreadsIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind(RunLaunchSettings.class, "click.runs.threads=0"))
			.hasRootCauseMessage("click.runs.threads must be positive, not 0");
	}

}
