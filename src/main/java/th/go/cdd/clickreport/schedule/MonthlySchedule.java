package th.go.cdd.clickreport.schedule;

import java.util.Date;

import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import th.go.cdd.clickreport.system.CronTriggers;

/**
 * Puts the monthly trigger into Quartz's store before the scheduler starts. A trigger
 * already stored with the same cron and zone is left as it is, so that a firing missed
 * while every server was down still fires once at start (misfire policy "fire once now");
 * a changed cron or zone replaces it.
 */
class MonthlySchedule implements SmartInitializingSingleton {

	static final JobKey JOB = JobKey.jobKey("monthlyReport", "click");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("monthlyReport", "click");

	private static final Logger log = LoggerFactory.getLogger(MonthlySchedule.class);

	private final Scheduler scheduler;

	private final ScheduleSettings settings;

	MonthlySchedule(Scheduler scheduler, ScheduleSettings settings) {
		this.scheduler = scheduler;
		this.settings = settings;
	}

	static JobDetail jobDetail() {
		return JobBuilder.newJob(MonthlyRunQuartzJob.class)
			.withIdentity(JOB)
			.withDescription("Grade the previous month of the scheduled provinces")
			.storeDurably()
			.build();
	}

	static CronTrigger trigger(ScheduleSettings settings) {
		return CronTriggers.cron(TRIGGER, JOB, settings.cron(), settings.zone());
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			register();
		}
		catch (SchedulerException first) {
			// Servers of a cluster starting at the same moment on a fresh database may
			// both store the job
			// or the trigger; the one that loses finds them there on a second look.
			log.info("Storing the monthly schedule met another server's doing the same ({}); looking again",
					first.getMessage());
			try {
				register();
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("The monthly schedule could not be stored: " + ex.getMessage(), ex);
			}
		}
	}

	void register() throws SchedulerException {
		CronTriggers.Stored stored = CronTriggers.store(scheduler, jobDetail(), trigger(settings));
		if (stored.replaced()) {
			log.info("Monthly schedule changed to '{}' ({})", settings.cron(), settings.zone());
		}
		Date next = stored.nextFireTime();
		log.info("Monthly run scheduled '{}' in {} for provinces {}; next at {}", settings.cron(), settings.zone(),
				settings.provinces(), next == null ? "-" : next.toInstant().atZone(settings.zone()));
	}

}
