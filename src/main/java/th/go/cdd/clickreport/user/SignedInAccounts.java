package th.go.cdd.clickreport.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Keeps a signed-in session true to its account: on every request the account is read
 * again, and a session whose account was removed, disabled, given another role, district
 * or province limit, or a new password (its "state", a digest of those columns, differs)
 * is revoked at once, not at its next sign-in.
 */
@Service
public class SignedInAccounts {

	/** What a session is still good for. */
	public enum Verdict {

		/** The account is as it was at sign-in. */
		CURRENT,
		/**
		 * The account is as it was, but its one-time password must be changed before
		 * anything else.
		 */
		MUST_CHANGE_PASSWORD,
		/** The account is gone or changed: the session must end. */
		REVOKED

	}

	private final AppUserRepository users;

	SignedInAccounts(AppUserRepository users) {
		this.users = users;
	}

	public Verdict check(ClickUser user) {
		Optional<AppUserRepository.AppUser> now = users.find(user.getUsername());
		if (now.isEmpty() || !now.get().enabled() || !state(now.get()).equals(user.state())) {
			return Verdict.REVOKED;
		}
		return now.get().mustChangePassword() ? Verdict.MUST_CHANGE_PASSWORD : Verdict.CURRENT;
	}

	/**
	 * A fresh authentication of {@code username} as the account now is (after they
	 * changed their own password).
	 */
	Authentication reloaded(String username) {
		ClickUser user = AppUserDetailsService.user(users.find(username).orElseThrow());
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	static String state(AppUserRepository.AppUser u) {
		String columns = String.join("\u0000", u.username(), u.passwordHash(), u.role().name(),
				String.valueOf(u.districtCode()), String.valueOf(u.provinceCode()), String.valueOf(u.enabled()),
				String.valueOf(u.mustChangePassword()));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(columns.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
