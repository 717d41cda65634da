package th.go.cdd.clickreport.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.clickreport.user.ClickUser;
import th.go.cdd.clickreport.user.Role;

/**
 * The login page, and where "/" leads: the runs for staff, the archive for a district
 * reader, the month's report form for a district officer (REPORTER).
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, Model model) {
		// the seconds a throttled sign-in must wait (LoginThrottleFilter), shown only
		// when they are a number
		model.addAttribute("waitSeconds", wait != null && wait.matches("\\d{1,6}") ? wait : null);
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
