package th.go.cdd.clickreport.delivery;

import java.util.Date;

import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import org.quartz.JobDetail;
import th.go.cdd.clickreport.system.CronTriggers;

/**
 * Puts the reminders' trigger into Quartz's clustered store (as the monthly schedule
 * does): the configured days at the configured time in the configured zone. A stored
 * trigger with the same cron and zone is kept, so a firing missed while every server was
 * down happens once at start.
 */
class ReminderSchedule implements SmartInitializingSingleton {

	static final JobKey JOB = JobKey.jobKey("deliveryReminders", "click");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("deliveryReminders", "click");

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final Scheduler scheduler;

	private final ReminderSettings settings;

	ReminderSchedule(Scheduler scheduler, ReminderSettings settings) {
		this.scheduler = scheduler;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			JobDetail job = JobBuilder.newJob(ReminderQuartzJob.class)
				.withIdentity(JOB)
				.withDescription("Remind districts that have not reported the previous month")
				.storeDurably()
				.build();
			Date next = CronTriggers
				.store(scheduler, job, CronTriggers.cron(TRIGGER, JOB, settings.cron(), settings.zone()))
				.nextFireTime();
			log.info("Reminders scheduled '{}' in {}; next at {}", settings.cron(), settings.zone(),
					next == null ? "-" : next.toInstant().atZone(settings.zone()));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("The reminder schedule could not be stored: " + ex.getMessage(), ex);
		}
	}

}
