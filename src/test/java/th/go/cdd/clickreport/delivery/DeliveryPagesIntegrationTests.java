package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * The recipients page, the run page's deliveries and the API on the running server, with
 * GreenMail as the SMTP server: an admin adds addresses (a wrong one is refused beside
 * its field), a run delivers, the run page and {@code GET /api/runs/{id}} show each
 * message, and the admin sends everything again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryPagesIntegrationTests {

	static final String ADMIN = "chief";

	static final String PASSWORD = "chief-password-1";

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, DeliveryPagesIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> ADMIN);
		registry.add("click.admin.password", () -> PASSWORD);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	OutputLayout layout;

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void clean() throws Exception {
		for (String table : List.of("delivery_file", "delivery_message", "delivery_request", "delivery_recipient",
				"audit_log")) {
			jdbc.update("DELETE FROM " + table);
		}
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void anAdminManagesRecipientsAndFollowsAndRepeatsTheDeliveryOfARun() throws Exception {
		SampleMonth.load(jdbc);
		jdbc.update("DELETE FROM app_user WHERE username = 'viewer1'");
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, enabled, created_at) "
						+ "VALUES ('viewer1', ?, 'VIEWER', TRUE, CURRENT_TIMESTAMP)",
				passwords.encode("viewer-password"));
		HttpTestClient admin = new HttpTestClient(port);
		admin.login(ADMIN, PASSWORD);

		String page = admin.get("/recipients").body();
		assertThat(page)
			.contains("ผู้รับรายงานทางอีเมล · จังหวัดเชียงราย", "สำนักงานจังหวัดเชียงราย", "5701 เมืองเชียงราย",
					"href=\"/recipients\"")
			.doesNotContain("style=", "<script");

		// a wrong address: the page again, the reason beside the field, what was typed
		// kept, nothing stored
		HttpResponse<String> wrong = admin.postForm("/recipients/5701/add",
				form("addresses", "cd5701.cdd.example.go.th", "_csrf", admin.csrfToken("/recipients")));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("class=\"field-error\" id=\"error-5701\"",
				"“cd5701.cdd.example.go.th” ไม่ใช่ที่อยู่อีเมล: ไม่มีเครื่องหมาย @",
				"value=\"cd5701.cdd.example.go.th\"", "aria-invalid=\"true\"");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_recipient", Integer.class)).isZero();
		// no CSRF token: refused
		assertThat(admin.postForm("/recipients/5701/add", form("addresses", "cd5701@cdd.example.go.th")).statusCode())
			.isEqualTo(403);

		HttpResponse<String> added = admin.postForm("/recipients/5701/add",
				form("addresses", "CD5701@cdd.example.go.th", "_csrf", admin.csrfToken("/recipients")));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location").orElse("")).endsWith("/recipients?province=57#u-5701");
		admin.postForm("/recipients/57/add",
				form("addresses", "office@cdd.example.go.th", "_csrf", admin.csrfToken("/recipients")));
		assertThat(jdbc.queryForList(
				"SELECT CONCAT(unit_code, ' ', address) FROM delivery_recipient ORDER BY unit_code", String.class))
			.containsExactly("57 office@cdd.example.go.th", "5701 cd5701@cdd.example.go.th");
		assertThat(admin.get("/recipients?province=57").body()).contains("cd5701@cdd.example.go.th");
		assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE action = 'RECIPIENT_ADDED' ORDER BY id",
				String.class))
			.containsExactly("อำเภอรหัส 5701: cd5701@cdd.example.go.th",
					"สำนักงานจังหวัดเชียงราย: office@cdd.example.go.th");

		// a viewer neither sees nor changes recipients
		HttpTestClient viewer = new HttpTestClient(port);
		viewer.login("viewer1", "viewer-password");
		assertThat(viewer.get("/recipients").statusCode()).isEqualTo(403);

		// a run delivers: the office gets the summary and CSV, 5701 its page
		HttpResponse<String> launched = admin.postJson("/api/runs", "{\"province\":\"57\",\"month\":\"2024-05\"}",
				ADMIN, PASSWORD);
		long id = Long.parseLong(find("\"id\":(\\d+)", launched.body()));
		await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == 2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM delivery_message WHERE status = 'SENT'",
					Integer.class) == 2);

		String json = admin.get("/api/runs/" + id, ADMIN, PASSWORD).body();
		assertThat(json).contains("\"status\":\"COMPLETED\"", "\"delivery\":{\"mailConfigured\":true",
				"\"recipients\":[\"office@cdd.example.go.th\"]", "\"status\":\"SENT\"", "\"attempts\":1",
				"\"name\":\"summary-57-2024-05.pdf\"",
				"\"sha256\":\"" + DeliveryPlanner.sha256(layout.summaryPdf("57", YearMonth.of(2024, 5))) + "\"",
				"\"name\":\"district-5701-2024-05.pdf\"");

		String runPage = admin.get("/runs/" + id).body();
		assertThat(runPage).contains("การส่งรายงานทางอีเมล", "ส่งแล้ว 2 · รอส่ง 0 · ส่งไม่สำเร็จ 0",
				"office@cdd.example.go.th", "grades-57-2024-05.csv, summary-57-2024-05.pdf", "id=\"deliver-all\"",
				"id=\"deliver-changed\"");
		assertThat(viewer.get("/runs/" + id).body()).contains("การส่งรายงานทางอีเมล").doesNotContain("deliver-all");

		// nothing changed: "only changed" sends nothing; "everything" sends both again
		HttpResponse<String> changed = admin.postForm("/runs/" + id + "/delivery",
				form("mode", "CHANGED", "_csrf", admin.csrfToken("/runs/" + id)));
		assertThat(changed.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM delivery_request WHERE state = 'QUEUED'",
					Integer.class) == 2);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		admin.postForm("/runs/" + id + "/delivery", form("mode", "ALL", "_csrf", admin.csrfToken("/runs/" + id)));
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 4);
		assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE action = 'DELIVERY_REQUESTED' ORDER BY id",
				String.class))
			.containsExactly("เฉพาะไฟล์ที่เปลี่ยนแปลง", "ส่งทุกไฟล์");

		// the API: 202 for an admin, 400 for an unknown mode, 403 for a viewer, 404 for
		// no such run
		HttpResponse<String> api = admin.postJson("/api/runs/" + id + "/delivery", "{\"mode\":\"ALL\"}", ADMIN,
				PASSWORD);
		assertThat(api.statusCode()).isEqualTo(202);
		assertThat(api.body()).contains("\"mode\":\"ALL\"", "\"month\":\"2024-05\"");
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 6);
		assertThat(admin.postJson("/api/runs/" + id + "/delivery", "{\"mode\":\"SOME\"}", ADMIN, PASSWORD).statusCode())
			.isEqualTo(400);
		assertThat(admin.postJson("/api/runs/" + id + "/delivery", "{}", "viewer1", "viewer-password").statusCode())
			.isEqualTo(403);
		HttpResponse<String> none = admin.postJson("/api/runs/999999/delivery", "{}", ADMIN, PASSWORD);
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("ไม่มีการประมวลผลครั้งที่ 999999");

		// removing an address
		HttpResponse<String> removed = admin.postForm("/recipients/5701/remove",
				form("address", "cd5701@cdd.example.go.th", "_csrf", admin.csrfToken("/recipients")));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM delivery_recipient WHERE unit_code = '5701'", Integer.class))
			.isZero();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'RECIPIENT_REMOVED'", Integer.class))
			.isOne();
	}

	@Test
	void anAdminLimitedToAProvinceManagesThatProvinceOnly() throws Exception {
		jdbc.update("DELETE FROM app_user WHERE username = 'bkkadmin'");
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, province_code, enabled, created_at) "
						+ "VALUES ('bkkadmin', ?, 'ADMIN', '10', TRUE, CURRENT_TIMESTAMP)",
				passwords.encode("bkk-password-1"));
		HttpTestClient bangkok = new HttpTestClient(port);
		bangkok.login("bkkadmin", "bkk-password-1");

		String page = bangkok.get("/recipients?province=57").body();
		assertThat(page).contains("จังหวัดกรุงเทพมหานคร").doesNotContain("5701 เมืองเชียงราย");
		String token = bangkok.csrfToken("/recipients");
		assertThat(bangkok.postForm("/recipients/5701/add", form("addresses", "x@cdd.example.go.th", "_csrf", token))
			.statusCode()).isEqualTo(403);
		assertThat(bangkok.postForm("/recipients/57/add", form("addresses", "x@cdd.example.go.th", "_csrf", token))
			.statusCode()).isEqualTo(403);
		assertThat(
				bangkok.postForm("/recipients/10/add", form("addresses", "saraban@bkk.example.go.th", "_csrf", token))
					.statusCode())
			.isEqualTo(302);
		assertThat(
				jdbc.queryForList("SELECT address FROM delivery_recipient WHERE province_code <> '10'", String.class))
			.doesNotContain("x@cdd.example.go.th");
		assertThat(jdbc.queryForObject(
				"SELECT province_code FROM delivery_recipient WHERE address = 'saraban@bkk.example.go.th'",
				String.class))
			.isEqualTo("10");
	}

	private static Map<String, String> form(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static String find(String regex, String text) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new AssertionError(regex + " not in " + text);
		}
		return m.group(1);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
