package th.go.cdd.clickreport.run;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;

/**
 * At start, before the schedule can fire: a run still marked STARTING/STARTED/STOPPING that began
 * before this JVM did was cut off when a server stopped; it is marked FAILED ("the server stopped
 * while it ran") with an end time, so that it can be restarted where it stopped. With
 * {@code click.recover-on-start=true} (one server) every such run is marked; with {@code false}
 * (several servers on one database, and commands) only runs that nothing has updated for
 * {@code click.recover-stale-after}, since another server may still be running the others.
 */
@Component
class InterruptedRunRecovery implements SmartInitializingSingleton {

	static final String EXIT_MESSAGE = "the server stopped while it ran";

	private static final Logger log = LoggerFactory.getLogger(InterruptedRunRecovery.class);

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final AuditLog audit;

	private final Clock clock;

	private final String jobName;

	private final boolean recoverAll;

	private final Duration staleAfter;

	InterruptedRunRecovery(JdbcTemplate jdbc, JobRepository jobRepository, AuditLog audit, Clock clock,
			@Qualifier("monthlyReportJob") Job monthlyReportJob,
			@Value("${click.recover-on-start:true}") boolean recoverAll,
			@Value("${click.recover-stale-after:10m}") Duration staleAfter) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.audit = audit;
		this.clock = clock;
		this.jobName = monthlyReportJob.getName();
		this.recoverAll = recoverAll;
		this.staleAfter = staleAfter;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		recover(jvmStart, recoverAll);
	}

	/**
	 * Marks the interrupted runs created before {@code before}; all of them, or only the stale ones.
	 * @return the ids of the runs marked FAILED
	 */
	List<Long> recover(Instant before, boolean all) {
		ZoneId local = ZoneId.systemDefault();
		LocalDateTime createdBefore = LocalDateTime.ofInstant(before, local);
		LocalDateTime staleBefore = LocalDateTime.ofInstant(clock.instant().minus(staleAfter), local);
		List<Long> marked = new ArrayList<>();
		List<Long> candidates = jdbc.queryForList("""
				SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = ? AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') AND e.CREATE_TIME < ?
				ORDER BY e.JOB_EXECUTION_ID""", Long.class, jobName, Timestamp.valueOf(createdBefore));
		for (Long id : candidates) {
			JobExecution execution = jobRepository.getJobExecution(id);
			if (execution == null || !execution.getStatus().isRunning()) {
				continue;
			}
			if (!all && lastTouched(execution).isAfter(staleBefore)) {
				continue;
			}
			markFailed(execution);
			marked.add(id);
		}
		return marked;
	}

	/** The last time the run or one of its steps wrote to the job repository. */
	private static LocalDateTime lastTouched(JobExecution execution) {
		LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated()
				: execution.getCreateTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && step.getLastUpdated().isAfter(last)) {
				last = step.getLastUpdated();
			}
		}
		return last;
	}

	private void markFailed(JobExecution execution) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setEndTime(now);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(EXIT_MESSAGE));
				jobRepository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setEndTime(now);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(EXIT_MESSAGE));
		jobRepository.update(execution);
		jdbc.update("UPDATE grading_run SET status = 'FAILED', finished_at = ? WHERE job_execution_id = ?",
				Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)), execution.getId());
		String province = execution.getJobParameters().getString(RunHistory.PROVINCE);
		String month = execution.getJobParameters().getString(RunHistory.MONTH);
		audit.record(new AuditLog.Entry(AuditLog.SYSTEM, Action.RUN_RECOVERED, province,
				month == null ? null : YearMonth.parse(month), execution.getId(), EXIT_MESSAGE, null));
		log.warn("Province {} month {} run {}: marked FAILED ({}); restart it from its page or run the month again",
				province, month, execution.getId(), EXIT_MESSAGE);
	}

}
