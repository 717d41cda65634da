package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Bounded back-off per account and per address, on a clock the test moves. */
class LoginThrottleTests {

	static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(5, 20, Duration.ofSeconds(1),
			Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));

	static class MovingClock extends Clock {

		Instant now = Instant.parse("2024-06-16T01:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final MovingClock clock = new MovingClock();

	final LoginThrottle throttle = new LoginThrottle(SETTINGS, clock);

	@Test
	void fiveFailuresAreFreeThenTheWaitDoublesUpToAMinute() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("Admin", "10.0.0.1");
		}
		assertThat(throttle.wait("admin", "10.0.0.2")).isZero();
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.wait("admin", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
		// the same name in another case is the same account
		assertThat(throttle.wait(" ADMIN ", "10.0.0.3")).isEqualTo(Duration.ofSeconds(1));
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.wait("admin", null)).isEqualTo(Duration.ofSeconds(2));
		for (int i = 0; i < 30; i++) {
			throttle.failed("admin", "10.0.0.1");
		}
		assertThat(throttle.wait("admin", null)).isEqualTo(Duration.ofMinutes(1));
		clock.now = clock.now.plusSeconds(61);
		assertThat(throttle.wait("admin", null)).isZero();
	}

	@Test
	void aCorrectPasswordClearsTheAccountButNotTheAddress() {
		for (int i = 0; i < 25; i++) {
			throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(throttle.wait("someone-else", "10.0.0.9")).isPositive();
		assertThat(throttle.wait("someone-else", "10.0.0.8")).isZero();
		for (int i = 0; i < 6; i++) {
			throttle.failed("somchai", "10.0.0.7");
		}
		throttle.succeeded("somchai");
		assertThat(throttle.wait("somchai", "10.0.0.6")).isZero();
		assertThat(throttle.wait("somchai", "10.0.0.9")).isPositive();
	}

	@Test
	void failuresAreForgottenAfterAQuietTime() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("admin", "10.0.0.1");
		}
		clock.now = clock.now.plus(Duration.ofMinutes(16));
		assertThat(throttle.wait("admin", "10.0.0.1")).isZero();
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.wait("admin", "10.0.0.1")).isZero();
	}

	@Test
	void theDelayNeverOverflows() {
		assertThat(LoginThrottle.delay(0, Duration.ofSeconds(1), Duration.ofMinutes(1)))
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(LoginThrottle.delay(5, Duration.ofSeconds(1), Duration.ofMinutes(1)))
			.isEqualTo(Duration.ofSeconds(32));
		assertThat(LoginThrottle.delay(1_000_000, Duration.ofSeconds(1), Duration.ofMinutes(1)))
			.isEqualTo(Duration.ofMinutes(1));
	}

}
