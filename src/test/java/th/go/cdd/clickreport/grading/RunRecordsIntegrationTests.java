package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.system.DbTime;

/**
 * A run's provinces are rows of their own: a province's runs are those that cover it,
 * matched by code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RunRecordsIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, RunRecordsIntegrationTests.class);
	}

	@Autowired
	RunRecords records;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AbandonedRuns abandoned;

	static long run10and11;

	static long runAll;

	static long run57;

	/** Made once for the class (the context, and its database, are the class's). */
	@BeforeEach
	void runs() throws Exception {
		if (run10and11 != 0) {
			return;
		}
		run10and11 = add("10,11");
		runAll = add("all");
		run57 = add("57");
	}

	@Test
	void aRunOfSeveralProvincesIsFoundByEachOfThemAndByNoOther() {
		assertThat(ids("10")).contains(run10and11).doesNotContain(run57);
		assertThat(ids("11")).contains(run10and11);
		assertThat(ids("1")).isEmpty();
		assertThat(ids("57")).contains(run57).doesNotContain(run10and11);
		assertThat(ids("01")).doesNotContain(run10and11, run57);
	}

	@Test
	void aRunOfAllProvincesIsFoundByAnyOfThem() {
		assertThat(ids("10")).contains(runAll);
		assertThat(ids("57")).contains(runAll);
		assertThat(ids("96")).containsExactly(runAll);
	}

	@Test
	void aSelectionOtherThanOneProvinceFindsExactlyItsOwnRuns() {
		assertThat(ids("10,11")).containsExactly(run10and11);
		assertThat(ids("all")).containsExactly(runAll);
	}

	@Test
	void aReaderLimitedToAProvinceSeesOnlyThatProvincesOwnRuns() {
		assertThat(records.list(new RunRecords.Filter("57", null, "57"), 100, 0)).extracting(RunRecords.Recorded::id)
			.containsExactly(run57);
		assertThat(records.list(new RunRecords.Filter(null, YearMonth.of(2024, 5), "10"), 100, 0)).isEmpty();
	}

	@Test
	void eachRunListsItsProvincesOnce() {
		assertThat(jdbc.queryForList("SELECT province_code FROM grading_run_province WHERE job_execution_id = ?",
				String.class, run10and11))
			.containsExactlyInAnyOrder("10", "11");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grading_run_province WHERE job_execution_id = ?",
				Integer.class, runAll))
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM province", Integer.class));
		assertThat(records.add(run57, "57", "2024-05", DbTime.text(Instant.now()), "STARTED", null)).isFalse();
	}

	@Test
	void theNewestRunOfASelectionAndMonthIsFoundExactly() {
		assertThat(records.latest("10,11", "2024-05")).contains(run10and11);
		assertThat(records.latest("10", "2024-05")).isEmpty();
		assertThat(records.isRestart(run10and11)).isFalse();
	}

	@Test
	void theRecordOfARunWhoseProcessStoppedWhileRecordingItsEndIsClosed() throws Exception {
		long run = add("20");
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED', END_TIME = CURRENT_TIMESTAMP "
				+ "WHERE JOB_EXECUTION_ID = ?", run);
		jdbc.update("UPDATE grading_run SET owner_host = 'gone.example', heartbeat_at = ? WHERE job_execution_id = ?",
				DbTime.text(Instant.now().minusSeconds(3600)), run);
		assertThat(records.find(run).orElseThrow().finishedAt()).isNull();

		abandoned.recover();

		assertThat(records.find(run).orElseThrow().finishedAt()).isNotNull();
		assertThat(records.find(run57).orElseThrow().finishedAt()).isNull();
	}

	private List<Long> ids(String province) {
		return records.list(new RunRecords.Filter(province, YearMonth.of(2024, 5), null), 100, 0)
			.stream()
			.map(RunRecords.Recorded::id)
			.toList();
	}

	private long add(String selection) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("province", selection)
			.addString("month", "2024-05")
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("monthlyReportJob", parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		assertThat(records.add(execution.getId(), selection, "2024-05", DbTime.text(Instant.now()), "STARTED", null))
			.isTrue();
		return execution.getId();
	}

}
