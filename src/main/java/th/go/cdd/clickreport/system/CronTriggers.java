package th.go.cdd.clickreport.system;

import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The schedules kept in Quartz's clustered store (the monthly run, the reminders): a cron
 * in a zone whose firing missed while every server was down happens once at start.
 */
public final class CronTriggers {

	private CronTriggers() {
	}

	/** A cron trigger of {@code job} in {@code zone}; a missed firing fires once now. */
	public static CronTrigger cron(TriggerKey key, JobKey job, String cron, ZoneId zone) {
		return TriggerBuilder.newTrigger()
			.withIdentity(key)
			.forJob(job)
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(TimeZone.getTimeZone(zone))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	/**
	 * Stores {@code job} and {@code wanted}. A trigger already stored with the same cron,
	 * zone and misfire policy is left as it is, so that a missed firing still fires; a
	 * changed one is replaced.
	 */
	public static Stored store(Scheduler scheduler, JobDetail job, CronTrigger wanted) throws SchedulerException {
		scheduler.addJob(job, true);
		Trigger stored = scheduler.getTrigger(wanted.getKey());
		boolean replaced = false;
		if (stored == null) {
			try {
				scheduler.scheduleJob(wanted);
			}
			catch (ObjectAlreadyExistsException ex) {
				// Another server of the cluster stored it at the same moment.
			}
		}
		else if (!same(stored, wanted)) {
			scheduler.rescheduleJob(wanted.getKey(), wanted);
			replaced = true;
		}
		Trigger now = scheduler.getTrigger(wanted.getKey());
		return new Stored(replaced, now == null ? null : now.getNextFireTime());
	}

	private static boolean same(Trigger stored, CronTrigger wanted) {
		return stored instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
				&& cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
				&& cron.getMisfireInstruction() == wanted.getMisfireInstruction();
	}

	/**
	 * @param replaced whether a trigger stored with another cron, zone or policy was
	 * replaced
	 * @param nextFireTime null when the trigger will not fire again
	 */
	public record Stored(boolean replaced, Date nextFireTime) {
	}

}
