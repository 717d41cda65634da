package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Guessing passwords is throttled per account and per client address, on HTTP Basic and
 * the form (issue #15.7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleIntegrationTests {

	static final String ADMIN = "chief";

	static final String PASSWORD = "chief-password-1";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, LoginThrottleIntegrationTests.class);
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> PASSWORD);
		// a first wait long enough that the 40 attempts surely fall into it on a busy
		// machine
		registry.add("click.security.login.first-delay", () -> "20s");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	HttpTestClient http;

	@BeforeEach
	void setUp() {
		throttle.reset();
		http = new HttpTestClient(port);
	}

	@Test
	void fortyWrongPasswordsOnBasicThenTheRightOneIsHeldBackWith429AndRetryAfter() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			statuses.add(http.get("/api/runs", ADMIN, "wrong-" + i).statusCode());
		}
		assertThat(statuses.subList(0, 5)).containsOnly(401);
		assertThat(statuses.subList(5, 40)).containsOnly(429);

		HttpResponse<String> right = http.get("/api/runs", ADMIN, PASSWORD);
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After"))
			.hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
		assertThat(right.body()).contains("โปรดลองใหม่ในอีก");
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'LOGIN_THROTTLED'",
						Integer.class, ADMIN))
			.isGreaterThanOrEqualTo(36);
		// the same account is held back on the form as well, and its name in another case
		// too
		assertThat(http.login(" CHIEF ", PASSWORD)).contains("/login?wait=");
		assertThat(http.get("/login?wait=20").body()).contains("โปรดลองใหม่ในอีก 20 วินาที");
	}

	@Test
	void wrongPasswordsOnTheFormAreThrottledTooAndTheWaitIsBounded() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(http.login(ADMIN, "wrong-" + i)).endsWith("/login?error");
		}
		assertThat(http.login(ADMIN, "wrong-again")).contains("/login?wait=");
		assertThat(http.login(ADMIN, PASSWORD)).contains("/login?wait=");
		// the account's wait is capped: a guesser cannot keep the real admin out for more
		// than a minute
		assertThat(LoginThrottle.delay(40, java.time.Duration.ofSeconds(20), java.time.Duration.ofMinutes(1)))
			.isEqualTo(java.time.Duration.ofMinutes(1));
	}

	@Test
	void oneClientGuessingManyAccountsIsHeldBackByItsAddress() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(http.get("/api/runs", "someone" + i, "wrong-password").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> next = http.get("/api/runs", ADMIN, PASSWORD);
		assertThat(next.statusCode()).isEqualTo(429);
		assertThat(next.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void aHundredAndOneCharacterUserNameIsA401AndAudited() throws Exception {
		String name = "u".repeat(101);
		HttpResponse<String> response = http.get("/api/runs", name, "whatever-password");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND username LIKE 'uuuuuuuuuu%'",
				Integer.class))
			.isPositive();
	}

}
