package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import org.junit.jupiter.api.Test;

class AdminAccountSettingsTests {

	@Test
	void withNothingSetThereIsNoAdminFromTheEnvironment() {
		assertThat(bind(AdminAccountSettings.class)).isEqualTo(new AdminAccountSettings("", ""));
	}

	@Test
	void thePasswordIsBoundButNeverPrinted() {
		AdminAccountSettings admin = bind(AdminAccountSettings.class, "click.admin.username=chief",
				"click.admin.password=chief-password-1");
		assertThat(admin.password()).isEqualTo("chief-password-1");
		assertThat(admin.toString()).contains("chief").doesNotContain("chief-password-1");
	}

}
