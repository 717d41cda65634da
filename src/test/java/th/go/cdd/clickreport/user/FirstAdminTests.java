package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.user.FirstAdmin.Plan;

/**
 * The start-up check: no default password outside the quick start, one clear sentence
 * when refused.
 */
class FirstAdminTests {

	@Test
	void refusesToStartWithoutAdminVariablesWhenNoAdminExists() {
		assertThatThrownBy(() -> FirstAdmin.plan(false, "", "", false)).isInstanceOf(MissingAdminAccountException.class)
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
			.hasMessageContaining("shorter than 12 characters");
		assertThatThrownBy(() -> FirstAdmin.plan(false, "admin", "eleven-char", false))
			.hasMessageContaining("shorter than 12 characters");
	}

	@Test
	void refusesACommonPasswordOrTheUserNameAsTheFirstAdminsPassword() {
		assertThatThrownBy(() -> FirstAdmin.plan(false, "somchai", "password1234", false))
			.isInstanceOf(MissingAdminAccountException.class)
			.hasMessageContaining("commonly used password");
		assertThatThrownBy(() -> FirstAdmin.plan(false, "administrator", "Administrator", false))
			.hasMessageContaining("commonly used password");
	}

	@Test
	void theDemoAccountsRefusalSaysWhatToDo() {
		DemoAccountsException ex = new DemoAccountsException(java.util.List.of("admin", "viewer"));
		assertThat(ex.getMessage()).isEqualTo("The database holds the quick start's demo accounts admin/admin and "
				+ "viewer/viewer with the known password, so the server does not start outside the quickstart profile.");
		var analysis = new DemoAccountsFailureAnalyzer().analyze(new IllegalStateException("wrapped", ex));
		assertThat(analysis.getDescription()).isEqualTo(ex.getMessage());
		assertThat(analysis.getAction()).contains("./data/quickstart", "admin and viewer");
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
