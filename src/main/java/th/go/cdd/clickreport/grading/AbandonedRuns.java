package th.go.cdd.clickreport.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Runs left STARTING, STARTED or STOPPING by a process that is gone (killed, out of memory, power
 * cut): {@link #recover()} marks each FAILED in the Spring Batch tables (the job execution and its
 * running step executions, partitions included) and in the run history, so that the next launch of
 * the month restarts it where it stopped. A run whose owner is alive is left alone. Called before
 * every launch (command line, schedule, pages and API) and when a server starts.
 */
@Component
public class AbandonedRuns {

	/** How the exit description of a run marked FAILED here begins (the pages translate it). */
	public static final String STOPPED = "its process stopped";

	private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

	private record Candidate(long id, RunOwner.Identity owner, Instant heartbeat) {
	}

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final RunOwner owner;

	private final AuditLog audit;

	private final Clock clock;

	AbandonedRuns(JdbcTemplate jdbc, JobRepository jobRepository, RunOwner owner, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.owner = owner;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Marks every abandoned run of the monthly job FAILED.
	 * @return the ids of the runs marked
	 */
	public List<Long> recover() {
		List<Candidate> running = jdbc.query("""
				SELECT e.JOB_EXECUTION_ID, r.owner_host, r.owner_pid, r.owner_started, r.heartbeat_at
				FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				LEFT JOIN grading_run r ON r.job_execution_id = e.JOB_EXECUTION_ID
				WHERE i.JOB_NAME = ? AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')
				ORDER BY e.JOB_EXECUTION_ID""", AbandonedRuns::candidate, MonthlyReportJobConfiguration.JOB_NAME);
		List<Long> marked = new ArrayList<>();
		for (Candidate run : running) {
			JobExecution execution = jobRepository.getJobExecution(run.id());
			if (execution == null || !execution.getStatus().isRunning()) {
				continue;
			}
			Instant lastSign = run.heartbeat() != null ? run.heartbeat() : lastTouched(execution);
			if (owner.isGone(run.owner(), lastSign) && markFailed(execution, why(run))) {
				marked.add(run.id());
			}
		}
		return marked;
	}

	/** The owner of a run as recorded, for a refusal that names it; null when none is. */
	String ownerOf(long executionId) {
		List<Candidate> rows = jdbc.query("""
				SELECT job_execution_id, owner_host, owner_pid, owner_started, heartbeat_at FROM grading_run
				WHERE job_execution_id = ?""", AbandonedRuns::candidate, executionId);
		return rows.isEmpty() || rows.get(0).owner() == null ? null : rows.get(0).owner().toString();
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		String host = rs.getString(2);
		long pid = rs.getLong(3);
		long started = rs.getLong(4);
		RunOwner.Identity identity = host == null ? null
				: new RunOwner.Identity(host, pid, rs.wasNull() || started < 0 ? null : started);
		return new Candidate(rs.getLong(1), identity, DbTime.instant(rs.getObject(5, LocalDateTime.class)));
	}

	private String why(Candidate run) {
		if (run.owner() == null) {
			return STOPPED + ": nothing has updated it for " + owner.timeout().toSeconds() + " s";
		}
		return STOPPED + " (" + run.owner() + ")";
	}

	/** The last time the run or one of its steps wrote to the job repository (Spring Batch's local time). */
	private static Instant lastTouched(JobExecution execution) {
		LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated()
				: execution.getCreateTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && (last == null || step.getLastUpdated().isAfter(last))) {
				last = step.getLastUpdated();
			}
		}
		return last == null ? null : last.atZone(ZoneId.systemDefault()).toInstant();
	}

	/** @return false when another process marked or ended it first */
	private boolean markFailed(JobExecution execution, String why) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		String month = execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH);
		try {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStatus().isRunning()) {
					step.setStatus(BatchStatus.FAILED);
					step.setEndTime(now);
					step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
					jobRepository.update(step);
				}
			}
			execution.setStatus(BatchStatus.FAILED);
			execution.setEndTime(now);
			execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
			jobRepository.update(execution);
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("Province {} month {} run {}: marked or ended by another process meanwhile", province, month,
					execution.getId());
			return false;
		}
		String at = DbTime.text(clock.instant());
		// a run killed before it listed itself gets its row, so that the next launch finds and restarts it
		if (!GradingRunListener.list(jdbc, execution.getId(), province, month, at, "FAILED", null)) {
			jdbc.update("UPDATE grading_run SET status = 'FAILED', finished_at = ? WHERE job_execution_id = ?", at,
					execution.getId());
		}
		else {
			jdbc.update("UPDATE grading_run SET finished_at = ? WHERE job_execution_id = ?", at, execution.getId());
		}
		audit.record(new AuditLog.Entry(AuditLog.SYSTEM, Action.RUN_RECOVERED, province,
				month == null ? null : YearMonth.parse(month), execution.getId(), why, null));
		log.warn("Province {} month {} run {}: {}; marked FAILED, it restarts where it stopped at its next launch",
				province, month, execution.getId(), why);
		return true;
	}

}
