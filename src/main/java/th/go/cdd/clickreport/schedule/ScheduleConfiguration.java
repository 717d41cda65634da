package th.go.cdd.clickreport.schedule;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.go.cdd.clickreport.run.RunLaunches;

/**
 * The monthly schedule (server mode): Quartz, with its job store in the application's database and
 * clustered, fires {@link MonthlyRunQuartzJob}, which runs each scheduled province's previous month
 * through {@link RunLaunches}. Commands set {@code click.schedule.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "click.schedule.enabled", havingValue = "true", matchIfMissing = true)
class ScheduleConfiguration {

	@Bean
	ScheduleSettings scheduleSettings(@Value("${click.schedule.cron:0 0 1 16 * ?}") String cron,
			@Value("${click.schedule.zone:Asia/Bangkok}") String zone,
			@Value("${click.schedule.provinces:${click.default-province:57}}") String provinces) {
		List<String> list = Arrays.stream(provinces.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		return new ScheduleSettings(cron.strip(), ZoneId.of(zone.strip()), list);
	}

	@Bean
	ScheduledRunner scheduledRunner(RunLaunches launches) {
		return launches::runScheduled;
	}

	@Bean
	MonthlySchedule monthlySchedule(Scheduler scheduler, ScheduleSettings settings) {
		return new MonthlySchedule(scheduler, settings);
	}

}
