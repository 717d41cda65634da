package th.go.cdd.clickreport.delivery;

import java.time.LocalDate;
import java.util.Date;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the reminder trigger does: reminds, for the day it was scheduled for (in the
 * reminders' zone), the districts that have not reported the previous month. Quartz's
 * cluster fires it on one server; were it fired twice, the message keys still allow one
 * reminder per district, address and day.
 */
@DisallowConcurrentExecution
class ReminderQuartzJob implements Job {

	private final ObjectProvider<Reminders> reminders;

	private final ReminderSettings settings;

	/**
	 * Reminders are absent when mail is not configured (a trigger stored while it was
	 * stays behind).
	 */
	ReminderQuartzJob(ObjectProvider<Reminders> reminders, ReminderSettings settings) {
		this.reminders = reminders;
		this.settings = settings;
	}

	@Override
	public void execute(JobExecutionContext context) {
		Date scheduled = context.getScheduledFireTime() != null ? context.getScheduledFireTime()
				: context.getFireTime();
		Reminders available = reminders.getIfAvailable();
		if (available == null || !settings.enabled()) {
			return;
		}
		available.remind(LocalDate.ofInstant(scheduled.toInstant(), settings.zone()));
	}

}
