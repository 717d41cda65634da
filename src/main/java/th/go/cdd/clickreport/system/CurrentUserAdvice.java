package th.go.cdd.clickreport.system;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import th.go.cdd.clickreport.user.ClickUser;

/**
 * Gives every page who is signed in, so the menu shows the admin entries only to admins.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("me")
	ClickUser me(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof ClickUser user ? user : null;
	}

}
