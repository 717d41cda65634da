package th.go.cdd.clickreport.user;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user: role, and for a district-level reader the district whose PDF they may
 * read (null = every district).
 */
public class ClickUser extends User {

	private final Role role;

	private final String districtCode;

	private final String provinceCode;

	private final boolean mustChangePassword;

	private final String state;

	/**
	 * @param state what the account was when this user signed in (see
	 * {@link SignedInAccounts}): a session whose state no longer matches the database's
	 * is revoked
	 */
	ClickUser(String username, String passwordHash, boolean enabled, Role role, String districtCode,
			String provinceCode, boolean mustChangePassword, String state) {
		super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
		this.role = role;
		this.districtCode = districtCode;
		this.provinceCode = provinceCode;
		this.mustChangePassword = mustChangePassword;
		this.state = state;
	}

	String state() {
		return state;
	}

	public Role role() {
		return role;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** The one district this user may read, or null when they may read every district. */
	public String districtCode() {
		return districtCode;
	}

	/** The one province this user may read or act on, or null for a national account. */
	public String provinceCode() {
		return provinceCode;
	}

	/** True while the user signs in with a one-time password an admin gave them. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/**
	 * The district limit of whoever {@code authentication} is (null for none, e.g. an
	 * admin).
	 */
	public static String districtOf(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof ClickUser user ? user.districtCode
				: null;
	}

	/**
	 * The one province whoever {@code authentication} is may read or act on (their
	 * district's for a district-limited reader or a reporter), or null for a national
	 * account.
	 */
	public static String provinceOf(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof ClickUser user ? user.provinceCode
				: null;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
