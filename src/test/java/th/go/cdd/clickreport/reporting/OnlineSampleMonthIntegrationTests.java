package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.reporting.ReportingApi.Response;
import th.go.cdd.clickreport.reporting.ReportingApi.TestClock;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import tools.jackson.databind.JsonNode;

/**
 * The sample month (samples/57-2024-05) entered through the REST API instead of imported:
 * every submission of the bundle converted to the API's JSON and PUT with submit at its
 * own submitted_at (the server's clock set to it), then the month graded. The grades must
 * be exactly those worked out by hand for the imported sample (expected-grades.csv). The
 * two rows the import rejects are refused by the API with the same reasons, and entered
 * as the district would then correct them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnlineSampleMonthIntegrationTests {

	static final Path SAMPLE = Paths.get("samples/57-2024-05");

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, OnlineSampleMonthIntegrationTests.class);
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
	TestClock clock;

	@Autowired
	MonthlyRunLauncher launcher;

	@Test
	void theSampleMonthEnteredThroughTheApiGradesExactlyAsTheImportedSample() throws Exception {
		ReportingApi api = new ReportingApi(port);
		List<Map<String, String>> submissions = rows("submissions.csv");
		submissions.sort(Comparator.comparing(s -> s.get("submitted_at")));
		Map<String, Integer> versions = new TreeMap<>();
		List<String> refused = new ArrayList<>();
		List<String> warned = new ArrayList<>();
		for (Map<String, String> s : submissions) {
			String id = s.get("submission_id");
			String district = s.get("district_code");
			Map<String, Object> body = body(id, s);
			body.put("version", versions.get(district));
			clock.set(s.get("submitted_at"));
			String path = "/api/submissions/" + district + "/" + s.get("report_month");
			Response response = api.put(path, "national", body);
			if (response.status() == 422) {
				// what the import rejects, the API refuses with the same reason; the
				// district corrects it
				List<Map<String, Object>> downloads = downloads(body);
				List<Map<String, Object>> foreign = new ArrayList<>();
				for (JsonNode e : response.json().get("errors")) {
					String field = e.get("field").asString();
					refused.add(district + " " + field + " " + e.get("message").asString());
					int i = Integer.parseInt(field.replaceAll("^downloads\\[(\\d+)\\]\\..*$", "$1"));
					if (field.endsWith(".downloads")) {
						downloads.get(i).put("downloads", 0);
					}
					else {
						foreign.add(downloads.get(i));
					}
				}
				downloads.removeAll(foreign);
				response = api.put(path, "national", body);
			}
			assertThat(response.status()).as(id + ": " + response.body()).isEqualTo(200);
			assertThat(response.json().get("submittedAt").asString()).isEqualTo(s.get("submitted_at"));
			response.json().get("warnings").forEach(w -> warned.add(district + " " + w.get("field").asString()));
			versions.put(district, response.json().get("version").asInt());
		}
		assertThat(refused).containsExactly("5714 downloads[2].downloads ยอดดาวน์โหลดติดลบ (-4)",
				"5716 downloads[5].tambonCode ตำบล 571701 อยู่ในอำเภอ 5717 ไม่ใช่อำเภอ 5716");
		assertThat(warned).containsExactly("5703 prMedia[0].publishedOn");
		assertThat(versions).hasSize(17).containsEntry("5707", 2);

		clock.set("2024-06-20T09:00:00+07:00");
		launcher.run("57", YearMonth.of(2024, 5));
		assertThat(grades()).isEqualTo(expectedGrades());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE bundle_key <> 'online'", Integer.class))
			.isZero();

		// a re-run grades the same
		launcher.run("57", YearMonth.of(2024, 5));
		assertThat(grades()).isEqualTo(expectedGrades());
	}

	/**
	 * The API's JSON of one submission of the bundle: booleans, ISO dates (A.D., Arabic
	 * digits), numbers.
	 */
	private Map<String, Object> body(String id, Map<String, String> s) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("officialsTotal", Integer.parseInt(s.get("officials_total")));
		body.put("officialsDownloaded", Integer.parseInt(s.get("officials_downloaded")));
		body.put("services",
				of(id, "services.csv").stream()
					.map(r -> Map.of("code", r.get("service_code"), "relevant", bool(r.get("relevant")), "updated",
							bool(r.get("updated"))))
					.toList());
		body.put("prMedia",
				of(id, "pr_media.csv").stream()
					.map(r -> ReportingApi.pr(isoDate(r.get("published_on")), List.of(r.get("channels").split(";")),
							r.get("title"), null))
					.toList());
		body.put("activities",
				of(id, "activities.csv").stream()
					.map(r -> ReportingApi.activity(isoDate(r.get("held_on")), r.get("title"),
							r.get("participants").isEmpty() ? null : Integer.parseInt(r.get("participants"))))
					.toList());
		List<Map<String, Object>> downloads = new ArrayList<>();
		for (Map<String, String> r : of(id, "tambon_downloads.csv")) {
			downloads.add(new LinkedHashMap<>(
					Map.of("tambonCode", r.get("tambon_code"), "downloads", Integer.parseInt(r.get("downloads")))));
		}
		body.put("downloads", downloads);
		body.put("submit", true);
		return body;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> downloads(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("downloads");
	}

	private static boolean bool(String csv) {
		return switch (csv) {
			case "TRUE", "ใช่" -> true;
			case "FALSE", "ไม่ใช่" -> false;
			default -> throw new IllegalArgumentException(csv);
		};
	}

	/**
	 * YYYY-MM-DD from the sample's dates, one of which is in Thai digits with a B.E.
	 * year.
	 */
	private static String isoDate(String csv) {
		StringBuilder arabic = new StringBuilder();
		for (char c : csv.toCharArray()) {
			arabic.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		String[] parts = arabic.toString().split("-");
		int year = Integer.parseInt(parts[0]);
		return (year >= 2400 ? year - 543 : year) + "-" + parts[1] + "-" + parts[2];
	}

	private List<Map<String, String>> of(String id, String file) throws Exception {
		return rows(file).stream().filter(r -> r.get("submission_id").equals(id)).toList();
	}

	/** The sample's CSV rows by column (the sample has no quoted fields). */
	private static List<Map<String, String>> rows(String file) throws Exception {
		List<String> lines = Files.readAllLines(SAMPLE.resolve(file), StandardCharsets.UTF_8);
		String[] header = lines.get(0).split(",");
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split(",", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], fields[i].strip());
			}
			rows.add(row);
		}
		return rows;
	}

	private Map<String, String> grades() {
		Map<String, String> grades = new TreeMap<>();
		jdbc.query("SELECT district_code, level_code, score, status FROM grade WHERE province_code = '57' "
				+ "AND report_month = '2024-05'", rs -> {
					grades.put(rs.getString(1), rs.getString(2) + "," + rs.getInt(3) + "," + rs.getString(4));
				});
		return grades;
	}

	private static Map<String, String> expectedGrades() throws Exception {
		Map<String, String> expected = new TreeMap<>();
		for (String line : Files.readAllLines(SAMPLE.resolve("expected-grades.csv")).subList(1, 19)) {
			String[] f = line.split(",", 2);
			expected.put(f[0], f[1]);
		}
		return expected;
	}

}
