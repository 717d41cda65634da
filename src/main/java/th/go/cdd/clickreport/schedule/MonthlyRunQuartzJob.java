package th.go.cdd.clickreport.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the monthly trigger does: grade the month before the one it fires in, for each
 * scheduled province in turn. The month comes from the trigger's scheduled fire time in
 * the schedule's zone (Asia/Bangkok), so a January firing grades December of the year
 * before. A firing that was missed while every server was down fires once at start; it
 * stands for the schedule's latest occurrence before that moment, whose month it grades
 * (down from the 15th of June to the 2nd of July, the server grades May, not June, whose
 * reports are not due yet). Quartz's cluster fires a trigger on one server only, and
 * never two of these at once.
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

	/**
	 * The month a run fired at {@code fireTime} grades: the previous month in
	 * {@code zone}.
	 */
	static YearMonth reportMonth(Instant fireTime, ZoneId zone) {
		return YearMonth.from(fireTime.atZone(zone)).minusMonths(1);
	}

	/**
	 * The occurrence of {@code cron} that a firing at {@code fireTime} stands for: the
	 * latest one at or before it (the fire time itself for a firing on time). Falls back
	 * to {@code fireTime} for an expression that fires too often to look back a year.
	 */
	static Instant occurrence(String cron, ZoneId zone, Instant fireTime) {
		CronExpression expression;
		try {
			expression = new CronExpression(cron);
		}
		catch (ParseException ex) {
			return fireTime;
		}
		expression.setTimeZone(TimeZone.getTimeZone(zone));
		Date limit = Date.from(fireTime.plusMillis(1));
		Date next = expression.getNextValidTimeAfter(Date.from(fireTime.minus(Duration.ofDays(400))));
		Date last = null;
		for (int i = 0; next != null && next.before(limit); i++) {
			if (i == 1000) {
				return fireTime;
			}
			last = next;
			next = expression.getNextValidTimeAfter(next);
		}
		return last == null ? fireTime : last.toInstant();
	}

	@Override
	public void execute(JobExecutionContext context) {
		Date scheduled = context.getScheduledFireTime() != null ? context.getScheduledFireTime()
				: context.getFireTime();
		Instant fireTime = scheduled.toInstant();
		YearMonth month = reportMonth(occurrence(settings.cron(), settings.zone(), fireTime), settings.zone());
		log.info("Monthly schedule fired (scheduled {}): month {} for provinces {}", fireTime, month,
				settings.provinces());
		for (String province : settings.provinces()) {
			runner.run(province, month, fireTime);
		}
	}

}
