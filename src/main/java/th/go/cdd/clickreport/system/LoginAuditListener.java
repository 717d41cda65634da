package th.go.cdd.clickreport.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;

/**
 * Writes sign-ins on the login form and every failed sign-in (form or API) to the audit
 * log. A successful API call is not a sign-in: its effect (a launch, a download) is
 * audited instead.
 */
@Component
class LoginAuditListener {

	private final AuditLog audit;

	LoginAuditListener(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		audit.record(AuditLog.Entry.of(event.getAuthentication().getName(), Action.LOGIN)
			.from(remoteAddr(event.getAuthentication())));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		audit.record(AuditLog.Entry.of(name == null || name.isBlank() ? "-" : name, Action.LOGIN_FAILED)
			.detail(event.getException().getClass().getSimpleName())
			.from(remoteAddr(event.getAuthentication())));
	}

	private static String remoteAddr(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
