package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/** A run that fails part-way keeps its finished chunks and restarts where it stopped. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MonthlyReportJobRestartIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, MonthlyReportJobRestartIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.batch.chunk-size", () -> "5");
		// one thread, so one partition: the chunks below are those of a single range of
		// 18 districts
		registry.add("click.batch.threads", () -> "1");
	}

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The real reader, made to fail once for one district as a lost database connection
	 * would.
	 */
	@MockitoSpyBean
	SubmissionReader submissions;

	@Test
	void aFailedRunRestartsAtTheChunkThatFailed() throws Exception {
		new SubmissionRows(jdbc).levelA("S-5707", "5707", "2024-06-05T10:00:00+07:00", 10);
		doThrow(new TransientDataAccessResourceException("connection lost")).when(submissions)
			.readAll(argThat(page -> page != null && page.stream().anyMatch(d -> d.code().equals("5707"))), any(),
					any());

		MonthlyRunLauncher.Outcome failed = launcher.run("57", MAY);

		assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		// Chunks of 5: the first chunk (5701–5705) was committed, the second rolled back.
		assertThat(jdbc.queryForList("SELECT district_code FROM grade ORDER BY district_code", String.class))
			.containsExactly("5701", "5702", "5703", "5704", "5705");
		assertThat(jdbc.queryForObject("SELECT status FROM grading_run WHERE job_execution_id = ?", String.class,
				failed.execution().getId()))
			.isEqualTo("FAILED");

		// a process killed while writing a PDF leaves its temporary file beside the
		// target
		Path unfinished = Files.createDirectories(output.resolve("57/2024-05"))
			.resolve(".district-5707-2024-05.pdf.0c1d-killed.part");
		Files.writeString(unfinished, "%PDF-1.4 half");
		reset(submissions);
		MonthlyRunLauncher.Outcome restarted = launcher.run("57", MAY);

		assertThat(restarted.kind()).isEqualTo(MonthlyRunLauncher.Kind.RESTART);
		assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.execution().getJobInstanceId()).isEqualTo(failed.execution().getJobInstanceId());
		StepExecution gradeStep = restarted.execution()
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("gradeStep"))
			.findFirst()
			.orElseThrow();
		assertThat(gradeStep.getReadCount()).isEqualTo(13);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade", Integer.class)).isEqualTo(18);
		assertThat(jdbc.queryForObject("SELECT level_code FROM grade WHERE district_code = '5707'", String.class))
			.isEqualTo("A");
		assertThat(unfinished).doesNotExist();
		try (var files = Files.list(output.resolve("57/2024-05"))) {
			assertThat(files.map(f -> f.getFileName().toString())).hasSize(20)
				.contains("district-5707-2024-05.pdf")
				.noneMatch(name -> name.startsWith("."));
		}
	}

}
