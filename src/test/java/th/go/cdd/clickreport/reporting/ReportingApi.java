package th.go.cdd.clickreport.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.go.cdd.clickreport.submission.SubmissionTables;

/**
 * The online reporting API over real HTTP, as a client uses it: Basic credentials, JSON
 * bodies built from maps, photos as raw bodies or multipart forms; and the test's users
 * and clock.
 */
final class ReportingApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PASSWORD = "password-of-the-test";

	private final String base;

	private final HttpClient client = HttpClient.newHttpClient();

	ReportingApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	record Response(int status, String body, HttpResponse<byte[]> raw) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		/** The message of the first error whose field is {@code field}, or fails. */
		String error(String field) {
			for (JsonNode e : json().get("errors")) {
				if (java.util.Objects.equals(field, e.get("field").isNull() ? null : e.get("field").asString())) {
					return e.get("message").asString();
				}
			}
			throw new AssertionError("No error for " + field + " in " + body);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

	Response get(String path, String user) throws Exception {
		return send(request(path, user).GET());
	}

	Response put(String path, String user, Object body) throws Exception {
		return send(request(path, user).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	Response post(String path, String user, Object body) throws Exception {
		return send(request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	Response postBytes(String path, String user, String contentType, byte[] bytes) throws Exception {
		return send(request(path, user).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
	}

	Response postMultipart(String path, String user, String fileName, byte[] bytes) throws Exception {
		String boundary = "----click-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + bytes.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(bytes, 0, body, head.length, bytes.length);
		System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
		return postBytes(path, user, "multipart/form-data; boundary=" + boundary, body);
	}

	Response delete(String path, String user) throws Exception {
		return send(request(path, user).DELETE());
	}

	private HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (user != null) {
			b.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return b;
	}

	private Response send(HttpRequest.Builder request) throws Exception {
		HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
	}

	// ---- users and data

	static void addUser(JdbcTemplate jdbc, PasswordEncoder passwords, String name, String role, String province,
			String district) {
		jdbc.update("DELETE FROM app_user WHERE username = ?", name);
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, district_code, province_code, enabled, "
						+ "created_at) VALUES (?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)",
				name, passwords.encode(PASSWORD), role, district, province);
	}

	/** Empties what online reports and grading wrote (reference data and users stay). */
	static void emptyReports(JdbcTemplate jdbc) {
		for (String table : List.of("grade_note", "grade", "online_report_photo", "online_report_version",
				"online_report")) {
			jdbc.update("DELETE FROM " + table);
		}
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
		jdbc.update("DELETE FROM audit_log");
	}

	/**
	 * A report of {@code district} that meets level A of May 2024 exactly: 4/4 officials,
	 * every service relevant and updated, 2 PR items on 2 channels, 2 activities, 10
	 * downloads in every sub-district.
	 */
	static Map<String, Object> levelA(JdbcTemplate jdbc, String district) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("officialsTotal", 4);
		body.put("officialsDownloaded", 4);
		List<Object> services = new ArrayList<>();
		for (String code : List.of("SHOP", "KNOWLEDGE", "SAGE", "FUNDING", "TRAVEL", "CAREER108", "NEWS_EVENT")) {
			services.add(Map.of("code", code, "relevant", true, "updated", true));
		}
		body.put("services", services);
		List<Object> pr = new ArrayList<>();
		pr.add(pr("2024-05-03", List.of("FACEBOOK"), "ประชาสัมพันธ์ Shop ชุมชน", "https://www.facebook.com/cdd"));
		pr.add(pr("2024-05-17", List.of("LINE", "RADIO"), "เชิญชวนดาวน์โหลด Click ชุมชน", null));
		body.put("prMedia", pr);
		List<Object> activities = new ArrayList<>();
		activities.add(activity("2024-05-09", "อบรมการใช้งาน Click ชุมชน", 45));
		activities.add(activity("2024-05-23", "ลงพื้นที่ช่วยผู้ประกอบการ", 18));
		body.put("activities", activities);
		List<Object> downloads = new ArrayList<>();
		for (String tambon : jdbc.queryForList("SELECT code FROM subdistrict WHERE district_code = ? ORDER BY code",
				String.class, district)) {
			downloads.add(new LinkedHashMap<>(Map.of("tambonCode", tambon, "downloads", 10)));
		}
		body.put("downloads", downloads);
		body.put("submit", false);
		body.put("version", null);
		return body;
	}

	static Map<String, Object> pr(String on, List<String> channels, String title, String link) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("publishedOn", on);
		item.put("channels", channels);
		item.put("title", title);
		item.put("link", link);
		return item;
	}

	static Map<String, Object> activity(String on, String title, Object participants) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("heldOn", on);
		item.put("title", title);
		item.put("participants", participants);
		return item;
	}

	/**
	 * A clock the test sets: the server's "now" (submitted_at, deadlines, audit times).
	 */
	static final class TestClock extends Clock {

		private volatile Instant now = Instant.parse("2024-06-10T03:00:00Z");

		void set(String isoWithOffset) {
			now = OffsetDateTime.parse(isoWithOffset).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
