package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Readers see the runs and files of their own province only, in pages and API alike, and
 * a failed run is explained in one Thai sentence, never its stack trace (issue #15.9). A
 * run of several provinces is shown to national accounts only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunVisibilityIntegrationTests {

	static final String PASSWORD = "a-long-enough-password";

	static final String TRACE = "java.lang.IllegalStateException: secret table grade_x is gone\n"
			+ "\tat th.go.cdd.clickreport.grading.GradeItemWriter.write(GradeItemWriter.java:42)\n";

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, RunVisibilityIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> "chief");
		registry.add("click.admin.password", () -> "chief-password-1");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	PasswordEncoder passwords;

	static long run57;

	static long run10;

	static long runSeveral;

	static long runAll;

	/** Made once for the class (the context, and its database, are the class's). */
	@BeforeEach
	void runsAndUsers() throws Exception {
		if (run57 != 0) {
			return;
		}
		run57 = run("57", "FAILED", TRACE);
		run10 = run("10", "COMPLETED", null);
		runSeveral = run("10,57", "COMPLETED", null);
		runAll = run("all", "COMPLETED", null);
		addUser("national", "VIEWER", null, null);
		addUser("viewer57", "VIEWER", "57", null);
		addUser("reader5701", "VIEWER", "57", "5701");
		addUser("reporter5702", "REPORTER", "57", "5702");
		addUser("admin57", "ADMIN", "57", null);
		for (String province : new String[] { "57", "10" }) {
			Path month = Files.createDirectories(output.resolve(province + "/2024-05"));
			Files.writeString(month.resolve("summary-" + province + "-2024-05.pdf"), "%PDF summary " + province);
		}
		Files.writeString(output.resolve("57/2024-05/district-5701-2024-05.pdf"), "%PDF 5701");
		Files.writeString(output.resolve("57/2024-05/district-5702-2024-05.pdf"), "%PDF 5702");
	}

	private long run(String province, String status, String exit) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("province", province)
			.addString("month", "2024-05")
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("monthlyReportJob", parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		Timestamp start = Timestamp.valueOf(LocalDateTime.now().minusHours(2));
		Timestamp end = Timestamp.valueOf(LocalDateTime.now().minusHours(1));
		jdbc.update(
				"UPDATE BATCH_JOB_EXECUTION SET STATUS = ?, EXIT_CODE = ?, EXIT_MESSAGE = ?, START_TIME = ?, "
						+ "END_TIME = ? WHERE JOB_EXECUTION_ID = ?",
				status, status, exit == null ? "" : exit, start, end, execution.getId());
		jdbc.update("INSERT INTO grading_run (job_execution_id, province_code, report_month, started_at, finished_at, "
				+ "status) VALUES (?, ?, '2024-05', ?, ?, ?)", execution.getId(), province, start, end, status);
		List<String> covered = province.equals("all") ? jdbc.queryForList("SELECT code FROM province", String.class)
				: List.of(province.split(","));
		for (String code : covered) {
			jdbc.update("INSERT INTO grading_run_province (job_execution_id, province_code) VALUES (?, ?)",
					execution.getId(), code);
		}
		return execution.getId();
	}

	private void addUser(String name, String role, String province, String district) {
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, province_code, district_code, enabled, "
						+ "created_at) VALUES (?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)",
				name, passwords.encode(PASSWORD), role, province, district);
	}

	private HttpResponse<String> api(String path, String user) throws Exception {
		return new HttpTestClient(port).get(path, user, PASSWORD);
	}

	@Test
	void aNationalReaderSeesEveryRun() throws Exception {
		assertThat(api("/api/runs", "national").body()).contains("\"id\":" + run57, "\"id\":" + run10,
				"\"id\":" + runSeveral, "\"id\":" + runAll);
	}

	@Test
	void provinceAndDistrictLimitedReadersSeeTheirProvincesRunsOnlyInTheApi() throws Exception {
		for (String user : new String[] { "viewer57", "reader5701", "admin57" }) {
			String list = api("/api/runs", user).body();
			assertThat(list).as(user)
				.contains("\"id\":" + run57)
				.doesNotContain("\"id\":" + run10 + ",", "\"id\":" + runSeveral + ",", "\"id\":" + runAll + ",");
			assertThat(api("/api/runs?province=57", user).body()).as(user)
				.contains("\"id\":" + run57)
				.doesNotContain("\"id\":" + runSeveral + ",");
			assertThat(api("/api/runs?province=10", user).statusCode()).as(user).isEqualTo(403);
			for (long other : new long[] { run10, runSeveral, runAll }) {
				assertThat(api("/api/runs/" + other, user).statusCode()).as(user + " run " + other).isEqualTo(404);
			}
			assertThat(api("/api/runs/" + run57, user).statusCode()).as(user).isEqualTo(200);
			assertThat(api("/api/reports/10/2024-05", user).statusCode()).as(user).isEqualTo(404);
			assertThat(api("/api/reports/10/2024-05/summary-10-2024-05.pdf", user).statusCode()).as(user)
				.isEqualTo(404);
		}
		// a district's reporter reads no runs at all, and opens their district's PDF only
		assertThat(api("/api/runs", "reporter5702").statusCode()).isEqualTo(403);
		assertThat(api("/api/runs/" + run57, "reporter5702").statusCode()).isEqualTo(403);
		assertThat(api("/api/reports/57/2024-05", "reporter5702").body()).contains("district-5702-2024-05.pdf")
			.doesNotContain("district-5701", "summary-57");
	}

	@Test
	void provinceLimitedReadersSeeTheirProvincesRunsOnlyInThePages() throws Exception {
		HttpTestClient reader = new HttpTestClient(port);
		reader.login("reader5701", PASSWORD);
		String runs = reader.get("/runs").body();
		assertThat(runs).contains("/runs/" + run57 + "\"")
			.doesNotContain("/runs/" + run10 + "\"", "/runs/" + runSeveral + "\"", "/runs/" + runAll + "\"");
		for (long other : new long[] { run10, runSeveral, runAll }) {
			assertThat(reader.get("/runs/" + other).statusCode()).isEqualTo(404);
			assertThat(reader.get("/runs/" + other + "/progress").statusCode()).isEqualTo(404);
		}
		assertThat(reader.get("/runs/" + run57).statusCode()).isEqualTo(200);
		String archive = reader.get("/archive").body();
		assertThat(archive).contains("/archive/57/2024-05").doesNotContain("/archive/10/2024-05");
		assertThat(reader.get("/archive/10/2024-05").statusCode()).isEqualTo(404);
		assertThat(reader.get("/archive/10/2024-05/summary-10-2024-05.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void aFailedRunShowsOneThaiSentenceNeverItsStackTrace() throws Exception {
		String json = api("/api/runs/" + run57, "national").body();
		assertThat(json).doesNotContain("IllegalStateException", "GradeItemWriter", "grade_x", "exitDescription")
			.contains("\"failure\":\"การประมวลผลครั้งนี้ไม่สำเร็จ");
		HttpTestClient page = new HttpTestClient(port);
		page.login("national", PASSWORD);
		String html = page.get("/runs/" + run57).body();
		assertThat(html).doesNotContain("IllegalStateException", "GradeItemWriter", "grade_x")
			.contains("การประมวลผลครั้งนี้ไม่สำเร็จ");
	}

	@Test
	void aProvinceLimitedAdminLaunchesTheirOwnProvinceOnly() throws Exception {
		for (String province : new String[] { "10", "all", "10,57" }) {
			HttpResponse<String> refused = new HttpTestClient(port).postJson("/api/runs",
					"{\"province\":\"" + province + "\",\"month\":\"2024-05\"}", "admin57", PASSWORD);
			assertThat(refused.statusCode()).as(province).isEqualTo(400);
			assertThat(refused.body()).as(province).contains("เฉพาะจังหวัด 57");
		}
		HttpTestClient admin = new HttpTestClient(port);
		admin.login("admin57", PASSWORD);
		String runs = admin.get("/runs").body();
		assertThat(runs).doesNotContain("value=\"all\"", "value=\"10\"").contains("value=\"57\"");
		HttpResponse<String> form = admin.postForm("/runs",
				Map.of("province", "10", "month", "2024-05", "_csrf", admin.csrfToken("/runs")));
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(admin.get("/runs").body()).contains("เฉพาะจังหวัด 57");
		assertThat(
				admin.postForm("/runs/" + run10 + "/restart", Map.of("_csrf", admin.csrfToken("/runs"))).statusCode())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grading_run", Integer.class)).isEqualTo(4);
	}

}
