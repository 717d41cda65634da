package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The README's first command, as a user runs it: import the sample month and grade it
 * through the command line, on the real MariaDB server and on the embedded H2 default,
 * and compare every district's grade with the grades worked out by hand in
 * samples/57-2024-05/expected-grades.csv.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleMonthEndToEndIntegrationTests {

	static final Path SAMPLE = Paths.get("samples/57-2024-05");

	abstract static class OnDatabase {

		@TempDir
		Path output;

		abstract String url();

		abstract String user();

		abstract String password();

		int command(String... args) {
			String[] all = Stream
				.concat(Stream.of(args),
						Stream.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
								"--spring.datasource.password=" + password(), "--click.output-dir=" + output))
				.toArray(String[]::new);
			return CommandLine.run(ClickReportApplication.class, all);
		}

		@Test
		void theSampleMonthIsGradedAsWorkedOutByHandAndRerunsChangeNothing(CapturedOutput console) throws Exception {
			assertThat(command("import", "--dir=" + SAMPLE)).isZero();
			assertThat(command("run", "--month=2024-05")).isZero();

			assertThat(grades()).isEqualTo(expectedGrades());
			assertThat(console.getOut()).contains("Districts graded: 18   A: 3  B: 4  C: 5  D: 6")
				.contains("Late: 1  not submitted: 1  invalid: 0");
			Path csv = output.resolve("57/2024-05/grades-57-2024-05.csv");
			List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
			assertThat(csvLines.subList(1, csvLines.size())
				.stream()
				.map(l -> String.join(",", List.of(l.split(",")).subList(0, 4))))
				.containsExactlyElementsOf(Files.readAllLines(SAMPLE.resolve("expected-grades.csv")).subList(1, 19));

			Path month = output.resolve("57/2024-05");
			try (Stream<Path> files = Files.list(month)) {
				assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))).hasSize(19)
					.contains("summary-57-2024-05.pdf", "district-5701-2024-05.pdf", "district-5718-2024-05.pdf");
			}
			String summary = pdfText(month.resolve("summary-57-2024-05.pdf"));
			assertThat(summary).contains("พฤษภาคม ๒๕๖๗").contains("เวียงป่าเป้า").contains("แม่ฟ้าหลวง");
			assertThat(pdfText(month.resolve("district-5716-2024-05.pdf"))).contains("อำเภอแม่ลาว")
				.contains("tambon_downloads.csv:131");

			Map<String, Long> before = counts();
			assertThat(command("import", "--dir=" + SAMPLE)).isZero();
			assertThat(command("run", "--month=2567-05")).isZero();

			assertThat(grades()).isEqualTo(expectedGrades());
			Map<String, Long> after = counts();
			assertThat(after).isEqualTo(before);
			assertThat(query("SELECT COUNT(*) FROM grading_run WHERE report_month = '2024-05'")).isEqualTo(2L);
		}

		Map<String, String> grades() throws SQLException {
			Map<String, String> grades = new TreeMap<>();
			try (Connection c = DriverManager.getConnection(url(), user(), password());
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery(
							"SELECT district_code, level_code, score, status FROM grade WHERE province_code = '57' AND report_month = '2024-05'")) {
				while (rs.next()) {
					grades.put(rs.getString(1), rs.getString(2) + "," + rs.getInt(3) + "," + rs.getString(4));
				}
			}
			return grades;
		}

		/**
		 * Row counts of every table an import or a run writes (the run history excepted).
		 * Not the {@code grade_item} view (five rows a grade, from {@code grade}): H2
		 * sometimes reopened the file database with that view unusable ("not found")
		 * after the command's context closed it.
		 */
		Map<String, Long> counts() throws SQLException {
			Map<String, Long> counts = new TreeMap<>();
			for (String table : List.of("submission", "submission_service", "submission_pr", "submission_pr_channel",
					"submission_activity", "submission_download", "import_issue", "import_bundle", "grade",
					"grade_note")) {
				counts.put(table, query("SELECT COUNT(*) FROM " + table));
			}
			return counts;
		}

		long query(String sql) throws SQLException {
			try (Connection c = DriverManager.getConnection(url(), user(), password());
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		}

	}

	static String pdfText(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	static Map<String, String> expectedGrades() throws Exception {
		return Files.readAllLines(SAMPLE.resolve("expected-grades.csv"))
			.stream()
			.skip(1)
			.map(line -> line.split(",", 2))
			.collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a, TreeMap::new));
	}

	@Nested
	class OnMariaDb extends OnDatabase {

		final String url = MariaDbDatabase.create(SampleMonthEndToEndIntegrationTests.class);

		@Override
		String url() {
			return url;
		}

		@Override
		String user() {
			return MariaDbDatabase.USER;
		}

		@Override
		String password() {
			return MariaDbDatabase.PASSWORD;
		}

	}

	@Nested
	class OnEmbeddedH2 extends OnDatabase {

		@TempDir
		Path data;

		/**
		 * The file database stays open in this JVM between the commands and the test's
		 * queries (DB_CLOSE_DELAY=-1) until {@link #shutDown()}: an operator's commands
		 * are processes one after another, but here each command's context closed the
		 * database on exit while the next connection opened it again, and H2 then now and
		 * again answered from a database missing a table ("grade_note not found", before
		 * that the grade_item view).
		 */
		@Override
		String url() {
			return "jdbc:h2:file:" + data.resolve("click")
					+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
		}

		@AfterEach
		void shutDown() throws SQLException {
			try (Connection c = DriverManager.getConnection(url(), user(), password());
					Statement s = c.createStatement()) {
				s.execute("SHUTDOWN");
			}
		}

		@Override
		String user() {
			return "sa";
		}

		@Override
		String password() {
			return "";
		}

	}

}
