package th.go.cdd.clickreport.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;

/**
 * Every signed-in user changes their own password here, giving the current one. A user
 * with a one-time password is sent here at sign-in and can use nothing else until they
 * have changed it. The session goes on with the new password (other sessions of the
 * account end).
 */
@Controller
class PasswordController {

	private final UserAccounts accounts;

	private final SignedInAccounts signedIn;

	private final AuditLog audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(UserAccounts accounts, SignedInAccounts signedIn, AuditLog audit) {
		this.accounts = accounts;
		this.signedIn = signedIn;
		this.audit = audit;
	}

	@GetMapping("/password")
	String page(Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "password";
	}

	@PostMapping("/password")
	String change(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			Authentication who, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (newPassword == null || !newPassword.equals(confirmPassword)) {
				throw new IllegalArgumentException("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");
			}
			accounts.changeOwn(who.getName(), currentPassword, newPassword);
		}
		catch (IllegalArgumentException | AccountException ex) {
			audit.record(AuditLog.Entry.of(who.getName(), Action.USER_REFUSED)
				.detail("เปลี่ยนรหัสผ่านของตัวเอง: " + ex.getMessage())
				.from(request.getRemoteAddr()));
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/password";
		}
		audit.record(AuditLog.Entry.of(who.getName(), Action.OWN_PASSWORD).from(request.getRemoteAddr()));
		// this session carries on as the account now is, under a new id
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn.reloaded(who.getName()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("message", "เปลี่ยนรหัสผ่านแล้ว");
		// straight to the user's first page (as "/" leads there), so that the message is
		// shown on it
		return ClickUser.districtOf(who) == null ? "redirect:/runs" : "redirect:/archive";
	}

}
