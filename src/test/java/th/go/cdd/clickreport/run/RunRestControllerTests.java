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

/** The runs API on the running server against MariaDB: launch, follow, list, refuse, and the month's files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunRestControllerTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "admin-password";

	static final String MAY = "{\"province\":\"57\",\"month\":\"2024-05\"}";

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, RunRestControllerTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	HttpTestClient http;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		SampleMonth.load(jdbc);
	}

	@Test
	void aLaunchReturns202AtOnceAndTheRunCompletesInTheBackground() throws Exception {
		HttpResponse<String> launched = http.postJson("/api/runs", MAY, ADMIN, PASSWORD);

		assertThat(launched.statusCode()).isEqualTo(202);
		long id = id(launched.body());
		assertThat(launched.headers().firstValue("Location")).hasValue("/api/runs/" + id);
		String run = waitUntilDone(id);
		assertThat(run).contains("\"status\":\"COMPLETED\"", "\"districtsGraded\":18", "\"launchedBy\":\"admin\"",
				"\"name\":\"gradeStep\"", "\"read\":18", "\"written\":18");

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
		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'admin' AND province_code = '57' "
				+ "AND action IN ('RUN', 'RERUN') ORDER BY id", String.class))
			.containsExactly("RUN", "RERUN");

		String metrics = http.get("/actuator/metrics/click.run.duration?tag=province:57", ADMIN, PASSWORD).body();
		assertThat(metrics).contains("\"name\":\"click.run.duration\"", "COUNT");
		assertThat(http.get("/actuator/metrics/click.run.districts?tag=province:57", ADMIN, PASSWORD).body())
			.contains("\"value\":36.0");
	}

	@Test
	void aMonthThatIsRunningIsRefusedWith409() throws Exception {
		long id = id(http.postJson("/api/runs", MAY, ADMIN, PASSWORD).body());
		waitUntilDone(id);
		// As if it were still going.
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?", id);
		try {
			HttpResponse<String> refused = http.postJson("/api/runs", MAY, ADMIN, PASSWORD);
			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
			assertThat(refused.body()).contains("Province 57 month 2024-05 is already running (run " + id);
		}
		finally {
			jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED', END_TIME = START_TIME WHERE JOB_EXECUTION_ID = ?", id);
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
