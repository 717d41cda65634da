package th.go.cdd.clickreport.schedule;

import org.quartz.Scheduler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import th.go.cdd.clickreport.run.RunLaunches;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * The monthly schedule (server mode): Quartz, with its job store in the application's
 * database and clustered, fires {@link MonthlyRunQuartzJob}, which runs each scheduled
 * province's previous month through {@link RunLaunches}. Commands set
 * {@code click.schedule.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "click.schedule.enabled", havingValue = "true", matchIfMissing = true)
class ScheduleConfiguration {

	/** {@code click.schedule.*}, its provinces defaulting to the default province. */
	@Bean
	ScheduleSettings scheduleSettings(Environment environment, ClickSettings click) {
		return Binder.get(environment)
			.bindOrCreate("click.schedule", ScheduleSettings.class)
			.orProvince(click.defaultProvince());
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
