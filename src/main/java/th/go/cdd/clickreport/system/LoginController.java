package th.go.cdd.clickreport.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.cdd.clickreport.user.ClickUser;

/** The login page, and where "/" leads: the runs for staff, the archive for a district reader. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		return ClickUser.districtOf(authentication) == null ? "redirect:/runs" : "redirect:/archive";
	}

}
