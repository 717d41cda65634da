package th.go.cdd.clickreport.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. The API ({@code /api/**}) and the actuator use HTTP Basic and no session; the
 * pages use a login form, a session and CSRF tokens on every form. ADMIN launches, re-runs and
 * restarts months and sees the audit log and users; VIEWER reads runs and the PDF archive.
 * {@code /actuator/health} is public, the other actuator endpoints are for ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String ADMIN = "ADMIN";

	static final String VIEWER = "VIEWER";

	@Bean
	PasswordEncoder passwordEncoder() {
		// the API checks a password on every request (HTTP Basic, no session): recent matches are remembered
		return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(), java.time.Clock.systemUTC());
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(ADMIN)
				// online reporting (SPEC §9): district officers too; OnlineReports checks each one's limit
				.requestMatchers(HttpMethod.GET, "/api/submissions", "/api/submissions/**")
				.hasAnyRole(ADMIN, VIEWER, "REPORTER")
				.requestMatchers("/api/submissions/**").hasAnyRole(ADMIN, "REPORTER")
				.requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ADMIN, VIEWER)
				.requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(ADMIN, VIEWER)
				.anyRequest().hasRole(ADMIN))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookies authenticate the API and POST /api/runs takes only application/json, which a
			// page on another site cannot send without the browser asking first: no CSRF token needed.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/fonts/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/audit", "/audit/**", "/users", "/users/**").hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/runs", "/runs/**").hasRole(ADMIN)
				.requestMatchers(HttpMethod.GET, "/**").hasAnyRole(ADMIN, VIEWER)
				.anyRequest().hasRole(ADMIN))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
