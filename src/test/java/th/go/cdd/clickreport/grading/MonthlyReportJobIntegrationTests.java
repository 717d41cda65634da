package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.report.DistrictPage;
import th.go.cdd.clickreport.report.DistrictReport;
import th.go.cdd.clickreport.report.ReportDataRepository;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/** The whole job against the real MariaDB server through Connector/J. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MonthlyReportJobIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, MonthlyReportJobIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.batch.chunk-size", () -> "5");
		// Small partitions on two threads: ranges of 6–7 districts.
		registry.add("click.batch.partition-districts", () -> "7");
		registry.add("click.batch.grade-partition-districts", () -> "7");
		registry.add("click.batch.threads", () -> "2");
	}

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubmissionReader submissions;

	@Autowired
	RubricRepository rubrics;

	@Autowired
	ReportDataRepository reportData;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	MeterRegistry meters;

	@Autowired
	@Qualifier("monthlyReportJob")
	Job monthlyReportJob;

	SubmissionRows rows;

	@BeforeEach
	void clean() {
		rows = new SubmissionRows(jdbc);
		rows.clear();
	}

	@Test
	void gradesEveryDistrictOfTheProvinceAndWritesTheGradesCsv() throws Exception {
		rows.levelA("S-5701-a", "5701", "2024-06-05T10:00:00+07:00", 10);
		rows.levelA("S-5702-a", "5702", "2024-06-20T08:00:00+07:00", 10);
		// 5703 sent a weak report first, then a level-A one: the later one counts.
		rows.submission("S-5703-early", "5703", "2024-05", "2024-06-01T09:00:00+07:00", 5, 0, null);
		rows.levelA("S-5703-late", "5703", "2024-06-14T16:00:00+07:00", 10);
		rows.submission("S-5704", "5704", "2024-05", "2024-06-02T09:00:00+07:00", 0, 0,
				"officials_total (0) ต้องไม่น้อยกว่า 1");

		MonthlyRunLauncher.Outcome outcome = launcher.run("57", MAY);

		assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(grades()).hasSize(18)
			.containsEntry("5701", "A 10 SUBMITTED")
			.containsEntry("5702", "A 10 LATE")
			.containsEntry("5703", "A 10 SUBMITTED")
			.containsEntry("5704", "D 0 INVALID")
			.containsEntry("5718", "D 0 NOT_SUBMITTED");
		Long chosen = jdbc.queryForObject(
				"SELECT g.submission_id FROM grade g WHERE g.report_month = '2024-05' AND g.district_code = '5703'",
				Long.class);
		assertThat(jdbc.queryForObject("SELECT source_id FROM submission WHERE id = ?", String.class, chosen))
			.isEqualTo("S-5703-late");
		assertThat(jdbc.queryForList("SELECT message FROM grade_note WHERE district_code = '5704'", String.class))
			.containsExactly("officials_total (0) ต้องไม่น้อยกว่า 1");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade_item WHERE report_month = '2024-05'", Integer.class))
			.isEqualTo(18 * 5);

		Path csv = output.resolve("57/2024-05/grades-57-2024-05.csv");
		byte[] bytes = Files.readAllBytes(csv);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("\uFEFFdistrict_code,level,score,status,");
		assertThat(lines).hasSize(19);
		assertThat(lines.get(1)).startsWith("5701,A,10,SUBMITTED,เมืองเชียงราย,2024-06-05T10:00:00+07:00,");
		assertThat(lines.get(18)).startsWith("5718,D,0,NOT_SUBMITTED,ดอยหลวง,,");

		Map<String, Object> run = jdbc.queryForMap("SELECT * FROM grading_run WHERE job_execution_id = ?",
				outcome.execution().getId());
		assertThat(run).containsEntry("status", "COMPLETED").containsEntry("districts_graded", 18);
		assertThat(((Number) run.get("level_a")).intValue()).isEqualTo(3);
		assertThat(((Number) run.get("level_d")).intValue()).isEqualTo(15);
	}

	@Test
	void aRunIsTimedByJobStepAndChunkNotByItem() throws Exception {
		rows.levelA("S-5701-a", "5701", "2024-06-05T10:00:00+07:00", 10);

		launcher.run("57", MAY);

		assertThat(meters.find("spring.batch.job").timers()).isNotEmpty();
		assertThat(meters.find("spring.batch.step").tag("spring.batch.step.name", "gradeStep").timers()).isNotEmpty();
		assertThat(meters.find("spring.batch.chunk.write").timers()).isNotEmpty();
		// one timer sample per district read and graded (application.properties)
		assertThat(meters.find("spring.batch.item.read").meters()).isEmpty();
		assertThat(meters.find("spring.batch.item.process").meters()).isEmpty();
	}

	@Test
	void reRunningAMonthReplacesItsGradesAndKeepsTheHistoryOfRuns() throws Exception {
		rows.levelA("S-5701", "5701", "2024-06-05T10:00:00+07:00", 10);
		launcher.run("57", MAY);
		// The district corrects its report: fewer downloads than the target.
		rows.levelA("S-5701-fix", "5701", "2024-06-10T10:00:00+07:00", 9);

		MonthlyRunLauncher.Outcome rerun = launcher.run("57", MAY);

		assertThat(rerun.kind()).isEqualTo(MonthlyRunLauncher.Kind.RERUN);
		assertThat(rerun.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(grades()).hasSize(18).containsEntry("5701", "D 4 SUBMITTED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade_item", Integer.class)).isEqualTo(18 * 5);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM grading_run WHERE province_code = '57' AND report_month = '2024-05'",
				Integer.class))
			.isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT job_execution_id) FROM grade", Integer.class)).isOne();
	}

	@Test
	void refusesAProvinceThatDoesNotExistAMonthInTheFutureAndAMonthWithoutRubric() {
		assertThatThrownBy(() -> launcher.run("99", MAY)).isInstanceOf(RunRequestException.class)
			.hasMessageContaining("no province with code '99'");
		assertThatThrownBy(() -> launcher.run("57", YearMonth.now().plusMonths(2)))
			.isInstanceOf(RunRequestException.class)
			.hasMessageContaining("is in the future");
		assertThatThrownBy(() -> launcher.run("57", YearMonth.of(2024, 3))).isInstanceOf(RunRequestException.class)
			.hasMessageContaining("No rubric is in force for 2024-03");
	}

	@Test
	void theDefaultRubricIsInForceFromItsEffectiveMonthWithoutEnd() {
		assertThat(rubrics.findInForce(YearMonth.of(2024, 3))).isEmpty();
		assertThat(rubrics.findInForce(YearMonth.of(2024, 4))).map(Rubric::code).contains("FY2567-Q3");
		assertThat(rubrics.findInForce(YearMonth.of(2026, 10))).map(Rubric::code).contains("FY2567-Q3");
	}

	@Test
	void anyProvinceCanBeGraded() throws Exception {
		// Bangkok (10) has 50 เขต: more than one page of the reader.
		MonthlyRunLauncher.Outcome outcome = launcher.run("10", MAY);
		assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade WHERE province_code = '10'", Integer.class))
			.isEqualTo(50);
	}

	@Test
	void aRunWaitingForAWorkerIsListedAtOnceAndBecomesItsOwnWhenItBegins() throws Exception {
		// An operator whose worker is busy until the test lets the waiting run go.
		List<Runnable> waiting = new ArrayList<>();
		TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
		operator.setJobRepository(jobRepository);
		MapJobRegistry jobs = new MapJobRegistry();
		jobs.register(monthlyReportJob);
		operator.setJobRegistry(jobs);
		operator.setTaskExecutor(waiting::add);
		operator.afterPropertiesSet();

		long id = launcher.launch(operator, "57", MAY).execution().getId();

		assertThat(waiting).hasSize(1);
		assertThat(jdbc.queryForList("""
				SELECT CONCAT(r.status, ' ', e.STATUS) FROM grading_run r
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
				WHERE r.job_execution_id = ?""", String.class, id)).containsExactly("STARTING STARTING");
		assertThatThrownBy(() -> launcher.launch(operator, "57", MAY)).isInstanceOf(RunAlreadyRunningException.class)
			.hasMessageContaining("run " + id + ", waiting for a free worker");

		waiting.get(0).run();

		assertThat(jdbc.queryForList(
				"SELECT CONCAT(status, ' ', districts_graded) FROM grading_run WHERE job_execution_id = ?",
				String.class, id))
			.containsExactly("COMPLETED 18");
	}

	@Test
	void aPartitionedRunOfSeveralProvincesGradesAsOneByOneGradingDoes() throws Exception {
		rows.levelA("S-5701", "5701", "2024-06-05T10:00:00+07:00", 10);
		rows.levelA("S-1001", "1001", "2024-06-20T10:00:00+07:00", 10);
		rows.levelA("S-1049", "1049", "2024-06-03T10:00:00+07:00", 9);
		rows.submission("S-5716", "5716", "2024-05", "2024-06-02T09:00:00+07:00", 4, 2, null);

		MonthlyRunLauncher.Outcome outcome = launcher.run("57,10", MAY);

		assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(outcome.execution().getStepExecutions().stream().map(s -> s.getStepName()))
			.contains("gradeStep", "gradeDistrictsStep:d1001-1006", "gradeDistrictsStep:d1046-1050",
					"gradeDistrictsStep:d5701-5706", "gradeDistrictsStep:d5713-5718")
			.filteredOn(name -> name.startsWith("gradeDistrictsStep:"))
			.hasSize(12)
			// no partition passes over the provinces between 10 and 57, which are not in
			// the run
			.allMatch(name -> name.substring(20, 22).equals(name.substring(25, 27)));
		Map<String, String> expected = OneByOneGrading.expected(jdbc, rubrics, submissions, MAY, "10", "57");
		Map<String, String> graded = OneByOneGrading.stored(jdbc, MAY);
		assertThat(graded).hasSize(68)
			.isEqualTo(expected)
			.containsEntry("1001", "A 10 LATE")
			.containsEntry("1049", "D 4 SUBMITTED");
		assertThat(output.resolve("10/2024-05/grades-10-2024-05.csv")).exists();
		assertThat(output.resolve("57/2024-05/grades-57-2024-05.csv")).exists();
	}

	@Test
	void theReasonsReportsReadBackAreThoseTheGraderGave() throws Exception {
		rows.levelA("S-5701", "5701", "2024-06-05T10:00:00+07:00", 10);
		rows.levelA("S-5702", "5702", "2024-06-20T08:00:00+07:00", 9);
		rows.submission("S-5704", "5704", "2024-05", "2024-06-02T09:00:00+07:00", 0, 0,
				"officials_total (0) ต้องไม่น้อยกว่า 1");
		rows.submission("S-5716", "5716", "2024-05", "2024-06-02T09:00:00+07:00", 4, 2, null);

		launcher.run("57", MAY);

		Map<String, List<Grade.ItemReason>> expected = OneByOneGrading.reasons(jdbc, rubrics, submissions, MAY, "57");
		List<DistrictPage> pages = expected.keySet().stream().map(code -> new DistrictPage("57", code)).toList();
		LocalDate today = LocalDate.now();
		Map<String, List<Boolean>> targets = new TreeMap<>();
		reportData.summary("57", MAY, today).districts().forEach(row -> targets.put(row.code(), row.itemsMet()));
		for (DistrictReport page : reportData.districts(MAY, pages, today)) {
			List<Grade.ItemReason> reasons = expected.get(page.districtCode());
			assertThat(page.items()).as(page.districtCode())
				.extracting(i -> i.no() + " " + i.measured() + " | " + i.nextLevel() + " " + i.requirement() + " "
						+ i.met() + " " + i.floorMet())
				.containsExactlyElementsOf(reasons.stream()
					.map(r -> r.itemNo() + " " + r.measured() + " | " + r.nextLevel() + " " + r.requirement() + " "
							+ r.met() + " " + r.floorMet())
					.toList());
			assertThat(targets.get(page.districtCode())).as(page.districtCode())
				.isEqualTo(reasons.stream().map(Grade.ItemReason::targetMet).toList());
		}
		// the five items as rows, for SQL readers
		assertThat(jdbc.queryForList("SELECT met FROM grade_item WHERE report_month = '2024-05' AND district_code = "
				+ "'5716' ORDER BY item_no", Boolean.class))
			.isEqualTo(expected.get("5716").stream().map(Grade.ItemReason::met).toList());
	}

	private Map<String, String> grades() {
		Map<String, String> grades = new TreeMap<>();
		jdbc.query(
				"SELECT district_code, level_code, score, status FROM grade WHERE province_code = '57' AND report_month = '2024-05'",
				rs -> {
					grades.put(rs.getString(1), rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4));
				});
		return grades;
	}

}
