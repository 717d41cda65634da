package th.go.cdd.clickreport.grading;

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
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Runs left STARTING, STARTED or STOPPING by a process that is gone (killed, out of
 * memory, power cut): {@link #recover()} marks each FAILED in the Spring Batch tables
 * (the job execution and its running step executions, partitions included) and in the run
 * history, so that the next launch of the month restarts it where it stopped. A run whose
 * owner is alive is left alone. Called before every launch (command line, schedule, pages
 * and API) and when a server starts.
 */
@Component
public class AbandonedRuns {

	/**
	 * How the exit description of a run marked FAILED here begins (the pages translate
	 * it).
	 */
	public static final String STOPPED = "its process stopped";

	private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

	private record Candidate(long id, RunOwner.Identity owner, Instant heartbeat) {
	}

	private final RunRecords records;

	private final JobRepository jobRepository;

	private final RunOwner owner;

	private final AuditLog audit;

	private final Clock clock;

	AbandonedRuns(RunRecords records, JobRepository jobRepository, RunOwner owner, AuditLog audit, Clock clock) {
		this.records = records;
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
		List<Candidate> running = records.runningOwners(MonthlyReportJobConfiguration.JOB_NAME)
			.stream()
			.map(AbandonedRuns::candidate)
			.toList();
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
		closeUnrecorded();
		return marked;
	}

	/**
	 * Ends the record of a run whose process stopped between Spring Batch's end of the
	 * run and the record's (the run pages show a run as finishing until its record has
	 * ended).
	 */
	private void closeUnrecorded() {
		for (RunRecords.Owner recorded : records.endedUnrecorded()) {
			Candidate run = candidate(recorded);
			if (owner.isGone(run.owner(), run.heartbeat())) {
				records.abandoned(run.id(), DbTime.text(clock.instant()), false);
				log.warn("Run {}: its process stopped while it recorded the run's end; the record is closed", run.id());
			}
		}
	}

	/** The owner of a run as recorded, for a refusal that names it; null when none is. */
	String ownerOf(long executionId) {
		return records.owner(executionId)
			.map(AbandonedRuns::candidate)
			.map(Candidate::owner)
			.map(RunOwner.Identity::toString)
			.orElse(null);
	}

	private static Candidate candidate(RunRecords.Owner recorded) {
		RunOwner.Identity identity = recorded.host() == null ? null
				: new RunOwner.Identity(recorded.host(), recorded.pid(), recorded.started());
		return new Candidate(recorded.id(), identity, recorded.heartbeat());
	}

	private String why(Candidate run) {
		if (run.owner() == null) {
			return STOPPED + ": nothing has updated it for " + owner.timeout().toSeconds() + " s";
		}
		return STOPPED + " (" + run.owner() + ")";
	}

	/**
	 * The last time the run or one of its steps wrote to the job repository (Spring
	 * Batch's local time).
	 */
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

	/**
	 * @return false when another process marked or ended it first
	 */
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
		// a run killed before it listed itself gets its row, so that the next launch
		// finds and restarts it
		boolean listedNow = records.add(execution.getId(), province, month, at, "FAILED", null);
		records.abandoned(execution.getId(), at, !listedNow);
		audit.record(new AuditLog.Entry(AuditLog.SYSTEM, Action.RUN_RECOVERED, province,
				month == null ? null : YearMonth.parse(month), execution.getId(), why, null));
		log.warn("Province {} month {} run {}: {}; marked FAILED, it restarts where it stopped at its next launch",
				province, month, execution.getId(), why);
		return true;
	}

}
