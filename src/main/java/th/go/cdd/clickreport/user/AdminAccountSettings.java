package th.go.cdd.clickreport.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, from the environment ({@code CLICK_ADMIN_USERNAME},
 * {@code CLICK_ADMIN_PASSWORD}): both or neither; {@link FirstAdmin} checks them at
 * start.
 *
 * @param username empty for none
 * @param password empty for none
 */
@ConfigurationProperties("click.admin")
record AdminAccountSettings(String username, String password) {

	AdminAccountSettings {
		username = username == null ? "" : username;
		password = password == null ? "" : password;
	}

	@Override
	public String toString() {
		return "AdminAccountSettings[username=" + username + ", password=" + (password.isEmpty() ? "" : "(hidden)")
				+ "]";
	}

}
