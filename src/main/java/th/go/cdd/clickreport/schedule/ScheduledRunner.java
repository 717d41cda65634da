package th.go.cdd.clickreport.schedule;

import java.time.Instant;
import java.time.YearMonth;

/** Runs one province's month for the schedule, on the caller's thread. */
@FunctionalInterface
interface ScheduledRunner {

	void run(String province, YearMonth month, Instant fireTime);

}
