package th.go.cdd.clickreport.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.cdd.clickreport.user.ClickUser;
import th.go.cdd.clickreport.user.Role;

/** The login page, and where "/" leads: the runs for staff, the archive for a district reader, the month's
 * report form for a district officer (REPORTER). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof ClickUser user
				&& user.role() == Role.REPORTER) {
			return "redirect:/report";
		}
		return ClickUser.districtOf(authentication) == null ? "redirect:/runs" : "redirect:/archive";
	}

}
