package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.nio.file.Path;

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
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/** A run cut off by a stopped server is found at start, marked FAILED, and can then be restarted. */
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

	@Test
	void aRunLeftStartedIsMarkedFailedAndRestartsWhereItStopped() throws Exception {
		long id = interruptedRun(LocalDateTime.now());

		assertThat(recovery.recover(Instant.now().plusSeconds(1), true)).containsExactly(id);

		JobExecution marked = jobRepository.getJobExecution(id);
		assertThat(marked.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(marked.getEndTime()).isNotNull();
		assertThat(marked.getExitStatus().getExitDescription()).isEqualTo("the server stopped while it ran");
		assertThat(marked.getStepExecutions()).allSatisfy(step -> assertThat(step.getStatus().isRunning()).isFalse());
		assertThat(jdbc.queryForObject("SELECT status FROM grading_run WHERE job_execution_id = ?", String.class, id))
			.isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("SELECT username FROM audit_log WHERE action = 'RUN_RECOVERED' AND job_execution_id = ?",
				String.class, id)).isEqualTo("system");

		MonthlyRunLauncher.Outcome restart = launcher.run("57", MAY);
		assertThat(restart.kind()).isEqualTo(MonthlyRunLauncher.Kind.RESTART);
		assertThat(restart.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void withSeveralServersOnlyRunsNobodyUpdatesAnyMoreAreMarked() throws Exception {
		long id = interruptedRun(LocalDateTime.now());

		// Updated a moment ago: another server may be running it.
		assertThat(recovery.recover(Instant.now().plusSeconds(1), false)).isEmpty();
		// Created after this server started: this server's own.
		assertThat(recovery.recover(Instant.now().minusSeconds(3600), true)).isEmpty();
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.STARTED);

		LocalDateTime longAgo = LocalDateTime.now().minusMinutes(20);
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?",
				Timestamp.valueOf(longAgo), id);
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?",
				Timestamp.valueOf(longAgo), id);
		assertThat(recovery.recover(Instant.now().plusSeconds(1), false)).containsExactly(id);
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	/** A run of May as a server that died in its last step leaves it. */
	private long interruptedRun(LocalDateTime lastUpdated) throws Exception {
		long id = launcher.run("57", MAY).execution().getId();
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL, "
				+ "LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?", Timestamp.valueOf(lastUpdated), id);
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL, "
				+ "LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'gradesCsvStep'", Timestamp.valueOf(lastUpdated), id);
		jdbc.update("UPDATE grading_run SET status = 'STARTED', finished_at = NULL WHERE job_execution_id = ?", id);
		return id;
	}

}
