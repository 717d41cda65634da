package th.go.cdd.clickreport.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in from table app_user (form login on the pages, HTTP Basic on the API). */
@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.find(username)
			.map(u -> new ClickUser(u.username(), u.passwordHash(), u.enabled(), u.role(), u.districtCode(),
					u.provinceCode(), u.mustChangePassword()))
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

}
