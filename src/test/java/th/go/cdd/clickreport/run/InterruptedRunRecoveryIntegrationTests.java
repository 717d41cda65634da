package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.grading.RunAlreadyRunningException;
import th.go.cdd.clickreport.system.DbTime;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * A run whose process is gone (this host: no such process; another host: no heartbeat) is
 * marked FAILED and can then be restarted; a run whose process is alive is left alone and
 * its month refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InterruptedRunRecoveryIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, InterruptedRunRecoveryIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
	}

	@Autowired
	InterruptedRunRecovery recovery;

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		SampleMonth.load(jdbc);
	}

	/**
	 * A run a test left going (its owner this process) is taken from another host long
	 * gone, and marked.
	 */
	@AfterEach
	void endRunsLeftGoing() {
		jdbc.update("UPDATE grading_run SET owner_host = 'gone.example', heartbeat_at = ? WHERE finished_at IS NULL",
				DbTime.text(Instant.now().minusSeconds(3600)));
		recovery.recover();
	}

	@Test
	void aRunWhoseProcessIsGoneIsMarkedFailedAndRestartsWhereItStopped() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		long id = interruptedRun(LocalDateTime.now());
		own(id, InetAddress.getLocalHost().getHostName(), gone.pid(),
				gone.info().startInstant().map(Instant::toEpochMilli).orElse(-1L), Instant.now());

		assertThat(recovery.recover()).containsExactly(id);

		JobExecution marked = jobRepository.getJobExecution(id);
		assertThat(marked.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(marked.getEndTime()).isNotNull();
		assertThat(marked.getExitStatus().getExitDescription()).isEqualTo(
				"its process stopped (process " + gone.pid() + " on " + InetAddress.getLocalHost().getHostName() + ")");
		assertThat(marked.getStepExecutions()).allSatisfy(step -> assertThat(step.getStatus().isRunning()).isFalse());
		assertThat(jdbc.queryForObject("SELECT status FROM grading_run WHERE job_execution_id = ?", String.class, id))
			.isEqualTo("FAILED");
		assertThat(jdbc.queryForObject(
				"SELECT username FROM audit_log WHERE action = 'RUN_RECOVERED' AND job_execution_id = ?", String.class,
				id))
			.isEqualTo("system");

		MonthlyRunLauncher.Outcome restart = launcher.run("57", MAY);
		assertThat(restart.kind()).isEqualTo(MonthlyRunLauncher.Kind.RESTART);
		assertThat(restart.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aRunWhoseProcessIsAliveIsLeftAloneAndTheMonthIsRefused() throws Exception {
		long id = interruptedRun(LocalDateTime.now().minusHours(1));
		ProcessHandle self = ProcessHandle.current();
		own(id, InetAddress.getLocalHost().getHostName(), self.pid(),
				self.info().startInstant().map(Instant::toEpochMilli).orElse(-1L), Instant.now().minusSeconds(3600));

		assertThat(recovery.recover()).isEmpty();
		assertThatThrownBy(() -> launcher.run("57", MAY)).isInstanceOf(RunAlreadyRunningException.class)
			.hasMessageContaining("is already running (run " + id)
			.hasMessageContaining("by process " + self.pid());
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.STARTED);
	}

	@Test
	void aProcessIdReusedByAnotherProcessDoesNotKeepTheRun() throws Exception {
		long id = interruptedRun(LocalDateTime.now());
		ProcessHandle self = ProcessHandle.current();
		long otherStart = self.info().startInstant().map(Instant::toEpochMilli).orElseThrow() - 3_600_000;
		own(id, InetAddress.getLocalHost().getHostName(), self.pid(), otherStart, Instant.now());

		assertThat(recovery.recover()).containsExactly(id);
	}

	@Test
	void aRunOfAnotherHostIsAbandonedOnlyWhenItsHeartbeatIsOlderThanTheTimeout() throws Exception {
		long id = interruptedRun(LocalDateTime.now());
		own(id, "another-host.example", 1, 1L, Instant.now().minusSeconds(60));
		assertThat(recovery.recover()).isEmpty();

		jdbc.update("UPDATE grading_run SET heartbeat_at = ? WHERE job_execution_id = ?",
				DbTime.text(Instant.now().minusSeconds(121)), id);
		assertThat(recovery.recover()).containsExactly(id);
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void aRunThatNamesNoOwnerIsAbandonedWhenNothingHasUpdatedItForTheTimeout() throws Exception {
		long id = interruptedRun(LocalDateTime.now());
		assertThat(recovery.recover()).isEmpty();

		LocalDateTime longAgo = LocalDateTime.now().minusMinutes(3);
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?",
				Timestamp.valueOf(longAgo), id);
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?",
				Timestamp.valueOf(longAgo), id);
		assertThat(recovery.recover()).containsExactly(id);
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	private void own(long id, String host, long pid, long started, Instant heartbeat) {
		jdbc.update("UPDATE grading_run SET owner_host = ?, owner_pid = ?, owner_started = ?, heartbeat_at = ? "
				+ "WHERE job_execution_id = ?", host, pid, started, DbTime.text(heartbeat), id);
	}

	/** A run of May as a server that died in its last step leaves it. */
	private long interruptedRun(LocalDateTime lastUpdated) throws Exception {
		long id = launcher.run("57", MAY).execution().getId();
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL, "
				+ "LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?", Timestamp.valueOf(lastUpdated), id);
		jdbc.update(
				"UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL, "
						+ "LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'gradesCsvStep'",
				Timestamp.valueOf(lastUpdated), id);
		jdbc.update(
				"UPDATE grading_run SET status = 'STARTED', finished_at = NULL, owner_host = NULL, heartbeat_at = NULL "
						+ "WHERE job_execution_id = ?",
				id);
		return id;
	}

}
