package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Accounts on the running server against MariaDB (case-insensitive collation): sessions
 * that end when their account changes, normalised names, one's own password, one-time
 * passwords, the accounts API and the reporters of a whole province (issues #15.5,
 * #15.10, #13).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountSecurityIntegrationTests {

	static final String CHIEF = "chief";

	static final String CHIEF_PASSWORD = "chief-password-1";

	static final String PASSWORD = "a-long-enough-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, AccountSecurityIntegrationTests.class);
		registry.add("click.admin.username", () -> CHIEF);
		registry.add("click.admin.password", () -> CHIEF_PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void setUp() {
		jdbc.update("DELETE FROM app_user WHERE username <> ?", CHIEF);
		addUser("admina", "ADMIN", null, null, false);
		addUser("adminb", "ADMIN", null, null, false);
	}

	private void addUser(String name, String role, String province, String district, boolean mustChange) {
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, province_code, district_code, enabled, "
						+ "created_at, must_change_password) VALUES (?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP, ?)",
				name, passwords.encode(PASSWORD), role, province, district, mustChange);
	}

	private HttpTestClient signedIn(String name, String password) throws Exception {
		HttpTestClient client = new HttpTestClient(port);
		assertThat(client.login(name, password)).doesNotContain("error");
		return client;
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	@Test
	void anAdminsSessionEndsAtTheNextRequestOnceAnotherAdminDeletesThem() throws Exception {
		HttpTestClient a = signedIn("admina", PASSWORD);
		HttpTestClient b = signedIn("adminb", PASSWORD);
		assertThat(a.get("/users").statusCode()).isEqualTo(200);
		String aToken = a.csrfToken("/users");

		assertThat(b.postForm("/users/admina/delete", Map.of("_csrf", b.csrfToken("/users"))).statusCode())
			.isEqualTo(302);
		assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'admina'")).isZero();

		HttpResponse<String> after = a.get("/users");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		// the deleted admin cannot create an account with the form they still had open
		HttpResponse<String> create = a.postForm("/users",
				Map.of("username", "revenge", "password", PASSWORD, "role", "ADMIN", "_csrf", aToken));
		assertThat(create.statusCode()).isIn(302, 401, 403);
		assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'revenge'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'admina' AND action = 'SESSION_REVOKED'"))
			.isPositive();
	}

	@Test
	void aSessionEndsWhenItsAccountIsDemotedDisabledOrGivenANewPassword() throws Exception {
		HttpTestClient a = signedIn("admina", PASSWORD);
		HttpTestClient chief = signedIn(CHIEF, CHIEF_PASSWORD);
		chief.postForm("/users/admina/role", Map.of("role", "VIEWER", "_csrf", chief.csrfToken("/users")));
		assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE username = 'admina'", String.class))
			.isEqualTo("VIEWER");
		assertThat(a.get("/runs").statusCode()).isEqualTo(302);

		HttpTestClient b = signedIn("adminb", PASSWORD);
		chief.postForm("/users/adminb/password",
				Map.of("password", "another-long-password", "_csrf", chief.csrfToken("/users")));
		assertThat(b.get("/runs").statusCode()).isEqualTo(302);
		signedIn("adminb", "another-long-password");

		addUser("viewerc", "VIEWER", null, null, false);
		HttpTestClient c = signedIn("viewerc", PASSWORD);
		assertThat(c.get("/runs").statusCode()).isEqualTo(200);
		jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'viewerc'");
		assertThat(c.get("/runs").statusCode()).isEqualTo(302);
	}

	@Test
	void userNamesAreOneAccountWhateverTheirCase() throws Exception {
		HttpTestClient a = signedIn(" AdminA ", PASSWORD);
		assertThat(a.get("/users").statusCode()).isEqualTo(200);
		HttpResponse<String> self = a.postForm("/users/ADMINA/delete", Map.of("_csrf", a.csrfToken("/users")));
		assertThat(self.statusCode()).isEqualTo(302);
		assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'admina'")).isOne();
		assertThat(a.get("/users").body()).contains("ลบบัญชีของตัวเองไม่ได้");

		a.postForm("/users", Map.of("username", "  NewViewer ", "password", PASSWORD, "role", "VIEWER", "_csrf",
				a.csrfToken("/users")));
		assertThat(jdbc.queryForList("SELECT username FROM app_user WHERE username LIKE 'newviewer%'", String.class))
			.containsExactly("newviewer");
		HttpResponse<String> twice = a.postForm("/users", Map.of("username", "NEWVIEWER", "password", PASSWORD, "role",
				"VIEWER", "_csrf", a.csrfToken("/users")));
		assertThat(twice.statusCode()).isEqualTo(302);
		assertThat(a.get("/users").body()).contains("มีผู้ใช้ชื่อ newviewer อยู่แล้ว");
		assertThat(new HttpTestClient(port).get("/api/runs", "NewViewer", PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void passwordsShorterThanTwelveOrCommonAreRefused() throws Exception {
		HttpTestClient chief = signedIn(CHIEF, CHIEF_PASSWORD);
		for (String weak : List.of("short-pw", "password1234", "QWERTY123456")) {
			chief.postForm("/users", Map.of("username", "weakling", "password", weak, "role", "VIEWER", "_csrf",
					chief.csrfToken("/users")));
			assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'weakling'")).as(weak).isZero();
		}
		assertThat(chief.get("/users").body()).contains("คาดเดาง่าย");
	}

	@Test
	void everyUserChangesTheirOwnPasswordWithTheOldOne() throws Exception {
		addUser("viewerd", "VIEWER", null, "5701", false);
		HttpTestClient d = signedIn("viewerd", PASSWORD);
		assertThat(d.get("/password").body()).contains("เปลี่ยนรหัสผ่าน");
		HttpResponse<String> wrong = d.postForm("/password", Map.of("currentPassword", "not-my-password", "newPassword",
				"my-own-new-password", "confirmPassword", "my-own-new-password", "_csrf", d.csrfToken("/password")));
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
		assertThat(d.get("/password").body()).contains("รหัสผ่านปัจจุบันไม่ถูกต้อง");

		HttpResponse<String> right = d.postForm("/password", Map.of("currentPassword", PASSWORD, "newPassword",
				"my-own-new-password", "confirmPassword", "my-own-new-password", "_csrf", d.csrfToken("/password")));
		assertThat(right.statusCode()).isEqualTo(302);
		// this session goes on; the old password no longer signs in; the new one does
		assertThat(d.get("/archive").statusCode()).isEqualTo(200);
		assertThat(new HttpTestClient(port).get("/api/runs", "viewerd", PASSWORD).statusCode()).isEqualTo(401);
		assertThat(new HttpTestClient(port).get("/api/runs", "viewerd", "my-own-new-password").statusCode())
			.isEqualTo(200);

		// and through the API
		HttpResponse<String> api = new HttpTestClient(port).postJson("/api/users/me/password",
				"{\"currentPassword\":\"my-own-new-password\",\"newPassword\":\"third-password-here\"}", "viewerd",
				"my-own-new-password");
		assertThat(api.statusCode()).isEqualTo(204);
		HttpResponse<String> bad = new HttpTestClient(port).postJson("/api/users/me/password",
				"{\"currentPassword\":\"wrong-one-entirely\",\"newPassword\":\"fourth-password-here\"}", "viewerd",
				"third-password-here");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("รหัสผ่านปัจจุบันไม่ถูกต้อง");
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'viewerd' AND action = 'OWN_PASSWORD'"))
			.isEqualTo(2);
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		addUser("reporter5701", "REPORTER", "57", "5701", true);
		HttpTestClient r = new HttpTestClient(port);
		r.login("reporter5701", PASSWORD);
		HttpResponse<String> home = r.get("/archive");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
		assertThat(r.get("/password").body()).contains("รหัสผ่านครั้งแรก");

		HttpResponse<String> api = new HttpTestClient(port).get("/api/submissions/5701/2024-05", "reporter5701",
				PASSWORD);
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("ต้องเปลี่ยนรหัสผ่านครั้งแรก");

		r.postForm("/password", Map.of("currentPassword", PASSWORD, "newPassword", "reporter-own-password",
				"confirmPassword", "reporter-own-password", "_csrf", r.csrfToken("/password")));
		assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user WHERE username = 'reporter5701'",
				Boolean.class))
			.isFalse();
		assertThat(r.get("/archive").statusCode()).isEqualTo(200);
		assertThat(
				new HttpTestClient(port).get("/api/submissions/5701/2024-05", "reporter5701", "reporter-own-password")
					.statusCode())
			.isEqualTo(200);
	}

	@Test
	void theAccountsApiCreatesUsersWithinTheAdminsProvince() throws Exception {
		HttpTestClient api = new HttpTestClient(port);
		HttpResponse<String> created = api.postJson("/api/users", "{\"username\":\"Somchai\",\"password\":\"" + PASSWORD
				+ "\",\"role\":\"REPORTER\",\"district\":\"5701\"}", CHIEF, CHIEF_PASSWORD);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"username\":\"somchai\"", "\"province\":\"57\"", "\"district\":\"5701\"");

		assertThat(api
			.postJson("/api/users", "{\"username\":\"somchai\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}",
					CHIEF, CHIEF_PASSWORD)
			.statusCode()).isEqualTo(409);
		HttpResponse<String> weak = api.postJson("/api/users",
				"{\"username\":\"weak\",\"password\":\"short\",\"role\":\"VIEWER\"}", CHIEF, CHIEF_PASSWORD);
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("อย่างน้อย 12");
		assertThat(api
			.postJson("/api/users", "{\"username\":\"r2\",\"password\":\"" + PASSWORD + "\",\"role\":\"REPORTER\"}",
					CHIEF, CHIEF_PASSWORD)
			.statusCode()).isEqualTo(400);
		assertThat(api
			.postJson("/api/users", "{\"username\":\"x1\",\"password\":\"" + PASSWORD + "\",\"role\":\"KING\"}", CHIEF,
					CHIEF_PASSWORD)
			.statusCode()).isEqualTo(400);
		assertThat(api.postJson("/api/users", "not json", CHIEF, CHIEF_PASSWORD).statusCode()).isEqualTo(400);

		// an admin of province 57 gives accounts of 57 only
		addUser("admin57", "ADMIN", "57", null, false);
		assertThat(
				api.postJson("/api/users",
						"{\"username\":\"v57\",\"password\":\"" + PASSWORD
								+ "\",\"role\":\"VIEWER\",\"province\":\"57\"}",
						"admin57", PASSWORD)
					.statusCode())
			.isEqualTo(201);
		HttpResponse<String> other = api.postJson("/api/users",
				"{\"username\":\"v10\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\",\"province\":\"10\"}",
				"admin57", PASSWORD);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("เฉพาะผู้ใช้ของจังหวัด 57");
		assertThat(api
			.postJson("/api/users", "{\"username\":\"national\",\"password\":\"" + PASSWORD + "\",\"role\":\"ADMIN\"}",
					"admin57", PASSWORD)
			.statusCode()).isEqualTo(403);
		assertThat(api
			.postJson("/api/users",
					"{\"username\":\"r1001\",\"password\":\"" + PASSWORD
							+ "\",\"role\":\"REPORTER\",\"district\":\"1001\"}",
					"admin57", PASSWORD)
			.statusCode()).isEqualTo(403);
		// a viewer gives none
		addUser("viewere", "VIEWER", null, null, false);
		assertThat(api
			.postJson("/api/users", "{\"username\":\"v2\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}",
					"viewere", PASSWORD)
			.statusCode()).isEqualTo(403);
		assertThat(
				jdbc.queryForList("SELECT username FROM app_user WHERE username IN ('v10', 'national', 'r1001', 'v2')"))
			.isEmpty();
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_ADDED' AND detail LIKE 'somchai%'"))
			.isOne();
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_REFUSED' AND username = 'admin57'"))
			.isEqualTo(3);

		// the province admin's users page shows their province's accounts only
		String page = signedIn("admin57", PASSWORD).get("/users").body();
		assertThat(page).contains("v57", "somchai").doesNotContain(">chief<", ">admina<");
	}

	@Test
	void aReporterForEveryDistrictWithoutOneWithOneTimePasswordsShownOnce() throws Exception {
		addUser("reporter5701", "REPORTER", "57", "5701", false);
		HttpTestClient chief = signedIn(CHIEF, CHIEF_PASSWORD);
		HttpResponse<String> csv = chief.postForm("/users/reporters",
				Map.of("provinceCode", "57", "_csrf", chief.csrfToken("/users")));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment", "reporters-57.csv"));
		assertThat(csv.body()).startsWith("\uFEFFชื่อผู้ใช้,รหัสผ่านครั้งแรก,รหัสอำเภอ,อำเภอ");
		List<String[]> rows = Arrays.stream(csv.body().split("\r\n")).skip(1).map(l -> l.split(",")).toList();
		// Chiang Rai has 18 districts; 5701 already had its reporter
		assertThat(rows).hasSize(17);
		assertThat(rows).extracting(r -> r[2]).doesNotContain("5701").contains("5702", "5718");
		String[] first = rows.get(0);
		assertThat(first[0]).isEqualTo("reporter5702");
		assertThat(first[3]).isNotBlank();
		// stored as a hash only, and one-time
		Map<String, Object> stored = jdbc.queryForMap(
				"SELECT password_hash, must_change_password, role, province_code FROM app_user WHERE username = ?",
				first[0]);
		assertThat((String) stored.get("password_hash")).startsWith("$2").doesNotContain(first[1]);
		assertThat(passwords.matches(first[1], (String) stored.get("password_hash"))).isTrue();
		assertThat(stored).containsEntry("must_change_password", true)
			.containsEntry("role", "REPORTER")
			.containsEntry("province_code", "57");
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'REPORTERS_CREATED'")).isOne();
		assertThat(new HttpTestClient(port).get("/api/runs", first[0], first[1]).statusCode()).isEqualTo(403);

		// a second time: nothing to make, no passwords shown again
		HttpResponse<String> again = chief.postForm("/users/reporters",
				Map.of("provinceCode", "57", "_csrf", chief.csrfToken("/users")));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(chief.get("/users").body()).contains("มีบัญชีผู้รายงานอยู่แล้ว");
		assertThat(count("SELECT COUNT(*) FROM app_user WHERE role = 'REPORTER'")).isEqualTo(18);
	}

}
