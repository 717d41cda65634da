package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeliverySettingsTests {

	static DeliverySettings settings(Duration initial, Duration max) {
		return new DeliverySettings("click@cdd.go.th", "Click", 6, initial, max, Duration.ofMinutes(5),
				Duration.ofSeconds(30), 50, null);
	}

	@Test
	void theWaitDoublesAfterEachFailureUpToTheLongest() {
		DeliverySettings s = settings(Duration.ofMinutes(1), Duration.ofMinutes(10));
		assertThat(List.of(s.backoff(1), s.backoff(2), s.backoff(3), s.backoff(4), s.backoff(5), s.backoff(50)))
			.containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
					Duration.ofMinutes(10), Duration.ofMinutes(10));
	}

	@Test
	void remindersBecomeAQuartzCronOfTheirDaysAndTime() {
		assertThat(new ReminderSettings(true, List.of(14, 10), LocalTime.of(9, 0), ZoneId.of("Asia/Bangkok")).cron())
			.isEqualTo("0 0 9 10,14 * ?");
		assertThat(new ReminderSettings(true, List.of(5), LocalTime.of(8, 30), ZoneId.of("Asia/Bangkok")).cron())
			.isEqualTo("0 30 8 5 * ?");
		assertThatThrownBy(() -> new ReminderSettings(true, List.of(31), LocalTime.NOON, ZoneId.of("UTC")))
			.hasMessageContaining("1–28");
	}

}
