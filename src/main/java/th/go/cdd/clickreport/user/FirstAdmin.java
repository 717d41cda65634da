package th.go.cdd.clickreport.user;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure the server has someone who can sign in, without a default password in
 * production: the first admin comes from CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD
 * (set a new CLICK_ADMIN_PASSWORD later to reset that admin's password, as long as nobody
 * changed it on the pages or through the API since: a password changed there is never
 * undone by the environment). Without them, and with no admin in the database, the server
 * refuses to start, unless the {@code quickstart} profile is active, which creates
 * admin/admin and viewer/viewer in its own database. A start without that profile refuses
 * to run while those demo accounts still have their known passwords.
 * <p>
 * Several servers may start at once on a fresh database (a cluster): whichever inserts
 * the admin first wins, the others find it there. Commands (no web server) need no
 * account and skip this.
 */
@Component
@EnableConfigurationProperties(AdminAccountSettings.class)
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
			AdminAccountSettings admin) {
		this.users = users;
		this.passwords = passwords;
		this.environment = environment;
		this.username = Usernames.normalise(admin.username());
		this.password = admin.password();
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
			if (!quickstart && password.length() < PasswordPolicy.MIN_LENGTH) {
				throw new MissingAdminAccountException("CLICK_ADMIN_PASSWORD is shorter than "
						+ PasswordPolicy.MIN_LENGTH + " characters; choose a longer password.");
			}
			if (!quickstart && PasswordPolicy.problem(password, username) != null) {
				throw new MissingAdminAccountException("CLICK_ADMIN_PASSWORD is a commonly used password, the user "
						+ "name or too repetitive; choose another one.");
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

	/** The quick start's accounts: each has its own name as password. */
	static final List<String> DEMO_ACCOUNTS = List.of("admin", "viewer");

	@Override
	public void afterPropertiesSet() {
		boolean quickstart = environment.acceptsProfiles(Profiles.of(QUICKSTART));
		Plan plan = plan(quickstart, username, password, users.anyEnabledAdmin());
		if (!quickstart) {
			refuseDemoAccounts();
		}
		switch (plan) {
			case NOTHING -> {
			}
			case FROM_ENVIRONMENT -> fromEnvironment();
			case QUICKSTART_DEFAULTS -> {
				for (String name : DEMO_ACCOUNTS) {
					addIfMissing(name, passwords.encode(name), Role.valueOf(name.toUpperCase(Locale.ROOT)), false);
				}
				log.warn("*****************************************************************************");
				log.warn("QUICK START: users admin/admin and viewer/viewer exist. Never use this profile");
				log.warn("in production: start without it, with CLICK_ADMIN_USERNAME/CLICK_ADMIN_PASSWORD.");
				log.warn("*****************************************************************************");
			}
		}
	}

	private void fromEnvironment() {
		if (addIfMissing(username, passwords.encode(password), Role.ADMIN, true)) {
			log.info("Created admin '{}' from CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD", username);
			return;
		}
		users.makeEnabledAdmin(username);
		AppUserRepository.AppUser admin = users.find(username).orElseThrow();
		if (passwords.matches(password, admin.passwordHash())) {
			return;
		}
		if (admin.passwordFromEnvironment()) {
			users.setPassword(username, passwords.encode(password), false, true);
			log.info("Reset the password of admin '{}' from CLICK_ADMIN_PASSWORD", username);
		}
		else {
			log.info("Admin '{}' has a password set on the pages or through the API: CLICK_ADMIN_PASSWORD does not "
					+ "change it (another admin can reset it on the users page)", username);
		}
	}

	/**
	 * Adds a user unless one of that name exists; a server starting at the same moment on
	 * the same database may have added it first (then this one leaves it).
	 * @return whether this call added it
	 */
	private boolean addIfMissing(String name, String hash, Role role, boolean fromEnvironment) {
		if (users.find(name).isPresent()) {
			return false;
		}
		try {
			users.add(name, hash, role, null, null, false, fromEnvironment);
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.info("User '{}' was added by another server starting at the same time", name);
			return false;
		}
	}

	/**
	 * A production start with the quick start's accounts still on their known passwords
	 * is refused.
	 */
	private void refuseDemoAccounts() {
		List<String> found = DEMO_ACCOUNTS.stream()
			.filter(name -> users.find(name).filter(u -> passwords.matches(name, u.passwordHash())).isPresent())
			.toList();
		if (!found.isEmpty()) {
			throw new DemoAccountsException(found);
		}
	}

}
