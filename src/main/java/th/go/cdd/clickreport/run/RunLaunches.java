package th.go.cdd.clickreport.run;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.grading.RunAlreadyRunningException;
import th.go.cdd.clickreport.grading.RunRecords;
import th.go.cdd.clickreport.grading.RunRequestException;

/**
 * Launches months for people and for the schedule, through {@link MonthlyRunLauncher}
 * (first run, restart or re-run as it decides), and writes who asked to the audit log. An
 * admin's request runs on a small bounded pool so the request returns at once with the
 * run id; the schedule runs its months one after another on its own thread.
 */
@Service
@EnableConfigurationProperties(RunLaunchSettings.class)
public class RunLaunches implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunLaunches.class);

	/**
	 * What a launch request led to: the run to follow, and whether it is a first run,
	 * restart or re-run.
	 */
	public record Started(long runId, MonthlyRunLauncher.Kind kind, String status) {
	}

	private final MonthlyRunLauncher launcher;

	private final AuditLog audit;

	private final RunRecords records;

	private final Clock clock;

	private final ThreadPoolTaskExecutor workers;

	private final JobOperator background;

	RunLaunches(MonthlyRunLauncher launcher, AuditLog audit, RunRecords records, Clock clock,
			JobRepository jobRepository, @Qualifier("monthlyReportJob") Job monthlyReportJob,
			RunLaunchSettings settings) throws Exception {
		this.launcher = launcher;
		this.audit = audit;
		this.records = records;
		this.clock = clock;
		this.workers = new ThreadPoolTaskExecutor();
		workers.setThreadNamePrefix("run-");
		workers.setCorePoolSize(settings.threads());
		workers.setMaxPoolSize(settings.threads());
		workers.setQueueCapacity(settings.queue());
		// A run in progress finishes on a normal shutdown (up to a minute); one cut off
		// is marked at next start.
		workers.setWaitForTasksToCompleteOnShutdown(true);
		workers.setAwaitTerminationSeconds(60);
		workers.initialize();
		// Not a bean: Boot's own (synchronous) JobOperator stays the one that commands
		// and tests use.
		TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
		operator.setJobRepository(jobRepository);
		MapJobRegistry jobs = new MapJobRegistry();
		jobs.register(monthlyReportJob);
		operator.setJobRegistry(jobs);
		operator.setTaskExecutor(workers);
		operator.afterPropertiesSet();
		this.background = operator;
	}

	/**
	 * Starts the month in the background and returns at once.
	 * @throws RunAlreadyRunningException when the month is running
	 * @throws RunRequestException with the launcher's sentence when the request cannot
	 * run
	 * @throws RunQueueFullException when every worker is busy and the line is full
	 */
	public Started start(String province, YearMonth month, String user, String remoteAddr) {
		Instant at = clock.instant();
		try {
			launcher.check(province, month);
			if (workers.getThreadPoolExecutor().getQueue().remainingCapacity() == 0) {
				throw new RunQueueFullException("All " + workers.getMaxPoolSize() + " workers are busy and "
						+ workers.getQueueCapacity() + " runs are waiting; ask again when one has ended.");
			}
			MonthlyRunLauncher.Outcome outcome = launcher.launch(background, province, month);
			long runId = outcome.execution().getId();
			audit.record(at,
					new AuditLog.Entry(user, action(outcome.kind()), province, month, runId, null, remoteAddr));
			log.info("Province {} month {} run {}: {} asked by {}", province, month, runId, outcome.kind(), user);
			return new Started(runId, outcome.kind(), outcome.execution().getStatus().name());
		}
		catch (RunRequestException | RunQueueFullException ex) {
			audit.record(at,
					new AuditLog.Entry(user, Action.RUN_REFUSED, province, month, null, ex.getMessage(), remoteAddr));
			log.info("Province {} month {}: run asked by {} refused: {}", province, month, user, ex.getMessage());
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Province " + province + " month " + month + " could not be started: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The schedule's run of a month, on the caller's thread. A month that a run already
	 * began after {@code fireTime} is skipped, so a trigger that fires twice cannot grade
	 * it twice (a second line of defence behind Quartz's cluster; run times are compared
	 * to the second, as MySQL Connector/J stores them on MariaDB).
	 * @return whether the month was run
	 */
	public boolean runScheduled(String province, YearMonth month, Instant fireTime) {
		Instant at = clock.instant();
		if (records.startedSince(province, month.toString(), fireTime)) {
			log.info("Province {} month {}: already run since the schedule fired at {}; skipped", province, month,
					fireTime);
			return false;
		}
		try {
			MonthlyRunLauncher.Outcome outcome = launcher.run(province, month);
			long runId = outcome.execution().getId();
			audit.record(at, new AuditLog.Entry(AuditLog.SCHEDULER, action(outcome.kind()), province, month, runId,
					"ตามกำหนดเวลา " + fireTime, null));
			log.info("Province {} month {} run {}: scheduled {} ended {}", province, month, runId, outcome.kind(),
					outcome.execution().getStatus());
			return true;
		}
		catch (RunRequestException ex) {
			audit.record(at, new AuditLog.Entry(AuditLog.SCHEDULER, Action.RUN_REFUSED, province, month, null,
					ex.getMessage(), null));
			log.error("Province {} month {}: the scheduled run was refused: {}", province, month, ex.getMessage());
			return false;
		}
		catch (Exception ex) {
			log.error("Province {} month {}: the scheduled run could not be started", province, month, ex);
			return false;
		}
	}

	/** Runs waiting for a free worker. */
	int waiting() {
		return workers.getThreadPoolExecutor().getQueue().size();
	}

	private static Action action(MonthlyRunLauncher.Kind kind) {
		return switch (kind) {
			case FIRST_RUN -> Action.RUN;
			case RESTART -> Action.RESTART;
			case RERUN -> Action.RERUN;
		};
	}

	@Override
	public void destroy() {
		workers.shutdown();
	}

}
