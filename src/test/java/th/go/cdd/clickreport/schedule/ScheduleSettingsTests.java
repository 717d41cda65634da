package th.go.cdd.clickreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.support.SettingsBinding.bind;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleSettingsTests {

	@Test
	void withNothingSetTheRunIsAt1OnThe16thInBangkokForTheDefaultProvince() {
		ScheduleSettings settings = bind(ScheduleSettings.class);
		assertThat(settings).isEqualTo(new ScheduleSettings("0 0 1 16 * ?", ZoneId.of("Asia/Bangkok"), List.of()));
		assertThat(settings.orProvince("57").provinces()).containsExactly("57");
	}

	@Test
	void aCommaListOfProvincesIsTakenAsGiven() {
		ScheduleSettings settings = bind(ScheduleSettings.class, "click.schedule.provinces= 57, 50,",
				"click.schedule.cron= 0 30 2 1 * ? ", "click.schedule.zone=UTC");
		assertThat(settings.orProvince("10").provinces()).containsExactly("57", "50");
		assertThat(settings.cron()).isEqualTo("0 30 2 1 * ?");
		assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void aBadCronIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind(ScheduleSettings.class, "click.schedule.cron=every month"))
			.hasRootCauseMessage("click.schedule.cron is not a Quartz cron expression: every month");
	}

}
