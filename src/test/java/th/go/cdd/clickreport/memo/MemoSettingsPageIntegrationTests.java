package th.go.cdd.clickreport.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * The memo settings pages on the running server: admins only, saved and audited, bad
 * input told in Thai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemoSettingsPageIntegrationTests {

	static final String ADMIN = "memo-admin";

	static final String ADMIN_PASSWORD = "memo-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, MemoSettingsPageIntegrationTests.class);
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> ADMIN_PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MemoRepository memos;

	HttpTestClient http;

	@BeforeEach
	void setUp() throws Exception {
		http = new HttpTestClient(port);
		jdbc.update("DELETE FROM app_user WHERE username = 'memo-viewer'");
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, district_code, enabled, created_at) "
						+ "VALUES ('memo-viewer', ?, 'VIEWER', NULL, TRUE, CURRENT_TIMESTAMP)",
				passwords.encode("viewer-password"));
	}

	@Test
	void anAdminSeesEveryProvinceAndChiangRaisLetterValues() throws Exception {
		http.login(ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> list = http.get("/memo-settings");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("เชียงราย", "ตั้งค่าแล้ว", "ยังไม่ได้ตั้งค่า", "/memo-settings/57");
		HttpResponse<String> form = http.get("/memo-settings/57");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"ขร ๐๐๑๙.๓/\"", "value=\"นางอำไพ บัวระดก\"",
				"พัฒนาการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดเชียงราย", "กลุ่มงานสารสนเทศการพัฒนาชุมชน");
		for (String page : new String[] { list.body(), form.body() }) {
			assertThat(page).doesNotContain("<script>", "style=\"", " onclick=", "<style");
		}
	}

	@Test
	void savingAProvinceStoresItAndAuditsIt() throws Exception {
		http.login(ADMIN, ADMIN_PASSWORD);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", http.csrfToken("/memo-settings/54"));
		fields.put("office", "สำนักงานพัฒนาชุมชนจังหวัดแพร่");
		fields.put("group", "กลุ่มงานส่งเสริมและพัฒนาชุมชน");
		fields.put("telephone", "0-5451-1234");
		fields.put("numberPrefix", "พร ๐๐๑๙.๑/");
		fields.put("signatoryName", "นายสมชาย ทดสอบ");
		fields.put("positionLines", "พัฒนาการจังหวัด ปฏิบัติราชการแทน\r\nผู้ว่าราชการจังหวัดแพร่\r\n");

		HttpResponse<String> saved = http.postForm("/memo-settings/54", fields);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/memo-settings/54");
		MemoSettings phrae = memos.settings("54");
		assertThat(phrae.configured()).isTrue();
		assertThat(phrae.numberPrefix()).isEqualTo("พร ๐๐๑๙.๑/");
		assertThat(phrae.positionLines()).containsExactly("พัฒนาการจังหวัด ปฏิบัติราชการแทน",
				"ผู้ว่าราชการจังหวัดแพร่");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'MEMO_SETTINGS' AND detail LIKE ?",
				Integer.class, ADMIN, "จังหวัดแพร่:%นายสมชาย ทดสอบ%"))
			.isEqualTo(1);
		assertThat(http.get("/memo-settings/54").body()).contains("บันทึกการตั้งค่าบันทึกข้อความของจังหวัดแพร่แล้ว");
	}

	@Test
	void aBlankOfficeIsRefusedWithASentenceAndNothingChanges() throws Exception {
		http.login(ADMIN, ADMIN_PASSWORD);
		MemoSettings before = memos.settings("57");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", http.csrfToken("/memo-settings/57"));
		fields.put("office", "   ");
		fields.put("signatoryName", "ใครก็ได้");
		fields.put("positionLines", "ตำแหน่ง");

		HttpResponse<String> refused = http.postForm("/memo-settings/57", fields);

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(http.get("/memo-settings/57").body()).contains("กรุณากรอกชื่อส่วนราชการ");
		assertThat(memos.settings("57")).isEqualTo(before);
	}

	@Test
	void viewersMayNotOpenItAndAnUnknownProvinceIsNotFound() throws Exception {
		http.login("memo-viewer", "viewer-password");
		assertThat(http.get("/memo-settings").statusCode()).isEqualTo(403);
		assertThat(http.get("/memo-settings/57").statusCode()).isEqualTo(403);

		HttpTestClient admin = new HttpTestClient(port);
		admin.login(ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> unknown = admin.get("/memo-settings/99");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).doesNotContain("Exception");
	}

}
