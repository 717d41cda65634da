package th.go.cdd.clickreport.schedule;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the monthly trigger does: grade the month before the one it fires in, for each scheduled
 * province in turn. The month comes from the trigger's scheduled fire time in the schedule's zone
 * (Asia/Bangkok), so a January firing grades December of the year before. Quartz's cluster fires a
 * trigger on one server only, and never two of these at once.
 */
@DisallowConcurrentExecution
class MonthlyRunQuartzJob implements Job {

	private static final Logger log = LoggerFactory.getLogger(MonthlyRunQuartzJob.class);

	private final ScheduleSettings settings;

	private final ScheduledRunner runner;

	MonthlyRunQuartzJob(ScheduleSettings settings, ScheduledRunner runner) {
		this.settings = settings;
		this.runner = runner;
	}

	/** The month a run fired at {@code fireTime} grades: the previous month in {@code zone}. */
	static YearMonth reportMonth(Instant fireTime, ZoneId zone) {
		return YearMonth.from(fireTime.atZone(zone)).minusMonths(1);
	}

	@Override
	public void execute(JobExecutionContext context) {
		Date scheduled = context.getScheduledFireTime() != null ? context.getScheduledFireTime()
				: context.getFireTime();
		Instant fireTime = scheduled.toInstant();
		YearMonth month = reportMonth(fireTime, settings.zone());
		log.info("Monthly schedule fired (scheduled {}): month {} for provinces {}", fireTime, month,
				settings.provinces());
		for (String province : settings.provinces()) {
			runner.run(province, month, fireTime);
		}
	}

}
