package th.go.cdd.clickreport.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;

/**
 * Holds back a sign-in (the login form's POST, or any request with HTTP Basic
 * credentials) while its account or client address must wait ({@link LoginThrottle}): the
 * API answers 429 with Retry-After and a Thai sentence, the login form comes back with
 * the wait shown. The password is not even checked. Every refusal is audited.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean form = "POST".equals(request.getMethod()) && path.equals("/login");
		String username = form ? request.getParameter("username") : basicUsername(request);
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		Duration wait = throttle.wait(username, request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		audit.record(AuditLog.Entry.of(username.isBlank() ? "-" : username, Action.LOGIN_THROTTLED)
			.detail("รอ " + seconds + " วินาที")
			.from(request.getRemoteAddr()));
		response.setHeader("Retry-After", Long.toString(seconds));
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
			return;
		}
		response.setStatus(429);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"เข้าสู่ระบบผิดหลายครั้ง\",\"status\":429,\"detail\":\""
					+ "ใส่รหัสผ่านผิดหลายครั้ง โปรดลองใหม่ในอีก " + seconds + " วินาที\"}");
	}

	/**
	 * The user name of HTTP Basic credentials, or null when there are none (or they do
	 * not decode).
	 */
	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
