package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.cdd.clickreport.reporting.ReportingApi.activity;
import static th.go.cdd.clickreport.reporting.ReportingApi.levelA;
import static th.go.cdd.clickreport.reporting.ReportingApi.pr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.reporting.ReportingApi.Response;
import th.go.cdd.clickreport.reporting.ReportingApi.TestClock;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The online reporting API on the running server against MariaDB (SPEC §9, issue #13's
 * rules): what is graded (drafts never, the latest submission online or imported,
 * returned reports INVALID with the reason), who may read and write what, optimistic
 * locking, and refusals of bad input with Thai messages that change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnlineReportingIntegrationTests {

	static final String MAY = "/api/submissions/5701/2024-05";

	static final YearMonth MAY_2024 = YearMonth.of(2024, 5);

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, OnlineReportingIntegrationTests.class);
		registry.add("click.output-dir", () -> work.resolve("output").toString());
		registry.add("click.reporting.photo-dir", () -> work.resolve("photos").toString());
		registry.add("click.admin.username", () -> "national");
		registry.add("click.admin.password", () -> ReportingApi.PASSWORD);
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TestClock clock;

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	BundleImporter importer;

	ReportingApi api;

	@BeforeEach
	void setUp() {
		api = new ReportingApi(port);
		ReportingApi.emptyReports(jdbc);
		ReportingApi.addUser(jdbc, passwords, "r5701", "REPORTER", "57", "5701");
		ReportingApi.addUser(jdbc, passwords, "r5702", "REPORTER", "57", "5702");
		ReportingApi.addUser(jdbc, passwords, "admin57", "ADMIN", "57", null);
		ReportingApi.addUser(jdbc, passwords, "admin10", "ADMIN", "10", null);
		ReportingApi.addUser(jdbc, passwords, "viewer57", "VIEWER", "57", null);
		clock.set("2024-06-10T10:00:00+07:00");
	}

	// ---- grading

	@Test
	void aDraftIsNeverGradedAndASubmittedReportIs() throws Exception {
		Map<String, Object> body = levelA(jdbc, "5701");
		Response draft = api.put(MAY, "r5701", body);
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		assertThat(draft.json().get("state").asString()).isEqualTo("DRAFT");
		assertThat(draft.json().get("status").isNull()).isTrue();
		assertThat(draft.json().get("projected").get("level").asString()).isEqualTo("A");
		assertThat(draft.json().get("projected").get("score").asInt()).isEqualTo(10);

		assertThat(gradeOf("5701")).isEqualTo("D,0,NOT_SUBMITTED");

		body.put("submit", true);
		body.put("version", 1);
		Response submitted = api.put(MAY, "r5701", body);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("version").asInt()).isEqualTo(2);
		assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().get("submittedAt").asString()).isEqualTo("2024-06-10T10:00:00+07:00");

		assertThat(gradeOf("5701")).isEqualTo("A,10,SUBMITTED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE bundle_key = 'online'", Integer.class))
			.isEqualTo(1);

		// the report as GET shows it: latest content, history with who and when
		Response got = api.get(MAY, "r5701");
		assertThat(got.status()).isEqualTo(200);
		assertThat(got.json().get("content").get("officialsTotal").asInt()).isEqualTo(4);
		assertThat(got.json().get("content").get("prMedia").get(0).get("link").asString())
			.isEqualTo("https://www.facebook.com/cdd");
		assertThat(got.json().get("history")).hasSize(2);
		assertThat(got.json().get("history").get(0).get("savedBy").asString()).isEqualTo("r5701");
		assertThat(got.json().get("history").get(1).get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(got.json().get("deadline").asString()).isEqualTo("2024-06-15T23:59:59+07:00");
		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'r5701' ORDER BY id", String.class))
			.containsExactly("REPORT_DRAFT", "REPORT_SUBMITTED");
		// the client's address, as the pages' audit rows have it
		assertThat(jdbc.queryForList("SELECT remote_addr FROM audit_log WHERE username = 'r5701'", String.class))
			.hasSize(2)
			.allSatisfy(address -> assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
	}

	@Test
	void aSubmissionAfterTheDeadlineIsLateAndGradedNormally() throws Exception {
		clock.set("2024-06-16T00:00:00+07:00");
		Map<String, Object> body = levelA(jdbc, "5701");
		body.put("submit", true);
		Response late = api.put(MAY, "r5701", body);
		assertThat(late.status()).as(late.body()).isEqualTo(200);
		assertThat(late.json().get("status").asString()).isEqualTo("LATE");
		assertThat(gradeOf("5701")).isEqualTo("A,10,LATE");
	}

	@Test
	void theLatestSubmissionWinsWhetherOnlineOrImported() throws Exception {
		// online on the 10th: level A
		Map<String, Object> body = levelA(jdbc, "5701");
		body.put("submit", true);
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);
		// imported on the 12th: 0 of 4 officials, nothing else: D
		importBundle("CSV-5701", "2024-06-12T09:00:00+07:00");
		assertThat(gradeOf("5701")).isEqualTo("D,1,SUBMITTED");

		// online again on the 14th: A again
		clock.set("2024-06-14T08:00:00+07:00");
		body.put("version", 1);
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);
		assertThat(gradeOf("5701")).isEqualTo("A,10,SUBMITTED");

		// an import dated before the online submission does not replace it
		importBundle("CSV-5701-OLD", "2024-06-13T09:00:00+07:00");
		assertThat(gradeOf("5701")).isEqualTo("A,10,SUBMITTED");
	}

	@Test
	void aReportLeftReturnedIsInvalidWithTheProvincesReasonUntilSubmittedAgain() throws Exception {
		Map<String, Object> body = levelA(jdbc, "5701");
		body.put("submit", true);
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);

		// only an admin of the province returns
		assertThat(api.post(MAY + "/return", "r5701", Map.of("reason", "x")).status()).isEqualTo(403);
		assertThat(api.post(MAY + "/return", "admin10", Map.of("reason", "x")).status()).isEqualTo(403);
		Response noReason = api.post(MAY + "/return", "admin57", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.error("reason")).isEqualTo("ต้องระบุเหตุผลที่ส่งรายงานกลับให้แก้ไข");

		Response returned = api.post(MAY + "/return", "admin57", Map.of("reason", "ยอดดาวน์โหลดไม่ตรงกับระบบ"));
		assertThat(returned.status()).as(returned.body()).isEqualTo(200);
		assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");
		run();
		assertThat(gradeOf("5701")).isEqualTo("D,0,INVALID");
		assertThat(jdbc.queryForList(
				"SELECT message FROM grade_note WHERE district_code = '5701' AND severity = 'INVALID'", String.class))
			.containsExactly("จังหวัดส่งรายงานกลับให้แก้ไข: ยอดดาวน์โหลดไม่ตรงกับระบบ");

		// a draft while returned changes nothing for grading
		body.put("submit", false);
		body.put("version", 2);
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);
		assertThat(gradeOf("5701")).isEqualTo("D,0,INVALID");
		Response view = api.get(MAY, "r5701");
		assertThat(view.json().get("returnReason").asString()).isEqualTo("ยอดดาวน์โหลดไม่ตรงกับระบบ");

		// resubmitted: graded again
		body.put("submit", true);
		body.put("version", 3);
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);
		assertThat(gradeOf("5701")).isEqualTo("A,10,SUBMITTED");

		// accepted: locked until reopened
		assertThat(api.post(MAY + "/accept", "admin57", "").status()).isEqualTo(200);
		body.put("version", 5);
		Response locked = api.put(MAY, "r5701", body);
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.error("state")).contains("ได้รับการรับรองแล้ว")
			.contains("จนกว่าจังหวัดจะเปิดให้แก้ไขอีกครั้ง");
		assertThat(api.post(MAY + "/accept", "admin57", "").status()).isEqualTo(409);
		assertThat(api.post(MAY + "/reopen", "r5701", "").status()).isEqualTo(403);
		Response reopened = api.post(MAY + "/reopen", "admin57", "{}");
		assertThat(reopened.status()).isEqualTo(200);
		assertThat(reopened.json().get("state").asString()).isEqualTo("SUBMITTED");
		body.put("version", 6);
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);
		assertThat(
				jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'admin57' ORDER BY id", String.class))
			.containsExactly("REPORT_RETURNED", "REPORT_ACCEPTED", "REPORT_REOPENED");
	}

	// ---- who may do what

	@Test
	void nobodyReadsOrWritesBeyondTheirLimit() throws Exception {
		Map<String, Object> body = levelA(jdbc, "5702");
		assertThat(api.put("/api/submissions/5702/2024-05", "r5702", body).status()).isEqualTo(200);
		String other = "/api/submissions/5702/2024-05";

		Response read = api.get(other, "r5701");
		assertThat(read.status()).isEqualTo(403);
		assertThat(read.error(null)).isEqualTo("บัญชีนี้รายงานได้เฉพาะอำเภอ 5701 จึงเข้าถึงรายงานของอำเภอ 5702 ไม่ได้");
		body.put("version", 1);
		assertThat(api.put(other, "r5701", body).status()).isEqualTo(403);
		assertThat(api.get(other + "/versions/1", "r5701").status()).isEqualTo(403);
		assertThat(api.get(other + "/activities/1/photos", "r5701").status()).isEqualTo(403);
		assertThat(api.postBytes(other + "/activities/1/photos", "r5701", "image/png", Photos.png()).status())
			.isEqualTo(403);
		assertThat(api.get("/api/submissions?province=57&month=2024-05", "r5701").status()).isEqualTo(403);

		// a province-limited admin: not another province's districts, reports or overview
		Response admin10 = api.get(other, "admin10");
		assertThat(admin10.status()).isEqualTo(403);
		assertThat(admin10.error(null)).contains("จำกัดเฉพาะจังหวัด 10");
		assertThat(api.put(other, "admin10", body).status()).isEqualTo(403);
		assertThat(api.get("/api/submissions?province=57&month=2024-05", "admin10").status()).isEqualTo(403);
		assertThat(api.get("/api/submissions/1001/2024-05", "admin10").status()).isEqualTo(200);

		// a viewer reads within the province, never writes
		assertThat(api.get(other, "viewer57").status()).isEqualTo(200);
		assertThat(api.put(other, "viewer57", body).status()).isEqualTo(403);
		assertThat(api.post(other + "/accept", "viewer57", "").status()).isEqualTo(403);

		// the province's admin and a national one may
		assertThat(api.get(other, "admin57").status()).isEqualTo(200);
		assertThat(api.put(other, "admin57", body).status()).isEqualTo(200);
		assertThat(api.get(other, "national").status()).isEqualTo(200);
		assertThat(api.get(other, null).status()).isEqualTo(401);

		assertThat(jdbc.queryForObject("SELECT version FROM online_report WHERE district_code = '5702'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void theProvinceOverviewShowsEveryDistrictWithCompletenessAndTimeliness() throws Exception {
		Map<String, Object> a = levelA(jdbc, "5701");
		a.put("submit", true);
		assertThat(api.put(MAY, "r5701", a).status()).isEqualTo(200);
		clock.set("2024-06-17T09:00:00+07:00");
		Map<String, Object> b = levelA(jdbc, "5702");
		b.put("submit", true);
		b.put("officialsDownloaded", 3);
		assertThat(api.put("/api/submissions/5702/2024-05", "r5702", b).status()).isEqualTo(200);
		assertThat(api.put("/api/submissions/5703/2024-05", "admin57", levelA(jdbc, "5703")).status()).isEqualTo(200);

		Response overview = api.get("/api/submissions?province=57&month=2024-05", "viewer57");
		assertThat(overview.status()).as(overview.body()).isEqualTo(200);
		var o = overview.json();
		assertThat(o.get("districts").asInt()).isEqualTo(18);
		assertThat(o.get("submitted").asInt()).isEqualTo(2);
		assertThat(o.get("onTime").asInt()).isEqualTo(1);
		assertThat(o.get("late").asInt()).isEqualTo(1);
		assertThat(o.get("drafts").asInt()).isEqualTo(1);
		assertThat(o.get("notStarted").asInt()).isEqualTo(15);
		assertThat(o.get("completenessPercent").asDouble()).isEqualTo(11.1);
		assertThat(o.get("timelinessPercent").asDouble()).isEqualTo(5.6);
		List<String> rows = new ArrayList<>();
		o.get("rows")
			.forEach(r -> rows.add(r.get("district").asString() + " " + r.get("state").asString() + " "
					+ r.get("status").asString("-") + " " + r.get("projectedLevel").asString("-")));
		assertThat(rows).hasSize(18)
			.startsWith("5701 SUBMITTED SUBMITTED A", "5702 SUBMITTED LATE B", "5703 DRAFT - A",
					"5704 NOT_STARTED - -");
		// an admin limited to 57 needs no province parameter
		assertThat(api.get("/api/submissions?month=2024-05", "admin57").json().get("province").asString())
			.isEqualTo("57");
	}

	@Test
	void theOverviewCountsImportedSubmissionsAndTheLatestOnlineOrImportedOneWins() throws Exception {
		importer.importBundle(Paths.get("samples/57-2024-05"));
		var o = api.get("/api/submissions?province=57&month=2024-05", "viewer57").json();
		// as samples/57-2024-05/expected-grades.csv says: 5704 late, 5718 sent nothing,
		// the others on time
		assertThat(o.get("submitted").asInt()).isEqualTo(17);
		assertThat(o.get("onTime").asInt()).isEqualTo(16);
		assertThat(o.get("late").asInt()).isEqualTo(1);
		assertThat(o.get("notStarted").asInt()).isEqualTo(1);
		assertThat(o.get("drafts").asInt()).isZero();
		assertThat(o.get("completenessPercent").asDouble()).isEqualTo(94.4);
		assertThat(o.get("timelinessPercent").asDouble()).isEqualTo(88.9);
		Map<String, String> rows = overviewRows(o);
		assertThat(rows).hasSize(18)
			.containsEntry("5701", "SUBMITTED SUBMITTED IMPORTED 2024-06-05T10:12")
			.containsEntry("5704", "SUBMITTED LATE IMPORTED 2024-06-17T09:30")
			// two imported submissions: the later one counts
			.containsEntry("5707", "SUBMITTED SUBMITTED IMPORTED 2024-06-12T14:20")
			.containsEntry("5718", "NOT_STARTED - - -");

		// 5702 imported on the 10th at 14:30 submits online on the 11th: the online one
		// takes over
		clock.set("2024-06-11T08:00:00+07:00");
		Map<String, Object> a = levelA(jdbc, "5702");
		a.put("submit", true);
		assertThat(api.put("/api/submissions/5702/2024-05", "r5702", a).status()).isEqualTo(200);
		// 5701 saves a draft after its import: the import still counts, the draft is
		// shown as such
		assertThat(api.put(MAY, "r5701", levelA(jdbc, "5701")).status()).isEqualTo(200);
		// 5704 submits online on the 16th, before its import of the 17th: the import
		// still counts (LATE)
		clock.set("2024-06-16T08:00:00+07:00");
		Map<String, Object> early = levelA(jdbc, "5704");
		early.put("submit", true);
		assertThat(api.put("/api/submissions/5704/2024-05", "admin57", early).status()).isEqualTo(200);
		// 5718 submits online after the deadline: late, online
		Map<String, Object> late = levelA(jdbc, "5718");
		late.put("submit", true);
		assertThat(api.put("/api/submissions/5718/2024-05", "admin57", late).status()).isEqualTo(200);

		o = api.get("/api/submissions?province=57&month=2024-05", "admin57").json();
		rows = overviewRows(o);
		assertThat(rows).containsEntry("5702", "SUBMITTED SUBMITTED ONLINE 2024-06-11T08:00")
			.containsEntry("5701", "DRAFT SUBMITTED IMPORTED 2024-06-05T10:12")
			.containsEntry("5704", "SUBMITTED LATE IMPORTED 2024-06-17T09:30")
			.containsEntry("5718", "SUBMITTED LATE ONLINE 2024-06-16T08:00");
		assertThat(o.get("submitted").asInt()).isEqualTo(18);
		assertThat(o.get("onTime").asInt()).isEqualTo(16);
		assertThat(o.get("late").asInt()).isEqualTo(2);
		assertThat(o.get("drafts").asInt()).isEqualTo(1);
		assertThat(o.get("notStarted").asInt()).isZero();
		assertThat(o.get("completenessPercent").asDouble()).isEqualTo(100.0);

		// the province returns 5702's online report: INVALID, not complete any more
		assertThat(
				api.post("/api/submissions/5702/2024-05/return", "admin57", Map.of("reason", "ข้อมูลไม่ครบ")).status())
			.isEqualTo(200);
		o = api.get("/api/submissions?province=57&month=2024-05", "admin57").json();
		assertThat(overviewRows(o)).containsEntry("5702", "RETURNED INVALID ONLINE 2024-06-11T08:00");
		assertThat(o.get("submitted").asInt()).isEqualTo(17);
		assertThat(o.get("returned").asInt()).isEqualTo(1);

		// the month's run grades what the overview showed
		assertThat(gradeOf("5704")).endsWith(",LATE");
		assertThat(gradeOf("5718")).isEqualTo("A,10,LATE");
		assertThat(gradeOf("5702")).isEqualTo("D,0,INVALID");
	}

	/** district → "state status source submittedAt(minutes)" of an overview's rows. */
	private static Map<String, String> overviewRows(tools.jackson.databind.JsonNode o) {
		Map<String, String> rows = new java.util.TreeMap<>();
		o.get("rows").forEach(r -> {
			String at = r.get("submittedAt").asString("-");
			rows.put(r.get("district").asString(), r.get("state").asString() + " " + r.get("status").asString("-") + " "
					+ r.get("source").asString("-") + " " + (at.length() > 16 ? at.substring(0, 16) : at));
		});
		return rows;
	}

	// ---- optimistic locking

	@Test
	void twoPeopleSavingTheSameVersionTheSecondGetsAClearConflictAndNothingIsLost() throws Exception {
		Map<String, Object> body = levelA(jdbc, "5701");
		assertThat(api.put(MAY, "r5701", body).status()).isEqualTo(200);

		// both read version 1; the admin saves first
		Map<String, Object> admins = levelA(jdbc, "5701");
		admins.put("version", 1);
		admins.put("officialsDownloaded", 2);
		assertThat(api.put(MAY, "admin57", admins).status()).isEqualTo(200);
		Map<String, Object> reporters = levelA(jdbc, "5701");
		reporters.put("version", 1);
		reporters.put("officialsDownloaded", 3);
		Response conflict = api.put(MAY, "r5701", reporters);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.error("version")).contains("ถูกบันทึกเป็นฉบับที่ 2 แล้ว โดย admin57")
			.contains("10 มิถุนายน")
			.contains("หลังฉบับที่ 1 ที่คุณแก้ไขอยู่")
			.contains("ฉบับของผู้อื่นไม่ถูกเขียนทับ");
		assertThat(api.get(MAY, "r5701").json().get("content").get("officialsDownloaded").asInt()).isEqualTo(2);
		// a first save that does not know of the stored report conflicts too
		reporters.put("version", null);
		assertThat(api.put(MAY, "r5701", reporters).status()).isEqualTo(409);

		// many at once on the same version: exactly one is stored
		int before = versions();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Map<String, Object> mine = levelA(jdbc, "5701");
			mine.put("version", 2);
			mine.put("officialsDownloaded", i % 4 + 1);
			String user = i % 2 == 0 ? "r5701" : "admin57";
			results.add(pool.submit((Callable<Integer>) () -> {
				start.await();
				return api.put(MAY, user, mine).status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(200, 409);
		assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
		assertThat(versions()).isEqualTo(before + 1);
		assertThat(jdbc.queryForList("SELECT version FROM online_report_version ORDER BY version", Integer.class))
			.containsExactly(1, 2, 3);
	}

	// ---- bad input

	@Test
	void badInputGetsAThaiErrorBesideItsFieldAndChangesNothing() throws Exception {
		Map<String, Object> good = levelA(jdbc, "5701");
		assertThat(api.put(MAY, "r5701", good).status()).isEqualTo(200);
		String stored = jdbc.queryForObject("SELECT content FROM online_report_version", String.class);
		String t5702 = jdbc.queryForObject("SELECT MIN(code) FROM subdistrict WHERE district_code = '5702'",
				String.class);

		record Case(String field, String message, java.util.function.Consumer<Map<String, Object>> change) {
		}
		List<Case> cases = List.of(
				new Case("officialsTotal", "จำนวนหัวหน้าส่วนราชการทั้งหมด (0) ต้องไม่น้อยกว่า 1",
						b -> b.put("officialsTotal", 0)),
				new Case("officialsDownloaded",
						"จำนวนหัวหน้าส่วนราชการที่ดาวน์โหลดแอป (5) มากกว่า จำนวนหัวหน้าส่วนราชการทั้งหมด (4)",
						b -> b.put("officialsDownloaded", 5)),
				new Case("officialsTotal", "จำนวนหัวหน้าส่วนราชการทั้งหมด “3.5” ไม่ใช่จำนวนเต็ม",
						b -> b.put("officialsTotal", 3.5)),
				new Case("officialsDownloaded", "จำนวนหัวหน้าส่วนราชการที่ดาวน์โหลดแอป “สาม” ไม่ใช่จำนวนเต็ม",
						b -> b.put("officialsDownloaded", "สาม")),
				new Case("prMedia[0].publishedOn", "วันที่เผยแพร่ “2024-05-32” ไม่ใช่วันที่ที่ถูกต้อง (YYYY-MM-DD)",
						b -> prItem(b).put("publishedOn", "2024-05-32")),
				new Case("activities[1].heldOn", "วันที่จัดกิจกรรม “เมื่อวาน” ไม่ใช่วันที่ที่ถูกต้อง (YYYY-MM-DD)",
						b -> activities(b).set(1, activity("เมื่อวาน", "x", 3))),
				new Case("prMedia[0].title", "ชื่อเรื่องยาวเกิน 500 ตัวอักษร",
						b -> prItem(b).put("title", "ก".repeat(501))),
				new Case("activities[0].title", "ชื่อเรื่องยาวเกิน 500 ตัวอักษร",
						b -> activities(b).set(0, activity("2024-05-09", "ข".repeat(501), 3))),
				new Case("prMedia[0].channels", "ไม่รู้จักรหัสช่องทาง “MYSPACE”",
						b -> prItem(b).put("channels", List.of("FACEBOOK", "MYSPACE"))),
				new Case("prMedia[0].channels", "ไม่ได้เลือกช่องทาง (เลือกได้หลายช่องทาง)", b -> {
					b.put("submit", true); // a draft may leave it blank
					prItem(b).put("channels", List.of());
				}),
				new Case("services[0].code", "ไม่รู้จักรหัสบริการ “NETFLIX”",
						b -> services(b).set(0, Map.of("code", "NETFLIX", "relevant", true, "updated", true))),
				new Case("services[1].code", "บริการ SHOP ซ้ำกับรายการที่ 1",
						b -> services(b).set(1, Map.of("code", "SHOP", "relevant", true, "updated", false))),
				new Case("services[0].relevant", "เกี่ยวข้องกับอำเภอ “maybe” ต้องระบุเป็นใช่หรือไม่ใช่",
						b -> services(b).set(0, Map.of("code", "SHOP", "relevant", "maybe", "updated", true))),
				new Case("downloads[0].tambonCode", "ตำบล " + t5702 + " อยู่ในอำเภอ 5702 ไม่ใช่อำเภอ 5701",
						b -> downloads(b).get(0).put("tambonCode", t5702)),
				new Case("downloads[0].tambonCode", "ไม่รู้จักรหัสตำบล “999999”",
						b -> downloads(b).get(0).put("tambonCode", "999999")),
				new Case("downloads[1].downloads", "ยอดดาวน์โหลดติดลบ (-4)",
						b -> downloads(b).get(1).put("downloads", -4)),
				new Case("downloads[1].downloads", "ยอดดาวน์โหลด “many” ไม่ใช่จำนวนเต็ม",
						b -> downloads(b).get(1).put("downloads", "many")),
				new Case("prMedia[0].link", "ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://",
						b -> prItem(b).put("link", "javascript:alert(1)")),
				new Case("prMedia[0].link", "ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://",
						b -> prItem(b).put("link", "ftp://files.example.org/a.pdf")),
				new Case("activities[0].participants", "จำนวนผู้เข้าร่วม “-3” ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป",
						b -> activities(b).set(0, activity("2024-05-09", "x", -3))),
				new Case("services", "services ต้องเป็นรายการ (JSON array [ … ])", b -> b.put("services", "SHOP")),
				new Case("version", "version ต้องเป็นเลขฉบับล่าสุดที่เปิดอยู่", b -> b.put("version", "one")),
				new Case("submit", "submit ต้องเป็น true (ส่งรายงาน) หรือ false (บันทึกร่าง)",
						b -> b.put("submit", "yes")),
				new Case("downloads", "ยังไม่ได้กรอกยอดดาวน์โหลดของตำบล", b -> {
					b.put("submit", true);
					downloads(b).remove(0);
				}));
		for (Case c : cases) {
			Map<String, Object> body = levelA(jdbc, "5701");
			body.put("version", 1);
			c.change().accept(body);
			Response refused = api.put(MAY, "r5701", body);
			assertThat(refused.status()).as(c.field() + ": " + refused.body()).isEqualTo(422);
			assertThat(refused.error(c.field())).as(c.field()).contains(c.message());
		}
		// not JSON, or no body: 400
		for (String notJson : List.of("{\"officialsTotal\": 4,", "officialsTotal=4", "[1,2]", "")) {
			Response refused = api.put(MAY, "r5701", notJson);
			assertThat(refused.status()).as(notJson).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("message").asString()).as(notJson)
				.containsPattern("[ก-๙]");
		}
		// a month that is not one, a district that is not one
		assertThat(api.put("/api/submissions/5701/2024-13", "r5701", good).error("month"))
			.contains("ไม่ใช่เดือนที่ถูกต้อง");
		assertThat(api.get("/api/submissions/9999/2024-05", "admin57").status()).isEqualTo(404);
		// a month without a rubric
		assertThat(api.put("/api/submissions/5701/2001-05", "r5701", good).error("month"))
			.contains("ยังไม่มีเกณฑ์การประเมิน");

		assertThat(versions()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT content FROM online_report_version", String.class)).isEqualTo(stored);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isZero();

		// a draft may be incomplete; what it gives must be right
		Map<String, Object> incomplete = levelA(jdbc, "5701");
		incomplete.put("version", 1);
		incomplete.put("officialsTotal", null);
		activities(incomplete).set(0, activity("", "", null));
		Response draft = api.put(MAY, "r5701", incomplete);
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		assertThat(draft.json().get("projected").get("status").asString()).isEqualTo("INVALID");
		Response view = api.get(MAY, "r5701");
		assertThat(view.json().get("errors").toString()).contains("officialsTotal", "activities[0].heldOn");
		// and cannot be submitted as it is
		incomplete.put("version", 2);
		incomplete.put("submit", true);
		Response notWhole = api.put(MAY, "r5701", incomplete);
		assertThat(notWhole.status()).isEqualTo(422);
		assertThat(notWhole.error("officialsTotal")).isEqualTo("ไม่ได้ระบุ จำนวนหัวหน้าส่วนราชการทั้งหมด");
		assertThat(notWhole.error("activities[0].heldOn")).isEqualTo("ไม่ได้ระบุ วันที่จัดกิจกรรม");

		// an entry dated outside the month is accepted with a warning, and not counted
		Map<String, Object> april = levelA(jdbc, "5701");
		april.put("version", 2);
		prItem(april).put("publishedOn", "2024-04-28");
		Response warned = api.put(MAY, "r5701", april);
		assertThat(warned.status()).isEqualTo(200);
		assertThat(warned.json().get("warnings").get(0).get("field").asString()).isEqualTo("prMedia[0].publishedOn");
		assertThat(warned.json().get("warnings").get(0).get("message").asString())
			.isEqualTo("สื่อประชาสัมพันธ์ลงวันที่ 28 เมษายน 2567 อยู่นอกเดือน พฤษภาคม 2567 จึงไม่นับ");
		assertThat(warned.json().get("projected").get("level").asString()).isEqualTo("C");
		assertThat(warned.json().get("projected").get("nextLevel").asString()).isEqualTo("B");
		assertThat(warned.json().get("projected").get("needs").get(0).get("no").asInt()).isEqualTo(3);
	}

	// ---- photos

	@Test
	void photosAreJpegOrPngByContentAtMost5MbAnd5AnActivityServedOnlyWithinTheLimit() throws Exception {
		assertThat(api.put(MAY, "r5701", levelA(jdbc, "5701")).status()).isEqualTo(200);
		String photos = MAY + "/activities/1/photos";

		Response png = api.postBytes(photos, "r5701", "image/png", Photos.png());
		assertThat(png.status()).as(png.body()).isEqualTo(201);
		long pngId = png.json().get("id").asLong();
		Response jpeg = api.postMultipart(photos, "r5701", "กิจกรรม.jpg", Photos.jpeg());
		assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
		assertThat(jpeg.json().get("contentType").asString()).isEqualTo("image/jpeg");

		Response served = api.get(photos + "/" + pngId, "r5701");
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.raw().headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(served.raw().body()).isEqualTo(Photos.png());
		assertThat(api.get(photos + "/" + pngId, "admin57").status()).isEqualTo(200);
		assertThat(api.get(photos + "/" + pngId, "r5702").status()).isEqualTo(403);
		assertThat(api.get(photos + "/" + pngId, "admin10").status()).isEqualTo(403);
		assertThat(api.get(MAY + "/activities/2/photos/" + pngId, "r5701").status()).isEqualTo(404);
		// stored under the photo folder, not in the web root
		try (var files = Files.walk(work.resolve("photos"))) {
			assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).hasSize(2)
				.allMatch(n -> n.endsWith(".png") || n.endsWith(".jpg"));
		}

		// refused by content, size and count; nothing kept
		Response text = api.postBytes(photos, "r5701", "image/jpeg", "not a photo".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(422);
		assertThat(text.error("photo")).contains("ไม่ใช่รูปภาพ JPEG หรือ PNG");
		byte[] fakePng = Photos.png().clone();
		for (int i = 20; i < fakePng.length; i++) {
			fakePng[i] = 0;
		}
		assertThat(api.postBytes(photos, "r5701", "image/png", fakePng).status()).isEqualTo(422);
		byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
		assertThat(api.postMultipart(photos, "r5701", "x.png", gif).status()).isEqualTo(422);
		Response large = api.postBytes(photos, "r5701", "image/jpeg", Photos.jpegOf(5 * 1024 * 1024 + 1));
		assertThat(large.status()).isEqualTo(422);
		assertThat(large.error("photo")).contains("เกิน 5 MB");
		assertThat(api.postBytes(photos, "r5701", "image/jpeg", Photos.jpegOf(5 * 1024 * 1024)).status())
			.isEqualTo(201);
		assertThat(api.postBytes(photos, "r5701", "image/png", Photos.png()).status()).isEqualTo(201);
		assertThat(api.postBytes(photos, "r5701", "image/png", Photos.png()).status()).isEqualTo(201);
		Response sixth = api.postBytes(photos, "r5701", "image/png", Photos.png());
		assertThat(sixth.status()).isEqualTo(422);
		assertThat(sixth.error("photo")).contains("มีรูปครบ 5 รูปแล้ว");
		assertThat(api.postBytes(MAY + "/activities/3/photos", "r5701", "image/png", Photos.png()).status())
			.isEqualTo(422);
		assertThat(api.get(photos, "r5701").json()).hasSize(5);
		try (var files = Files.walk(work.resolve("photos"))) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(5);
		}

		// removed by the district; not by another
		assertThat(api.delete(photos + "/" + pngId, "r5702").status()).isEqualTo(403);
		assertThat(api.delete(photos + "/" + pngId, "r5701").status()).isEqualTo(204);
		assertThat(api.get(photos + "/" + pngId, "r5701").status()).isEqualTo(404);
		assertThat(
				jdbc.queryForList("SELECT action FROM audit_log WHERE action LIKE 'PHOTO%' ORDER BY id", String.class))
			.startsWith("PHOTO_ADDED")
			.endsWith("PHOTO_REMOVED");
	}

	// ---- helpers

	private int versions() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM online_report_version", Integer.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> prItem(Map<String, Object> body) {
		return (Map<String, Object>) ((List<Object>) body.get("prMedia")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> activities(Map<String, Object> body) {
		return (List<Object>) body.get("activities");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> services(Map<String, Object> body) {
		return (List<Object>) body.get("services");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> downloads(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("downloads");
	}

	/**
	 * Runs May 2024 for province 57 and returns the district's grade as
	 * level,score,status.
	 */
	private String gradeOf(String district) throws Exception {
		run();
		return jdbc.queryForObject("SELECT CONCAT(level_code, ',', score, ',', status) FROM grade "
				+ "WHERE district_code = ? AND report_month = '2024-05'", String.class, district);
	}

	private void run() throws Exception {
		launcher.run("57", MAY_2024);
	}

	/**
	 * Imports a bundle of one report of 5701: 0 of 4 officials and one service updated,
	 * submitted at {@code at}.
	 */
	private void importBundle(String id, String at) throws Exception {
		Path dir = Files.createTempDirectory(work, "bundle");
		Files.writeString(dir.resolve("submissions.csv"),
				"submission_id,district_code,report_month,submitted_at,officials_total,officials_downloaded\n" + id
						+ ",5701,2024-05," + at + ",4,0\n");
		Files.writeString(dir.resolve("services.csv"),
				"submission_id,service_code,relevant,updated\n" + id + ",SHOP,TRUE,TRUE\n");
		Files.writeString(dir.resolve("pr_media.csv"), "submission_id,published_on,channels,title\n");
		Files.writeString(dir.resolve("activities.csv"), "submission_id,held_on,title,participants\n");
		Files.writeString(dir.resolve("tambon_downloads.csv"), "submission_id,tambon_code,downloads\n");
		importer.importBundle(dir);
	}

}
