package th.go.cdd.clickreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.JobExecutionContext;

/** Which month a firing grades, and what the trigger looks like. */
class MonthlyRunQuartzJobTests {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	@Test
	void gradesThePreviousMonthOfTheFireTimeInBangkok() {
		Instant fired = ZonedDateTime.of(2024, 6, 16, 1, 0, 0, 0, BANGKOK).toInstant();
		assertThat(MonthlyRunQuartzJob.reportMonth(fired, BANGKOK)).isEqualTo(YearMonth.of(2024, 5));
	}

	@Test
	void januaryGradesDecemberOfTheYearBefore() {
		Instant fired = ZonedDateTime.of(2025, 1, 16, 1, 0, 0, 0, BANGKOK).toInstant();
		assertThat(MonthlyRunQuartzJob.reportMonth(fired, BANGKOK)).isEqualTo(YearMonth.of(2024, 12));
	}

	@Test
	void theMonthIsTakenInBangkokNotInUtc() {
		// 1 March 00:30 in Bangkok is still 28 February in UTC: Bangkok's month decides.
		Instant fired = ZonedDateTime.of(2024, 3, 1, 0, 30, 0, 0, BANGKOK).toInstant();
		assertThat(MonthlyRunQuartzJob.reportMonth(fired, BANGKOK)).isEqualTo(YearMonth.of(2024, 2));
		assertThat(MonthlyRunQuartzJob.reportMonth(fired, ZoneId.of("UTC"))).isEqualTo(YearMonth.of(2024, 1));
	}

	@Test
	void aFiringMissedWhileTheServersWereDownGradesTheMonthOfTheOccurrenceItStandsFor() {
		// Due on 16 June 01:00, fired at start on 2 July: it stands for 16 June, so it
		// grades May.
		Instant late = ZonedDateTime.of(2024, 7, 2, 9, 0, 0, 0, BANGKOK).toInstant();
		Instant occurrence = MonthlyRunQuartzJob.occurrence("0 0 1 16 * ?", BANGKOK, late);
		assertThat(occurrence).isEqualTo(ZonedDateTime.of(2024, 6, 16, 1, 0, 0, 0, BANGKOK).toInstant());
		assertThat(MonthlyRunQuartzJob.reportMonth(occurrence, BANGKOK)).isEqualTo(YearMonth.of(2024, 5));
		// On time, the occurrence is the fire time itself.
		Instant onTime = ZonedDateTime.of(2025, 1, 16, 1, 0, 0, 0, BANGKOK).toInstant();
		assertThat(MonthlyRunQuartzJob.occurrence("0 0 1 16 * ?", BANGKOK, onTime)).isEqualTo(onTime);
		// An expression firing every second is not searched back a year.
		assertThat(MonthlyRunQuartzJob.occurrence("* * * * * ?", BANGKOK, late)).isEqualTo(late);
	}

	@Test
	void runsEachScheduledProvinceForTheMonthOfTheScheduledFireTime() {
		List<String> runs = new ArrayList<>();
		ScheduleSettings settings = new ScheduleSettings("0 0 1 16 * ?", BANGKOK, List.of("57", "50"));
		MonthlyRunQuartzJob job = new MonthlyRunQuartzJob(settings,
				(province, month, fireTime) -> runs.add(province + " " + month + " " + fireTime));
		JobExecutionContext context = mock(JobExecutionContext.class);
		Instant scheduled = ZonedDateTime.of(2025, 1, 16, 1, 0, 0, 0, BANGKOK).toInstant();
		given(context.getScheduledFireTime()).willReturn(Date.from(scheduled));
		given(context.getFireTime()).willReturn(Date.from(scheduled.plusSeconds(3)));

		job.execute(context);

		assertThat(runs).containsExactly("57 2024-12 " + scheduled, "50 2024-12 " + scheduled);
	}

	@Test
	void theTriggerFiresAt0100OnThe16thInBangkokAndFiresOnceWhenMissed() throws Exception {
		CronTrigger trigger = MonthlySchedule.trigger(new ScheduleSettings("0 0 1 16 * ?", BANGKOK, List.of("57")));
		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
		assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Bangkok");
		CronExpression cron = new CronExpression(trigger.getCronExpression());
		cron.setTimeZone(trigger.getTimeZone());
		Date next = cron
			.getNextValidTimeAfter(Date.from(ZonedDateTime.of(2024, 12, 20, 0, 0, 0, 0, BANGKOK).toInstant()));
		assertThat(next.toInstant().atZone(BANGKOK)).isEqualTo(ZonedDateTime.of(2025, 1, 16, 1, 0, 0, 0, BANGKOK));
	}

}
