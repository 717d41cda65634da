package th.go.cdd.clickreport.grading;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Starts {@code monthlyReportJob} for a province and month, whoever asks (command line,
 * schedule, admin): the first run of a month starts its job instance; a month whose last
 * run failed or was stopped is restarted where it stopped; a month already graded is
 * re-graded as a new instance (identifying {@code rerun} number), which replaces its
 * grades and outputs and keeps the history.
 */
@Service
public class MonthlyRunLauncher {

	/** How a launch ran its month, with the Thai words the pages show for it. */
	public enum Kind {

		FIRST_RUN("ประมวลผลครั้งแรก", "เริ่มประมวลผลเดือนนี้เป็นครั้งแรกแล้ว"),
		RESTART("ทำงานต่อจากครั้งที่ล้มเหลว", "ครั้งล่าสุดของเดือนนี้ล้มเหลว จึงเริ่มทำงานต่อจากจุดที่หยุด"),
		RERUN("ประมวลผลซ้ำ", "เริ่มประมวลผลซ้ำแล้ว ผลเดิมของเดือนนี้จะถูกแทนที่เมื่อเสร็จ (ประวัติยังอยู่)");

		private final String labelTh;

		private final String launchedTh;

		Kind(String labelTh, String launchedTh) {
			this.labelTh = labelTh;
			this.launchedTh = launchedTh;
		}

		public String labelTh() {
			return labelTh;
		}

		/** The sentence that tells whoever launched a run what it does. */
		public String launchedTh() {
			return launchedTh;
		}

	}

	public record Outcome(Kind kind, JobExecution execution) {
	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job monthlyReportJob;

	private final RubricRepository rubrics;

	private final RunRecords records;

	private final Areas areas;

	private final Clock clock;

	private final OutputLayout layout;

	private final AbandonedRuns abandoned;

	private final RunOwner owner;

	MonthlyRunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job monthlyReportJob,
			RubricRepository rubrics, RunRecords records, Areas areas, Clock clock, OutputLayout layout,
			AbandonedRuns abandoned, RunOwner owner) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.monthlyReportJob = monthlyReportJob;
		this.rubrics = rubrics;
		this.records = records;
		this.areas = areas;
		this.clock = clock;
		this.layout = layout;
		this.abandoned = abandoned;
		this.owner = owner;
	}

	/**
	 * Checks the request and says, in one sentence, why it cannot run.
	 * @param province a province code, a comma list of codes, or {@code all}
	 * @return the normal form of the province selection, which names the job instance
	 */
	public String check(String province, YearMonth month) {
		String selection = ProvinceSelection.normalise(province, areas);
		YearMonth current = YearMonth.now(clock.withZone(BangkokTime.ZONE));
		if (month.isAfter(current)) {
			throw new RunRequestException("The month " + month + " (" + ThaiFormat.month(month)
					+ ") is in the future: only a month that has begun can be graded.");
		}
		if (rubrics.findInForce(month).isEmpty()) {
			throw new RunRequestException(
					"No rubric is in force for " + month + " (" + ThaiFormat.month(month) + "); the earliest starts on "
							+ rubrics.earliestEffectiveFrom().map(Object::toString).orElse("-") + ".");
		}
		return selection;
	}

	/** The Thai name of a province code, or null when there is none. */
	public String provinceName(String province) {
		return areas.provinceName(province).orElse(null);
	}

	/** Runs the month synchronously on the caller's thread and returns how it ended. */
	public Outcome run(String provinces, YearMonth month) throws Exception {
		return launch(jobOperator, provinces, month);
	}

	/**
	 * Decides as {@link #run} does (first run, restart or re-run) and hands the execution
	 * to {@code operator}. With an operator on a task executor this returns as soon as
	 * the run exists in the job repository (status STARTING); its progress is then read
	 * from there.
	 * @param provinces a province code, a comma list of codes, or {@code all}
	 * @throws RunAlreadyRunningException when the month is running, or another request
	 * just started it
	 */
	public Outcome launch(JobOperator operator, String provinces, YearMonth month) throws Exception {
		String province = check(provinces, month);
		Outcome outcome = decideAndLaunch(operator, province, month);
		JobExecution execution = outcome.execution();
		if (execution.getStatus() == BatchStatus.STARTING) {
			recordWaiting(execution, province, month);
		}
		return outcome;
	}

	/**
	 * Lists a run that waits for a free worker in the run history (grading_run) at once,
	 * so that its page and the run list show it as waiting and a second request for the
	 * month is refused as running; {@link GradingRunListener} turns the row into the
	 * run's own when the job begins. A job that began already has its row.
	 */
	private void recordWaiting(JobExecution execution, String province, YearMonth month) {
		// false: the job has begun and listed itself
		records.add(execution.getId(), province, month.toString(), DbTime.text(clock.instant()), "STARTING",
				layout.root().toString());
		owner.claim(execution.getId());
	}

	private Outcome decideAndLaunch(JobOperator operator, String province, YearMonth month) throws Exception {
		// a run whose process is gone (killed, out of memory) is marked FAILED first:
		// then it is restarted
		// below like any failed run, and no longer blocks the month or overlapping
		// selections
		abandoned.recover();
		refuseOverlap(province, month);
		JobExecution last = lastExecution(province, month);
		try {
			if (last == null) {
				return new Outcome(Kind.FIRST_RUN, operator.start(monthlyReportJob, parameters(province, month, null)));
			}
			BatchStatus status = last.getStatus();
			if (status.isRunning()) {
				String by = abandoned.ownerOf(last.getId());
				throw new RunAlreadyRunningException("Province " + province + " month " + month
						+ " is already running (run " + last.getId() + (last.getStartTime() == null
								? ", waiting for a free worker" : ", started " + last.getStartTime())
						+ (by == null ? "" : ", by " + by) + ").");
			}
			if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
				return new Outcome(Kind.RESTART, operator.restart(last));
			}
			long rerun = instancesOf(province, month);
			return new Outcome(Kind.RERUN, operator.start(monthlyReportJob, parameters(province, month, rerun)));
		}
		catch (JobExecutionAlreadyRunningException | JobInstanceAlreadyCompleteException ex) {
			throw alreadyStarted(province, month);
		}
		catch (JobRestartException ex) {
			if (ex.getCause() instanceof JobExecutionAlreadyRunningException) {
				throw alreadyStarted(province, month);
			}
			throw ex;
		}
	}

	/**
	 * Refuses a run while another run of the month grades some of the same provinces
	 * under another selection (57 while all runs, 10,57 while 57 runs): both would
	 * replace the same grades and files.
	 */
	private void refuseOverlap(String province, YearMonth month) {
		Map<Long, String> overlapping = records.runningOverlaps(province, month.toString());
		if (!overlapping.isEmpty()) {
			Map.Entry<Long, String> run = overlapping.entrySet().iterator().next();
			throw new RunAlreadyRunningException("Province " + province + " month " + month + " overlaps run "
					+ run.getKey() + " (province " + run.getValue() + "), which is running or waiting to run: "
					+ "ask again when it has ended.");
		}
	}

	/**
	 * Another request created the same run between our look at the history and the start.
	 */
	private static RunAlreadyRunningException alreadyStarted(String province, YearMonth month) {
		return new RunAlreadyRunningException("Province " + province + " month " + month
				+ " is already running: another request has just started it.");
	}

	static JobParameters parameters(String province, YearMonth month, Long rerun) {
		JobParametersBuilder builder = new JobParametersBuilder()
			.addString(MonthlyReportJobConfiguration.PROVINCE, province)
			.addString(MonthlyReportJobConfiguration.MONTH, month.toString());
		if (rerun != null) {
			builder.addLong(MonthlyReportJobConfiguration.RERUN, rerun);
		}
		return builder.toJobParameters();
	}

	/** The latest run of this province and month, across its first run and re-runs. */
	JobExecution lastExecution(String province, YearMonth month) {
		return records.latest(province, month.toString()).map(jobRepository::getJobExecution).orElse(null);
	}

	private long instancesOf(String province, YearMonth month) {
		return records.instances(province, month.toString());
	}

}
