package th.go.cdd.clickreport.user;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure the server has someone who can sign in, without a default password in production: the
 * first admin comes from CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD (set them again later to reset
 * that admin's password). Without them, and with no admin in the database, the server refuses to
 * start, unless the {@code quickstart} profile is active, which creates admin/admin and viewer/viewer.
 * Commands (no web server) need no account and skip this.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String QUICKSTART = "quickstart";

	enum Plan {
		/** An admin is already in the database and no variables are set. */
		NOTHING,
		/** Create (or update) the admin named by the variables. */
		FROM_ENVIRONMENT,
		/** Quick start: create admin/admin and viewer/viewer where missing. */
		QUICKSTART_DEFAULTS
	}

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final Environment environment;

	private final String username;

	private final String password;

	FirstAdmin(AppUserRepository users, PasswordEncoder passwords, Environment environment,
			@Value("${click.admin.username:}") String username, @Value("${click.admin.password:}") String password) {
		this.users = users;
		this.passwords = passwords;
		this.environment = environment;
		this.username = username.strip();
		this.password = password;
	}

	/**
	 * What to do at start; refuses (one sentence) when nobody could sign in.
	 * @throws MissingAdminAccountException when the server must not start
	 */
	static Plan plan(boolean quickstart, String username, String password, boolean adminInDatabase) {
		boolean hasName = username != null && !username.isBlank();
		boolean hasPassword = password != null && !password.isEmpty();
		if (hasName != hasPassword) {
			throw new MissingAdminAccountException("Only one of CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD is set; "
					+ "set both to create the first admin.");
		}
		if (hasName) {
			if (!quickstart && password.length() < UserAccounts.MIN_PASSWORD) {
				throw new MissingAdminAccountException("CLICK_ADMIN_PASSWORD is shorter than "
						+ UserAccounts.MIN_PASSWORD + " characters; choose a longer password.");
			}
			return Plan.FROM_ENVIRONMENT;
		}
		if (quickstart) {
			return Plan.QUICKSTART_DEFAULTS;
		}
		if (adminInDatabase) {
			return Plan.NOTHING;
		}
		throw new MissingAdminAccountException("No admin account exists and CLICK_ADMIN_USERNAME and "
				+ "CLICK_ADMIN_PASSWORD are not set, so nobody could sign in: the server does not start without one.");
	}

	@Override
	public void afterPropertiesSet() {
		boolean quickstart = environment.acceptsProfiles(Profiles.of(QUICKSTART));
		switch (plan(quickstart, username, password, users.anyEnabledAdmin())) {
			case NOTHING -> {
			}
			case FROM_ENVIRONMENT -> {
				if (users.find(username).isEmpty()) {
					users.add(username, passwords.encode(password), Role.ADMIN, null);
					log.info("Created admin '{}' from CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD", username);
				}
				else {
					users.makeEnabledAdmin(username);
					if (!passwords.matches(password, users.find(username).orElseThrow().passwordHash())) {
						users.setPassword(username, passwords.encode(password));
						log.info("Reset the password of admin '{}' from CLICK_ADMIN_PASSWORD", username);
					}
				}
			}
			case QUICKSTART_DEFAULTS -> {
				for (Role role : Role.values()) {
					String name = role.name().toLowerCase(Locale.ROOT);
					if (users.find(name).isEmpty()) {
						users.add(name, passwords.encode(name), role, null);
					}
				}
				log.warn("*****************************************************************************");
				log.warn("QUICK START: users admin/admin and viewer/viewer exist. Never use this profile");
				log.warn("in production: start without it, with CLICK_ADMIN_USERNAME/CLICK_ADMIN_PASSWORD.");
				log.warn("*****************************************************************************");
			}
		}
	}

}
