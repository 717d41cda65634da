package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The reporting pages' access rules on the running server against MariaDB: a district
 * officer reaches only their district's form, a viewer never returns or accepts, a
 * province-limited admin stays in their province, every change needs the page's CSRF
 * token, and hostile addresses get a Thai 400 or 404, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportPagesIntegrationTests {

	static final String PASSWORD = "page-test-password";

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, ReportPagesIntegrationTests.class);
		registry.add("click.output-dir", () -> work.resolve("out").toString());
		registry.add("click.reporting.photo-dir", () -> work.resolve("photos").toString());
		registry.add("click.admin.username", () -> "admin");
		registry.add("click.admin.password", () -> "admin-password");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Clock clock;

	String month;

	@BeforeEach
	void setUp() {
		month = YearMonth.now(clock.withZone(BangkokTime.ZONE)).minusMonths(1).toString();
		jdbc.update("DELETE FROM online_report_version");
		jdbc.update("DELETE FROM online_report");
		user("officer5701", "REPORTER", "5701", "57");
		user("viewer57", "VIEWER", null, "57");
		user("admin57", "ADMIN", null, "57");
	}

	private void user(String name, String role, String district, String province) {
		jdbc.update("DELETE FROM app_user WHERE username = ?", name);
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, district_code, province_code, enabled, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)",
				name, passwords.encode(PASSWORD), role, district, province);
	}

	private PageClient signedIn(String user) throws Exception {
		PageClient client = new PageClient(port);
		client.login(user, user.equals("admin") ? "admin-password" : PASSWORD);
		return client;
	}

	@Test
	void anOfficerLandsOnTheirDistrictsMonthAndReachesNoOtherDistrict() throws Exception {
		PageClient officer = signedIn("officer5701");
		assertThat(officer.get("/").headers().firstValue("Location").orElse("")).endsWith("/report");
		assertThat(officer.get("/report").headers().firstValue("Location").orElse(""))
			.endsWith("/report/5701/" + month);
		HttpResponse<String> own = officer.get("/report/5701/" + month);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("อำเภอเมืองเชียงราย", "id=\"report-form\"", "ระดับที่คาดว่าจะได้");

		HttpResponse<String> other = officer.get("/report/5702/" + month);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("บัญชีนี้รายงานได้เฉพาะอำเภอ 5701");
		String csrf = officer.csrf("/report/5701/" + month);
		HttpResponse<String> write = officer.json("PUT", "/report/5702/" + month + "/data", draft(null), csrf);
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(write.body()).contains("บัญชีนี้รายงานได้เฉพาะอำเภอ 5701");
		assertThat(officer.json("POST", "/report/5702/" + month + "/projection", draft(null), csrf).statusCode())
			.isEqualTo(403);
		// the province's pages are not theirs
		assertThat(officer.get("/reports").statusCode()).isEqualTo(403);
		assertThat(officer.get("/runs").statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM online_report", Integer.class)).isZero();
	}

	@Test
	void anOfficerSavesWithTheFormsTokenAndASecondSaveOfTheSameVersionIsAConflict() throws Exception {
		PageClient officer = signedIn("officer5701");
		String csrf = officer.csrf("/report/5701/" + month);
		assertThat(officer.json("PUT", "/report/5701/" + month + "/data", draft(null), null).statusCode())
			.isEqualTo(403);
		assertThat(officer.json("PUT", "/report/5701/" + month + "/data", draft(null), "forged").statusCode())
			.isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM online_report", Integer.class)).isZero();

		HttpResponse<String> saved = officer.json("PUT", "/report/5701/" + month + "/data", draft(null), csrf);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("\"version\":1", "\"state\":\"DRAFT\"", "\"level\":\"D\"");
		HttpResponse<String> stale = officer.json("PUT", "/report/5701/" + month + "/data", draft(null), csrf);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("ถูกบันทึกเป็นฉบับที่ 1 แล้ว");

		HttpResponse<String> projection = officer.json("POST", "/report/5701/" + month + "/projection", draft(1), csrf);
		assertThat(projection.statusCode()).isEqualTo(200);
		assertThat(projection.body()).contains("\"level\":\"D\"", "สิ่งที่ยังขาดเพื่อให้ได้ระดับ C");

		HttpResponse<String> wrong = officer.json("PUT", "/report/5701/" + month + "/data", """
				{"officials":[{"position":"นายอำเภอ","downloaded":"บางที"}],
				 "prMedia":[{"publishedOn":"2024-02-30","channels":["PIGEON"],"title":"x","link":"ftp://x"}],
				 "submit":false,"version":1}""", csrf);
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("\"field\":\"officials[0].downloaded\"",
				"\"field\":\"prMedia[0].publishedOn\"", "\"field\":\"prMedia[0].channels\"",
				"\"field\":\"prMedia[0].link\"");
		assertThat(jdbc.queryForObject("SELECT version FROM online_report", Integer.class)).isEqualTo(1);

		HttpResponse<String> notJson = officer.json("PUT", "/report/5701/" + month + "/data", "{officials:", csrf);
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.body()).contains("อ่านข้อมูลที่ส่งมาไม่ได้");
	}

	@Test
	void aViewerReadsButNeverReturnsOrAccepts() throws Exception {
		PageClient officer = signedIn("officer5701");
		officer.json("PUT", "/report/5701/" + month + "/data", draft(null), officer.csrf("/report/5701/" + month));

		PageClient viewer = signedIn("viewer57");
		HttpResponse<String> page = viewer.get("/report/5701/" + month);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-editable=\"false\"").doesNotContain("id=\"accept-report\"");
		assertThat(viewer.get("/reports?month=" + month).body()).contains("เมืองเชียงราย", "ฉบับร่าง");
		String csrf = viewer.csrf("/runs");
		for (String action : List.of("accept", "reopen", "return")) {
			HttpResponse<String> response = viewer.postForm("/reports/5701/" + month + "/" + action,
					Map.of("_csrf", csrf, "reason", "ไม่ผ่าน", "version", "1"));
			assertThat(response.statusCode()).as(action).isEqualTo(403);
		}
		assertThat(viewer.json("PUT", "/report/5701/" + month + "/data", draft(1), csrf).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT state FROM online_report", String.class)).isEqualTo("DRAFT");
		assertThat(viewer.get("/reports/import").statusCode()).isEqualTo(403);
	}

	@Test
	void aProvinceAdminStaysInTheirProvinceAndTheirActionsNeedTheToken() throws Exception {
		PageClient admin = signedIn("admin57");
		HttpResponse<String> other = admin.get("/reports?province=10&month=" + month);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("บัญชีนี้จำกัดเฉพาะจังหวัด 57");
		HttpResponse<String> otherReport = admin.get("/report/1001/" + month);
		assertThat(otherReport.statusCode()).isEqualTo(403);
		assertThat(otherReport.body()).contains("บัญชีนี้จำกัดเฉพาะจังหวัด 57");
		String own = admin.get("/reports?month=" + month).body();
		assertThat(own).contains("การรายงานของอำเภอ · เชียงราย").doesNotContain("id=\"province\"");

		// a report to decide on: without the form's token nothing happens
		PageClient officer = signedIn("officer5701");
		officer.json("PUT", "/report/5701/" + month + "/data", draft(null), officer.csrf("/report/5701/" + month));
		HttpResponse<String> noToken = admin.postForm("/reports/5701/" + month + "/return", Map.of("reason", "ไม่ครบ"));
		assertThat(noToken.statusCode()).isEqualTo(403);
		// with it, the service answers: a draft cannot be returned (a Thai sentence on
		// the form)
		String csrf = admin.csrf("/report/5701/" + month);
		HttpResponse<String> refused = admin.postForm("/reports/5701/" + month + "/return",
				Map.of("_csrf", csrf, "reason", "ไม่ครบ", "version", "1"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(admin.get("/report/5701/" + month).body()).contains("ส่งกลับได้เฉพาะรายงานที่ส่งแล้ว");
		assertThat(jdbc.queryForObject("SELECT state FROM online_report", String.class)).isEqualTo("DRAFT");
	}

	@Test
	void hostileAddressesGetAThaiSentenceAndNeverAServerError() throws Exception {
		PageClient admin = signedIn("admin");
		Map<String, Integer> expected = new java.util.LinkedHashMap<>();
		expected.put("/report/5701/2024-13", 400);
		expected.put("/report/5701/abcd", 400);
		expected.put("/report/5701/99999-01", 400);
		expected.put("/report/57011/2024-05", 400);
		expected.put("/report/%3Cscript%3E/2024-05", 400);
		expected.put("/report/9999/2024-05", 404);
		expected.put("/report/5701/1999-05", 400);
		expected.put("/report/5701?month=2024-99", 400);
		expected.put("/reports?month=xx", 400);
		expected.put("/reports?province=99&month=2024-05", 404);
		expected.put("/reports?province=%27%3B%20DROP%20TABLE%20grade%3B--&month=2024-05", 400);
		expected.put("/reports?province=57&month=2024-05&nation=maybe", 400);
		for (Map.Entry<String, Integer> e : expected.entrySet()) {
			HttpResponse<String> response = admin.get(e.getKey());
			assertThat(response.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
			assertThat(response.body()).as(e.getKey())
				.contains("class=\"flash error\"")
				.doesNotContain("Exception", "<script>");
		}
		String csrf = admin.csrf("/reports?month=" + month);
		HttpResponse<String> badVersion = admin.postForm("/reports/5701/" + month + "/accept",
				Map.of("_csrf", csrf, "version", "not-a-number"));
		assertThat(badVersion.statusCode()).isEqualTo(400);
		assertThat(badVersion.body()).contains("class=\"flash error\"");
		assertThat(admin.json("PUT", "/report/5701/2024-13/data", draft(null), csrf).statusCode()).isEqualTo(400);
		assertThat(admin.json("PUT", "/report/5701/2024-13/data", draft(null), csrf).body()).contains("ไม่ถูกต้อง");
	}

	/**
	 * A draft with one head of agency who downloaded the app; {@code version} the one it
	 * was read at.
	 */
	private static String draft(Integer version) {
		return """
				{"officials":[{"position":"นายอำเภอ","downloaded":"true"}],"services":[],"prMedia":[],
				 "activities":[],"downloads":[],"submit":false,"version":%s}""".formatted(version);
	}

}
