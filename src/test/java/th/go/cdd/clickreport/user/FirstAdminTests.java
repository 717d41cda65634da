package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.user.FirstAdmin.Plan;

/** The start-up check: no default password outside the quick start, one clear sentence when refused. */
class FirstAdminTests {

	@Test
	void refusesToStartWithoutAdminVariablesWhenNoAdminExists() {
		assertThatThrownBy(() -> FirstAdmin.plan(false, "", "", false))
			.isInstanceOf(MissingAdminAccountException.class)
			.hasMessage("No admin account exists and CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD are not set, "
					+ "so nobody could sign in: the server does not start without one.");
		assertThatThrownBy(() -> FirstAdmin.plan(false, null, null, false))
			.isInstanceOf(MissingAdminAccountException.class);
	}

	@Test
	void refusesHalfAConfigurationAndAShortPassword() {
		assertThatThrownBy(() -> FirstAdmin.plan(false, "admin", "", true))
			.hasMessageContaining("Only one of CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD is set");
		assertThatThrownBy(() -> FirstAdmin.plan(false, "", "secret-password", true))
			.hasMessageContaining("Only one of");
		assertThatThrownBy(() -> FirstAdmin.plan(false, "admin", "admin", false))
			.hasMessageContaining("shorter than 8 characters");
	}

	@Test
	void theVariablesCreateTheFirstAdmin() {
		assertThat(FirstAdmin.plan(false, "somchai", "a-long-password", false)).isEqualTo(Plan.FROM_ENVIRONMENT);
		assertThat(FirstAdmin.plan(false, "somchai", "a-long-password", true)).isEqualTo(Plan.FROM_ENVIRONMENT);
	}

	@Test
	void anAdminInTheDatabaseIsEnoughOnceCreated() {
		assertThat(FirstAdmin.plan(false, "", "", true)).isEqualTo(Plan.NOTHING);
	}

	@Test
	void theQuickStartProfileCreatesDefaultUsers() {
		assertThat(FirstAdmin.plan(true, "", "", false)).isEqualTo(Plan.QUICKSTART_DEFAULTS);
		assertThat(FirstAdmin.plan(true, "", "", true)).isEqualTo(Plan.QUICKSTART_DEFAULTS);
	}

	@Test
	void theRefusalIsPrintedAsItsSentenceAndWhatToDo() {
		MissingAdminAccountException ex = new MissingAdminAccountException("No admin.");
		var analysis = new MissingAdminAccountFailureAnalyzer().analyze(new IllegalStateException("wrapped", ex));
		assertThat(analysis.getDescription()).isEqualTo("No admin.");
		assertThat(analysis.getAction()).contains("CLICK_ADMIN_USERNAME", "CLICK_ADMIN_PASSWORD", "quickstart");
	}

}
