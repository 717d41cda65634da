package th.go.cdd.clickreport.grading;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.Ordered;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Keeps the record of each run ({@link RunRecords}): who ran which provinces and month,
 * when, how it ended and what the month's grades of those provinces came to.
 * <p>
 * Spring Batch stores a run's end before it calls the job's listeners, and calls their
 * {@code afterJob} in the reverse of their order. This one comes last in that order
 * ({@link Ordered#LOWEST_PRECEDENCE}; the job's other listeners are ordered before it
 * with {@link RunRecords#JOB_LISTENER_ORDER}), so its {@code afterJob} runs first: the
 * record is final before the others (delivery, metrics, clean-up) read it.
 */
class GradingRunListener implements JobExecutionListener, Ordered {

	private static final Logger log = LoggerFactory.getLogger(GradingRunListener.class);

	private final RunRecords records;

	private final Grades grades;

	private final Areas areas;

	private final Clock clock;

	private final String outputDir;

	private final RunOwner owner;

	GradingRunListener(RunRecords records, Grades grades, Areas areas, Clock clock, String outputDir, RunOwner owner) {
		this.records = records;
		this.grades = grades;
		this.areas = areas;
		this.clock = clock;
		this.outputDir = outputDir;
		this.owner = owner;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		String month = execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH);
		if (!records.add(execution.getId(), province, month, now(), "STARTED", outputDir)) {
			// listed while it waited for a worker (MonthlyRunLauncher): it starts now
			records.started(execution.getId(), now(), outputDir);
		}
		// this process runs it now (a restart may run in another process than the first
		// attempt)
		owner.claim(execution.getId());
		log.info("Province {} month {} run {}: started", province, month, execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		owner.release(execution.getId());
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		String month = execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH);
		// what the month's grades of the run's provinces came to (districts_graded: those
		// this run graded)
		List<String> provinces = ProvinceSelection.codes(province, areas);
		Grades.Totals totals = grades.totals(month, provinces);
		records.finished(execution.getId(), now(), execution.getStatus().name(),
				new RunRecords.Totals(totals.rubricId(), grades.gradedBy(execution.getId()), totals.level("A"),
						totals.level("B"), totals.level("C"), totals.level("D"), totals.notes()));
		log.info("Province {} month {} run {}: {}", province, month, execution.getId(), execution.getStatus());
	}

	private String now() {
		return DbTime.text(clock.instant());
	}

}
