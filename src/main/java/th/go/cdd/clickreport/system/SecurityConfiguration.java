package th.go.cdd.clickreport.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.user.SignedInAccounts;

/**
 * Who may do what. The API ({@code /api/**}) and the actuator use HTTP Basic and no
 * session; the pages use a login form, a session and CSRF tokens on every form. ADMIN
 * launches, re-runs and restarts months and sees the audit log and users; VIEWER reads
 * runs and the PDF archive. {@code /actuator/health} is public, the other actuator
 * endpoints are for ADMIN.
 * <p>
 * Hardening (README "Security"): sign-ins are throttled per account and client address
 * ({@link LoginThrottleFilter}); a session ends at once when its account changes
 * ({@link AccountStateFilter}), and a one-time password must be changed first; every
 * answer carries a Content-Security-Policy without inline script or style, a
 * Referrer-Policy, and over HTTPS HSTS.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleSettings.class)
class SecurityConfiguration {

	/**
	 * Scripts, styles, fonts and images from this server only: no inline script or style,
	 * no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String ADMIN = "ADMIN";

	static final String VIEWER = "VIEWER";

	static final String REPORTER = "REPORTER";

	@Bean
	PasswordEncoder passwordEncoder() {
		// the API checks a password on every request (HTTP Basic, no session): recent
		// matches are remembered
		return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(), java.time.Clock.systemUTC());
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain apiSecurity(HttpSecurity http, SignedInAccounts accounts, LoginThrottle throttle,
			AuditLog audit) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/users/me/password")
				.authenticated()
				// online reporting (SPEC §9): district officers too; OnlineReports checks
				// each one's limit
				.requestMatchers(HttpMethod.GET, "/api/submissions", "/api/submissions/**")
				.hasAnyRole(ADMIN, VIEWER, REPORTER)
				.requestMatchers("/api/submissions/**")
				.hasAnyRole(ADMIN, REPORTER)
				// a district's officer reads their own reports and PDFs, not the
				// province's runs
				.requestMatchers(HttpMethod.GET, "/api/runs", "/api/runs/**")
				.hasAnyRole(ADMIN, VIEWER)
				.requestMatchers(HttpMethod.HEAD, "/api/runs", "/api/runs/**")
				.hasAnyRole(ADMIN, VIEWER)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(ADMIN, VIEWER, REPORTER)
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.hasAnyRole(ADMIN, VIEWER, REPORTER)
				.anyRequest()
				.hasRole(ADMIN))
			.httpBasic(Customizer.withDefaults())
			.addFilterBefore(new LoginThrottleFilter(throttle, audit), BasicAuthenticationFilter.class)
			.addFilterBefore(new AccountStateFilter(accounts, audit), AnonymousAuthenticationFilter.class)
			.headers(SecurityConfiguration::headers)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookies authenticate the API and POST /api/runs takes only
			// application/json, which a
			// page on another site cannot send without the browser asking first: no CSRF
			// token needed.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain pageSecurity(HttpSecurity http, SignedInAccounts accounts, LoginThrottle throttle,
			AuditLog audit) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/login", "/css/**", "/js/**", "/fonts/**", "/favicon.ico", "/error")
					.permitAll()
					.requestMatchers("/password")
					.authenticated()
					.requestMatchers("/audit", "/audit/**", "/users", "/users/**")
					.hasRole(ADMIN)
					.requestMatchers("/memo-settings", "/memo-settings/**")
					.hasRole(ADMIN)
					.requestMatchers("/recipients", "/recipients/**")
					.hasRole(ADMIN)
					.requestMatchers(HttpMethod.POST, "/runs", "/runs/**")
					.hasRole(ADMIN)
					// Online reporting pages (SPEC §9): the district's form, and the
					// province's follow-up; who
					// may see which district or province is checked again by the pages
					// themselves.
					.requestMatchers("/reports/import")
					.hasRole(ADMIN)
					.requestMatchers(HttpMethod.GET, "/", "/report", "/report/**")
					.hasAnyRole(ADMIN, VIEWER, REPORTER)
					.requestMatchers("/report/**")
					.hasAnyRole(ADMIN, REPORTER)
					.requestMatchers(HttpMethod.GET, "/runs", "/runs/**")
					.hasAnyRole(ADMIN, VIEWER)
					.requestMatchers(HttpMethod.GET, "/**")
					.hasAnyRole(ADMIN, VIEWER, REPORTER)
					.anyRequest()
					.hasRole(ADMIN))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountStateFilter(accounts, audit), AnonymousAuthenticationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * Spring Security's defaults (nosniff, frame denial, no caching, HSTS over HTTPS) and
	 * CSP and Referrer-Policy.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
