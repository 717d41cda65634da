package th.go.cdd.clickreport.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs users in from table app_user (form login on the pages, HTTP Basic on the API).
 * The name typed is normalised first ({@link Usernames}); one longer than the column is
 * simply not an account.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.find(username)
			.map(AppUserDetailsService::user)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	static ClickUser user(AppUserRepository.AppUser u) {
		// a district's code begins with its province's (DOPA geocodes): a row written
		// without the
		// province still limits its reader to it
		String province = u.provinceCode() != null ? u.provinceCode()
				: u.districtCode() != null && u.districtCode().length() >= 2 ? u.districtCode().substring(0, 2) : null;
		return new ClickUser(u.username(), u.passwordHash(), u.enabled(), u.role(), u.districtCode(), province,
				u.mustChangePassword(), SignedInAccounts.state(u));
	}

}
