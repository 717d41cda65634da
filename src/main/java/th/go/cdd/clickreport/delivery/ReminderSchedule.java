package th.go.cdd.clickreport.delivery;

import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Puts the reminders' trigger into Quartz's clustered store (as the monthly schedule does): the
 * configured days at the configured time in the configured zone. A stored trigger with the same cron
 * and zone is kept, so a firing missed while every server was down happens once at start.
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
			scheduler.addJob(JobBuilder.newJob(ReminderQuartzJob.class)
				.withIdentity(JOB)
				.withDescription("Remind districts that have not reported the previous month")
				.storeDurably()
				.build(), true);
			CronTrigger wanted = TriggerBuilder.newTrigger()
				.withIdentity(TRIGGER)
				.forJob(JOB)
				.withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
					.inTimeZone(TimeZone.getTimeZone(settings.zone()))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
			Trigger stored = scheduler.getTrigger(TRIGGER);
			if (stored == null) {
				try {
					scheduler.scheduleJob(wanted);
				}
				catch (ObjectAlreadyExistsException ex) {
					// another server of the cluster stored it at the same moment
				}
			}
			else if (!(stored instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
					&& cron.getTimeZone().getID().equals(wanted.getTimeZone().getID()))) {
				scheduler.rescheduleJob(TRIGGER, wanted);
			}
			Trigger now = scheduler.getTrigger(TRIGGER);
			Date next = now == null ? null : now.getNextFireTime();
			log.info("Reminders scheduled '{}' in {}; next at {}", settings.cron(), settings.zone(),
					next == null ? "-" : next.toInstant().atZone(settings.zone()));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("The reminder schedule could not be stored: " + ex.getMessage(), ex);
		}
	}

}
