package th.go.cdd.clickreport.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.user.ClickUser;
import th.go.cdd.clickreport.user.SignedInAccounts;

/**
 * On every request of a signed-in user, before anything is authorised: a session whose
 * account was removed, disabled, changed in role or limit, or given a new password ends
 * here (the request goes on as anonymous: the login page for a page, 401 for the API); a
 * user with a one-time password reaches only the change-password page (the API answers
 * 403 with a Thai sentence).
 */
class AccountStateFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccountStateFilter.class);

	static final String MUST_CHANGE = "ต้องเปลี่ยนรหัสผ่านครั้งแรกก่อนใช้งาน: เปิดหน้า /password หรือเรียก POST /api/users/me/password";

	private final SignedInAccounts accounts;

	private final AuditLog audit;

	AccountStateFilter(SignedInAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ClickUser user) {
			switch (accounts.check(user)) {
				case REVOKED -> {
					HttpSession session = request.getSession(false);
					if (session != null) {
						session.invalidate();
						audit.record(AuditLog.Entry.of(user.getUsername(), Action.SESSION_REVOKED)
							.detail("บัญชีถูกลบ ปิด หรือเปลี่ยนบทบาท/ขอบเขต/รหัสผ่าน")
							.from(request.getRemoteAddr()));
						log.info("Ended the session of '{}': the account changed or is gone", user.getUsername());
					}
					SecurityContextHolder.clearContext();
				}
				case MUST_CHANGE_PASSWORD -> {
					if (!allowedBeforeChange(path(request))) {
						refuse(request, response);
						return;
					}
				}
				case CURRENT -> {
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean allowedBeforeChange(String path) {
		return path.equals("/password") || path.equals("/api/users/me/password") || path.equals("/logout")
				|| path.equals("/login") || path.equals("/error") || path.equals("/favicon.ico")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/fonts/");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (path(request).startsWith("/api/") || path(request).startsWith("/actuator/")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"ต้องเปลี่ยนรหัสผ่าน\",\"status\":403,\"detail\":\""
						+ MUST_CHANGE + "\"}");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/password");
		}
	}

}
