package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

import th.go.cdd.clickreport.submission.SubmissionTables;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The upload page against MariaDB: the sample bundle uploaded as its CSV files and as a
 * ZIP gives the import command's counts; wrong uploads are refused in one Thai sentence
 * with nothing imported; only an admin may upload, and only with the form's CSRF token;
 * every upload is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleUploadIntegrationTests {

	static final Path SAMPLE = Path.of("samples", "57-2024-05");

	static final List<String> FILES = List.of("submissions.csv", "services.csv", "pr_media.csv", "activities.csv",
			"tambon_downloads.csv");

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, BundleUploadIntegrationTests.class);
		registry.add("click.output-dir", () -> work.toString());
		registry.add("click.admin.username", () -> "admin");
		registry.add("click.admin.password", () -> "admin-password");
		registry.add("click.upload.max-bundle-size", () -> "200KB");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	PageClient admin;

	@BeforeEach
	void setUp() throws Exception {
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
		jdbc.update("DELETE FROM app_user WHERE username = 'viewer'");
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, enabled, created_at) "
						+ "VALUES ('viewer', ?, 'VIEWER', TRUE, CURRENT_TIMESTAMP)",
				passwords.encode("viewer-password"));
		admin = new PageClient(port);
		admin.login("admin", "admin-password");
	}

	@Test
	void theSampleBundleUploadedAsItsFilesIsImportedAsTheImportCommandWould() throws Exception {
		HttpResponse<String> page = admin.upload("/reports/import", "files", sampleFiles(),
				admin.csrf("/reports/import"));

		assertThat(page.statusCode()).isEqualTo(200);
		int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class);
		int rejected = jdbc.queryForObject("SELECT COUNT(*) FROM import_issue WHERE severity = 'REJECT'",
				Integer.class);
		assertThat(submissions).isGreaterThan(0);
		assertThat(page.body()).contains("ผลการนำเข้า")
			.contains("<dd id=\"stored-submissions\">" + submissions + "</dd>")
			.contains("<dd id=\"rejected-rows\">" + rejected + "</dd>");
		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'admin'", String.class))
			.contains("BUNDLE_UPLOADED");

		// the same bundle again, as one ZIP in a folder: the same rows, nothing added
		HttpResponse<String> again = admin.upload("/reports/import", "files", Map.of("bundle.zip", zip(sampleFiles())),
				admin.csrf("/reports/import"));
		assertThat(again.body()).contains("<dd id=\"stored-submissions\">" + submissions + "</dd>");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(submissions);
	}

	@Test
	void uploadsThatAreNoBundleAreRefusedInOneThaiSentenceAndImportNothing() throws Exception {
		Map<String, byte[]> noSubmissions = new LinkedHashMap<>(sampleFiles());
		noSubmissions.remove("submissions.csv");
		assertRefused(noSubmissions, "นำเข้าไม่ได้ เพราะชุดข้อมูลไม่มีไฟล์ submissions.csv");

		assertRefused(Map.of("submissions.csv", "submission_id,district_code\nS1,5701\n".getBytes()),
				"นำเข้าไม่ได้ เพราะหัวตารางไม่ครบถ้วน: submissions.csv ขาดคอลัมน์ report_month, submitted_at,"
						+ " officials_total, officials_downloaded");
		assertRefused(Map.of("submissions.csv", new byte[0]), "ยังไม่ได้เลือกไฟล์");
		assertRefused(Map.of("grades.xlsx", "x".getBytes()), "ไฟล์ grades.xlsx ไม่ใช่ไฟล์ของชุดข้อมูล");
		assertRefused(Map.of("bundle.zip", "not a zip at all".getBytes()), "ไม่มีไฟล์ CSV ของชุดข้อมูลอยู่เลย");
		// over the limit (200 KB in this test) as unpacked, though the ZIP itself is
		// small
		Map<String, byte[]> big = new LinkedHashMap<>(sampleFiles());
		byte[] padding = new byte[300 * 1024];
		java.util.Arrays.fill(padding, (byte) '\n');
		big.put("activities.csv", padding);
		assertRefused(Map.of("bundle.zip", zip(big)), "ชุดข้อมูลใหญ่เกินกำหนด (รวมกันได้ไม่เกิน 200 KB)");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isZero();
		assertThat(jdbc.queryForList(
				"SELECT action FROM audit_log WHERE username = 'admin' AND action = 'BUNDLE_REFUSED'", String.class))
			.hasSize(6);
	}

	@Test
	void onlyAnAdminUploadsAndOnlyWithTheFormsToken() throws Exception {
		assertThat(admin.upload("/reports/import", "files", sampleFiles(), null).statusCode()).isEqualTo(403);
		assertThat(admin.upload("/reports/import", "files", sampleFiles(), "forged").statusCode()).isEqualTo(403);

		PageClient viewer = new PageClient(port);
		viewer.login("viewer", "viewer-password");
		assertThat(viewer.get("/reports/import").statusCode()).isEqualTo(403);
		assertThat(viewer.upload("/reports/import", "files", sampleFiles(), viewer.csrf("/runs")).statusCode())
			.isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isZero();
	}

	private void assertRefused(Map<String, byte[]> files, String sentence) throws Exception {
		HttpResponse<String> page = admin.upload("/reports/import", "files", files, admin.csrf("/reports/import"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"flash error\"").contains(sentence).doesNotContain("ผลการนำเข้า");
	}

	private static Map<String, byte[]> sampleFiles() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : FILES) {
			files.put(name, Files.readAllBytes(SAMPLE.resolve(name)));
		}
		return files;
	}

	private static byte[] zip(Map<String, byte[]> files) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("bundle/"));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("bundle/" + file.getKey()));
				zip.write(file.getValue());
			}
		}
		return bytes.toByteArray();
	}

}
