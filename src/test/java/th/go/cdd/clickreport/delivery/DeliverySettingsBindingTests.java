package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DeliverySettingsBindingTests {

	@Test
	void withNothingSetTheDefaultsHold() {
		DeliverySettings delivery = bind(DeliverySettings.class);
		assertThat(delivery).isEqualTo(new DeliverySettings("click-report@localhost", "ระบบรายงานผล Click ชุมชน", 6,
				Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofSeconds(30), 50, null));
		ReminderSettings reminders = bind(ReminderSettings.class);
		assertThat(reminders.enabled()).isTrue();
		assertThat(reminders.days()).containsExactly(10, 14);
		assertThat(reminders.time()).isEqualTo(LocalTime.of(9, 0));
		assertThat(reminders.zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
	}

	@Test
	void aSettingOverridesItsDefault() {
		DeliverySettings delivery = bind(DeliverySettings.class, "click.delivery.send=true",
				"click.delivery.retry-max=30m");
		assertThat(delivery.send()).isTrue();
		assertThat(delivery.retryMax()).isEqualTo(Duration.ofMinutes(30));
		assertThat(bind(ReminderSettings.class, "click.reminders.days=1,15").days()).containsExactly(1, 15);
	}

	@Test
	void aDayNotEveryMonthHasIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind(ReminderSettings.class, "click.reminders.days=10,30"))
			.hasRootCauseMessage("click.reminders.days: 30 is not a day every month has (1–28)");
	}

}
