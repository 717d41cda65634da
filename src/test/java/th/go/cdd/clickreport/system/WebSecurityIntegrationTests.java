package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Who may do what, on the running server: roles, login, CSRF, passwords, and the
 * archive's paths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityIntegrationTests {

	static final String ADMIN = "chief";

	static final String ADMIN_PASSWORD = "chief-password-1";

	static final String SECRET = "TOP-SECRET-NOT-IN-THE-ARCHIVE";

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, WebSecurityIntegrationTests.class);
		registry.add("click.output-dir", () -> work.resolve("archive").toString());
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> ADMIN_PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	HttpTestClient http;

	@BeforeEach
	void setUp() throws Exception {
		http = new HttpTestClient(port);
		addUser("viewer1", "viewer-password", "VIEWER", null);
		addUser("reader5701", "reader-password", "VIEWER", "5701");
		Path month = Files.createDirectories(work.resolve("archive/57/2024-05"));
		Files.writeString(month.resolve("summary-57-2024-05.pdf"), "%PDF summary of 57");
		Files.writeString(month.resolve("district-5701-2024-05.pdf"), "%PDF district 5701");
		Files.writeString(month.resolve("district-5702-2024-05.pdf"), "%PDF district 5702");
		Files.writeString(month.resolve("grades-57-2024-05.csv"), "district_code,level,score,status\n");
		Files.writeString(work.resolve("secret.pdf"), SECRET);
		Files.writeString(work.resolve("archive/secret.pdf"), SECRET);
		Files.writeString(month.resolve("notes.txt"), SECRET);
	}

	private void addUser(String name, String password, String role, String district) {
		jdbc.update("DELETE FROM app_user WHERE username = ?", name);
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, district_code, enabled, created_at) "
						+ "VALUES (?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)",
				name, passwords.encode(password), role, district);
	}

	@Test
	void anonymousCallsToTheApiGet401AndPagesRedirectToTheLogin() throws Exception {
		HttpResponse<String> api = http.get("/api/runs");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertThat(http.get("/api/reports/57/2024-05/summary-57-2024-05.pdf").statusCode()).isEqualTo(401);

		for (String page : List.of("/runs", "/runs/1", "/archive", "/archive/57/2024-05/summary-57-2024-05.pdf",
				"/audit")) {
			HttpResponse<String> response = http.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
		}
		assertThat(http.get("/login").body()).contains("เข้าสู่ระบบ");
	}

	@Test
	void wrongPasswordsAreRefused() throws Exception {
		assertThat(http.get("/api/runs", ADMIN, "wrong").statusCode()).isEqualTo(401);
		assertThat(http.login(ADMIN, "wrong")).endsWith("/login?error");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'LOGIN_FAILED'",
				Integer.class, ADMIN))
			.isPositive();
	}

	@Test
	void aViewerReadsButCannotLaunch() throws Exception {
		assertThat(http.get("/api/runs", "viewer1", "viewer-password").statusCode()).isEqualTo(200);
		assertThat(
				http.postJson("/api/runs", "{\"province\":\"57\",\"month\":\"2024-05\"}", "viewer1", "viewer-password")
					.statusCode())
			.isEqualTo(403);

		http.login("viewer1", "viewer-password");
		assertThat(http.get("/runs").statusCode()).isEqualTo(200);
		String token = http.csrfToken("/runs");
		HttpResponse<String> launch = http.postForm("/runs",
				Map.of("province", "57", "month", "2024-05", "_csrf", token));
		assertThat(launch.statusCode()).isEqualTo(403);
		assertThat(http.get("/audit").statusCode()).isEqualTo(403);
		assertThat(http.get("/users").statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grading_run", Integer.class)).isZero();
	}

	@Test
	void formsNeedTheirCsrfToken() throws Exception {
		assertThat(http.login(ADMIN, ADMIN_PASSWORD)).doesNotContain("error");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'LOGIN'",
				Integer.class, ADMIN))
			.isPositive();

		HttpResponse<String> without = http.postForm("/users",
				Map.of("username", "newcomer", "password", "newcomer-password", "role", "VIEWER"));
		assertThat(without.statusCode()).isEqualTo(403);
		HttpResponse<String> forged = http.postForm("/users",
				Map.of("username", "newcomer", "password", "newcomer-password", "role", "VIEWER", "_csrf", "forged"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForList("SELECT username FROM app_user WHERE username = 'newcomer'")).isEmpty();

		HttpResponse<String> with = http.postForm("/users", Map.of("username", "newcomer", "password",
				"newcomer-password", "role", "VIEWER", "_csrf", http.csrfToken("/users")));
		assertThat(with.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForList("SELECT username FROM app_user WHERE username = 'newcomer'")).hasSize(1);
	}

	@Test
	void anAdminChangesAUsersRoleAndDistrictButNotTheirOwnAdminRole() throws Exception {
		http.login(ADMIN, ADMIN_PASSWORD);
		String token = http.csrfToken("/users");

		HttpResponse<String> changed = http.postForm("/users/viewer1/role",
				Map.of("role", "VIEWER", "districtCode", "5702", "_csrf", token));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("SELECT district_code FROM app_user WHERE username = 'viewer1'", String.class))
			.isEqualTo("5702");
		assertThat(http.get("/users").body()).contains("เปลี่ยนบทบาทของ viewer1 เป็นผู้อ่านรายงาน (อำเภอ 5702) แล้ว")
			.contains("value=\"5702\"");
		// API calls sign in every time: the new limit holds at once
		assertThat(http.get("/api/reports/57/2024-05", "viewer1", "viewer-password").body())
			.contains("district-5702-2024-05.pdf")
			.doesNotContain("district-5701", "summary-57");
		assertThat(jdbc.queryForObject(
				"SELECT detail FROM audit_log WHERE username = ? AND action = 'USER_CHANGED' ORDER BY id DESC LIMIT 1",
				String.class, ADMIN))
			.isEqualTo("viewer1 VIEWER อำเภอ 5702");

		// an empty district lifts the limit; a reader made admin
		http.postForm("/users/viewer1/role", Map.of("role", "ADMIN", "districtCode", "", "_csrf", token));
		assertThat(http.get("/users").body()).contains("เปลี่ยนบทบาทของ viewer1 เป็นผู้ดูแลระบบ (ทุกอำเภอ) แล้ว");
		assertThat(jdbc.queryForMap("SELECT role, district_code FROM app_user WHERE username = 'viewer1'"))
			.containsEntry("role", "ADMIN")
			.containsEntry("district_code", null);

		// refused, with the reason, and nothing changed
		Map<String, String> refusals = Map.of("ไม่มีอำเภอรหัส 9999", "reader5701|VIEWER|9999",
				"ผู้ดูแลระบบจำกัดอำเภอไม่ได้", "reader5701|ADMIN|5701",
				"เปลี่ยนบทบาทของบัญชีตัวเองจากผู้ดูแลระบบไม่ได้", ADMIN + "|VIEWER|", "ไม่มีผู้ใช้ชื่อ nobody",
				"nobody|VIEWER|");
		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			String[] request = refusal.getValue().split("\\|", -1);
			HttpResponse<String> response = http.postForm("/users/" + request[0] + "/role",
					Map.of("role", request[1], "districtCode", request[2], "_csrf", token));
			assertThat(response.statusCode()).as(refusal.getKey()).isEqualTo(302);
			assertThat(http.get("/users").body()).as(refusal.getKey()).contains(refusal.getKey());
		}
		assertThat(
				jdbc.queryForList("SELECT CONCAT(username, ' ', role, ' ', COALESCE(district_code, '-')) FROM app_user"
						+ " WHERE username IN (?, 'reader5701') ORDER BY username", String.class, ADMIN))
			.containsExactly(ADMIN + " ADMIN -", "reader5701 VIEWER 5701");
		// a reader cannot change anyone
		http = new HttpTestClient(port);
		http.login("reader5701", "reader-password");
		assertThat(http
			.postForm("/users/reader5701/role",
					Map.of("role", "ADMIN", "districtCode", "", "_csrf", http.csrfToken("/runs")))
			.statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE username = 'reader5701'", String.class))
			.isEqualTo("VIEWER");
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, ADMIN);
		assertThat(hash).startsWith("$2").doesNotContain(ADMIN_PASSWORD);
		assertThat(BCrypt.checkpw(ADMIN_PASSWORD, hash)).isTrue();
		assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE username = ?", String.class, ADMIN))
			.isEqualTo("ADMIN");
	}

	@Test
	void onlyTheHealthEndpointIsPublic() throws Exception {
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(http.get("/actuator/metrics", "viewer1", "viewer-password").statusCode()).isEqualTo(403);
		assertThat(http.get("/actuator/metrics", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void theThaiFontOfThePagesIsServedToAnyoneAndNothingElseOfItsFolder() throws Exception {
		HttpResponse<String> font = http.get("/fonts/sarabun/Sarabun-Regular.ttf");
		assertThat(font.statusCode()).isEqualTo(200);
		assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
		assertThat(font.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age"));
		assertThat(http.get("/fonts/sarabun/OFL.txt").body()).contains("SIL OPEN FONT LICENSE");
		assertThat(http.get("/fonts/sarabun/fonts.xml").statusCode()).isEqualTo(404);
		assertThat(http.get("/css/click.css").body()).contains("url(\"../fonts/sarabun/Sarabun-Regular.ttf\")");
	}

	@Test
	void archivedFilesAreServedAndTheDownloadAudited() throws Exception {
		HttpResponse<String> pdf = http.get("/api/reports/57/2024-05/summary-57-2024-05.pdf", "viewer1",
				"viewer-password");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.body()).isEqualTo("%PDF summary of 57");
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE username = 'viewer1' AND action = 'DOWNLOAD' AND detail = ?",
				Integer.class, "summary-57-2024-05.pdf"))
			.isPositive();
		String listing = http.get("/api/reports/57/2024-05", "viewer1", "viewer-password").body();
		assertThat(listing).contains("summary-57-2024-05.pdf", "district-5702-2024-05.pdf", "grades-57-2024-05.csv")
			.doesNotContain("notes.txt");
	}

	@Test
	void aDistrictReaderSeesOnlyTheirDistrictsPdf() throws Exception {
		String listing = http.get("/api/reports/57/2024-05", "reader5701", "reader-password").body();
		assertThat(listing).contains("district-5701-2024-05.pdf")
			.doesNotContain("district-5702", "summary-57", "grades-57");
		assertThat(http.get("/api/reports/57/2024-05/district-5701-2024-05.pdf", "reader5701", "reader-password")
			.statusCode()).isEqualTo(200);
		for (String other : List.of("district-5702-2024-05.pdf", "summary-57-2024-05.pdf", "grades-57-2024-05.csv")) {
			assertThat(http.get("/api/reports/57/2024-05/" + other, "reader5701", "reader-password").statusCode())
				.as(other)
				.isEqualTo(404);
		}
	}

	@Test
	void pathsOutsideTheArchiveGetNoFile() throws Exception {
		List<String> attempts = List.of("/57/2024-05/../../../secret.pdf", "/57/2024-05/..%2F..%2F..%2Fsecret.pdf",
				"/57/2024-05/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.pdf", "/57/2024-05/%2E%2E/%2E%2E/%2E%2E/secret.pdf",
				"/57/2024-05/..%252F..%252F..%252Fsecret.pdf", "/57/2024-05/..\\..\\..\\secret.pdf",
				"/57/2024-05/..%5C..%5C..%5Csecret.pdf",
				"/57/2024-05/%2F" + work.resolve("secret.pdf").toString().substring(1).replace("/", "%2F"),
				"/57/2024-05/" + work.resolve("secret.pdf"), "/57/2024-05/notes.txt", "/57/2024-05/.%2Fnotes.txt",
				"/57/..%2F..%2Fsecret.pdf", "/%2e%2e/2024-05/secret.pdf", "/57/2024-05%2F..%2F..%2F/secret.pdf",
				"/57/2024-05/summary-57-2024-05.pdf%00.txt",
				"/57/2024-05/summary-57-2024-05.pdf/..%2F..%2F..%2Fsecret.pdf", "/5/2024-05/summary-5-2024-05.pdf",
				"/57/2024-5/summary-57-2024-5.pdf");
		http.login("viewer1", "viewer-password");
		for (String attempt : attempts) {
			HttpTestClient.Raw api = http.rawGet("/api/reports" + attempt, "viewer1", "viewer-password");
			assertThat(api.status()).as("/api/reports" + attempt).isIn(400, 404);
			assertThat(api.body()).as("/api/reports" + attempt).doesNotContain(SECRET);
			HttpTestClient.Raw page = http.rawGetInSession("/archive" + attempt);
			assertThat(page.status()).as("/archive" + attempt).isIn(400, 404);
			assertThat(page.body()).as("/archive" + attempt).doesNotContain(SECRET);
		}
		// The same session does reach a real file: the refusals above are not a lost
		// login.
		HttpTestClient.Raw real = http.rawGetInSession("/archive/57/2024-05/summary-57-2024-05.pdf");
		assertThat(real.status()).isEqualTo(200);
		assertThat(real.body()).contains("%PDF summary of 57");
		assertThat(new String(Files.readAllBytes(work.resolve("secret.pdf")), StandardCharsets.UTF_8))
			.isEqualTo(SECRET);
	}

}
