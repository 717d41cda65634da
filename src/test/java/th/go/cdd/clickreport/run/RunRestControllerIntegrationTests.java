package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * The runs API on the running server against MariaDB: launch, follow, list, refuse, and
 * the month's files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunRestControllerIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "admin-password";

	static final String MAY = "{\"province\":\"57\",\"month\":\"2024-05\"}";

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, RunRestControllerIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RunLaunches launches;

	HttpTestClient http;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		SampleMonth.load(jdbc);
		jdbc.update("DELETE FROM audit_log");
	}

	@Test
	void aLaunchReturns202AtOnceAndTheRunCompletesInTheBackground() throws Exception {
		HttpResponse<String> launched = http.postJson("/api/runs", MAY, ADMIN, PASSWORD);

		assertThat(launched.statusCode()).isEqualTo(202);
		long id = id(launched.body());
		assertThat(launched.headers().firstValue("Location")).hasValue("/api/runs/" + id);
		String run = waitUntilDone(id);
		assertThat(run).contains("\"status\":\"COMPLETED\"", "\"districtsGraded\":18", "\"launchedBy\":\"admin\"",
				"\"name\":\"gradeStep\"", "\"read\":18", "\"written\":18", "\"districtsRead\":18", "\"summarized\":18",
				"\"pagesWritten\":18");

		String list = http.get("/api/runs?province=57&month=2024-05", ADMIN, PASSWORD).body();
		assertThat(list).contains("\"id\":" + id, "\"provinceName\":\"เชียงราย\"");

		String files = http.get("/api/reports/57/2024-05", ADMIN, PASSWORD).body();
		assertThat(files).contains("\"href\":\"/api/reports/57/2024-05/grades-57-2024-05.csv\"");
		HttpResponse<String> csv = http.get("/api/reports/57/2024-05/grades-57-2024-05.csv", ADMIN, PASSWORD);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFFdistrict_code,level,score,status").contains("5701,A,10,SUBMITTED");

		// Again: a re-run, audited as such.
		HttpResponse<String> again = http.postJson("/api/runs", MAY, ADMIN, PASSWORD);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("\"kind\":\"RERUN\"");
		assertThat(waitUntilDone(id(again.body()))).contains("\"status\":\"COMPLETED\"");
		// (The first is a first run or a re-run, depending on which test graded May
		// before.)
		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'admin' AND province_code = '57' "
				+ "AND job_execution_id IS NOT NULL ORDER BY id", String.class))
			.hasSize(2)
			.endsWith("RERUN");

		String metrics = http.get("/actuator/metrics/click.run.duration?tag=province:57", ADMIN, PASSWORD).body();
		assertThat(metrics).contains("\"name\":\"click.run.duration\"", "COUNT");
		assertThat(http.get("/actuator/metrics/click.run.districts?tag=province:57", ADMIN, PASSWORD).body())
			.containsPattern("\"statistic\":\"COUNT\",\"value\":(3[6-9]|[4-9]\\d|\\d{3,})\\.0");
	}

	@Test
	void aRunOfSeveralProvincesIsShownWithTheirNamesDistrictsAndNotes() throws Exception {
		long id = id(
				http.postJson("/api/runs", "{\"province\":\"57,10\",\"month\":\"2024-05\"}", ADMIN, PASSWORD).body());
		String run = waitUntilDone(id);

		// Only provinces 10 and 57 have grades for May in this database: every note of
		// the month is the run's.
		int notes = jdbc.queryForObject("SELECT COUNT(*) FROM grade_note WHERE report_month = '2024-05'",
				Integer.class);
		assertThat(notes).isPositive();
		assertThat(run)
			.contains("\"status\":\"COMPLETED\"", "\"province\":\"10,57\"",
					"\"provinceName\":\"กรุงเทพมหานคร, เชียงราย\"", "\"districtsGraded\":68", "\"districtsTotal\":68",
					"\"notes\":" + notes)
			// the archive is by province: no one folder holds this run's files
			.doesNotContain("/api/reports/");
		assertThat(jdbc.queryForMap("SELECT level_a + level_b + level_c + level_d AS districts, rubric_id "
				+ "FROM grading_run WHERE job_execution_id = ?", id))
			.containsEntry("districts", 68L)
			.satisfies(row -> assertThat(row.get("rubric_id")).isNotNull());

		String noted = jdbc.queryForObject("SELECT CONCAT(d.code, ' ', d.name_th) FROM grade_note n "
				+ "JOIN district d ON d.code = n.district_code WHERE n.report_month = '2024-05' ORDER BY d.code LIMIT 1",
				String.class);
		http.login(ADMIN, PASSWORD);
		String page = http.get("/runs/" + id).body();
		assertThat(page).contains("กรุงเทพมหานคร, เชียงราย", "68 จาก 68", "href=\"/archive\"", noted)
			.doesNotContain("null");
		assertThat(http.get("/runs").body()).contains("กรุงเทพมหานคร, เชียงราย");
		// a province's runs include those of several provinces that cover it
		assertThat(http.get("/api/runs?province=57&month=2024-05", ADMIN, PASSWORD).body()).contains("\"id\":" + id);
		assertThat(http.get("/api/runs?province=10&month=2024-05", ADMIN, PASSWORD).body()).contains("\"id\":" + id);
		assertThat(http.get("/api/runs?province=50&month=2024-05", ADMIN, PASSWORD).body())
			.doesNotContain("\"id\":" + id);
	}

	@Test
	void aMonthThatIsRunningIsRefusedWith409() throws Exception {
		long id = id(http.postJson("/api/runs", MAY, ADMIN, PASSWORD).body());
		waitUntilDone(id);
		// As if it were still going.
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
				id);
		try {
			HttpResponse<String> refused = http.postJson("/api/runs", MAY, ADMIN, PASSWORD);
			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(v -> assertThat(v).contains("json"));
			assertThat(refused.body()).contains("Province 57 month 2024-05 is already running (run " + id);
			// another selection that grades 57 too would replace the same grades and
			// files
			HttpResponse<String> overlapping = http.postJson("/api/runs",
					"{\"province\":\"10,57\",\"month\":\"2024-05\"}", ADMIN, PASSWORD);
			assertThat(overlapping.statusCode()).isEqualTo(409);
			assertThat(overlapping.body())
				.contains("Province 10,57 month 2024-05 overlaps run " + id + " (province 57)");
			HttpResponse<String> all = http.postJson("/api/runs", "{\"province\":\"all\",\"month\":\"2024-05\"}", ADMIN,
					PASSWORD);
			assertThat(all.statusCode()).isEqualTo(409);
			// a province apart runs beside it
			HttpResponse<String> apart = http.postJson("/api/runs", "{\"province\":\"10\",\"month\":\"2024-05\"}",
					ADMIN, PASSWORD);
			assertThat(apart.statusCode()).isEqualTo(202);
			assertThat(waitUntilDone(id(apart.body()))).contains("\"status\":\"COMPLETED\"");
		}
		finally {
			jdbc.update(
					"UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED', END_TIME = START_TIME WHERE JOB_EXECUTION_ID = ?",
					id);
		}
	}

	@Test
	void aBadRequestGets400WithTheLaunchersSentence() throws Exception {
		HttpResponse<String> province = http.postJson("/api/runs", "{\"province\":\"99\",\"month\":\"2024-05\"}", ADMIN,
				PASSWORD);
		assertThat(province.statusCode()).isEqualTo(400);
		assertThat(province.body()).contains("There is no province with code '99'");

		HttpResponse<String> future = http.postJson("/api/runs",
				"{\"province\":\"57\",\"month\":\"" + YearMonth.now().plusMonths(2) + "\"}", ADMIN, PASSWORD);
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("is in the future");

		HttpResponse<String> month = http.postJson("/api/runs", "{\"province\":\"57\",\"month\":\"2024-13\"}", ADMIN,
				PASSWORD);
		assertThat(month.statusCode()).isEqualTo(400);
		assertThat(month.body()).contains("has no month 13");

		assertThat(http.postJson("/api/runs", "{\"province\":\"57\"}", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/runs/999999", ADMIN, PASSWORD).statusCode()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'RUN_REFUSED'", Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aFailedRunIsRestartedFromItsPage() throws Exception {
		long id = id(http.postJson("/api/runs", MAY, ADMIN, PASSWORD).body());
		waitUntilDone(id);
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED' WHERE JOB_EXECUTION_ID = ?",
				id);
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED' "
				+ "WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'gradesCsvStep'", id);

		http.login(ADMIN, PASSWORD);
		String page = http.get("/runs/" + id).body();
		assertThat(page).contains("ล้มเหลว", "id=\"restart\"");
		HttpResponse<String> restarted = http.postForm("/runs/" + id + "/restart",
				java.util.Map.of("_csrf", http.csrfToken("/runs/" + id)));

		assertThat(restarted.statusCode()).isEqualTo(302);
		String location = restarted.headers().firstValue("Location").orElseThrow();
		long newId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(newId).isGreaterThan(id);
		assertThat(waitUntilDone(newId)).contains("\"status\":\"COMPLETED\"", "\"kind\":\"RESTART\"");
		assertThat(jdbc.queryForObject("SELECT action FROM audit_log WHERE job_execution_id = ?", String.class, newId))
			.isEqualTo("RESTART");
		// Only the latest run of a month can be restarted.
		HttpResponse<String> old = http.postForm("/runs/" + id + "/restart",
				java.util.Map.of("_csrf", http.csrfToken("/runs/" + id)));
		assertThat(old.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/runs/" + id));
	}

	@Test
	void theScheduleRunsAMonthOnceAsUserScheduler() throws Exception {
		// Run times reach MariaDB rounded to the second: keep the other tests' runs
		// clearly before the firing.
		Thread.sleep(1500);
		java.time.Instant fired = java.time.Instant.now();
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM grading_run", Integer.class);

		assertThat(launches.runScheduled("57", YearMonth.of(2024, 5), fired)).isTrue();
		// The same firing again (a second server, a repeated trigger): the month has run
		// since, so it is skipped.
		assertThat(launches.runScheduled("57", YearMonth.of(2024, 5), fired)).isFalse();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grading_run", Integer.class)).isEqualTo(before + 1);
		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'scheduler'", String.class))
			.singleElement()
			.isIn("RUN", "RERUN");
	}

	private String waitUntilDone(long id) throws Exception {
		long end = System.nanoTime() + 30_000_000_000L;
		String body = "";
		while (System.nanoTime() < end) {
			body = http.get("/api/runs/" + id, ADMIN, PASSWORD).body();
			if (body.contains("\"running\":false") && !body.contains("\"status\":\"STARTING\"")) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Run " + id + " did not end: " + body);
	}

	private static long id(String json) {
		Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return Long.parseLong(m.group(1));
	}

}
