package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * A started server renders PDFs of the latest graded month in the background and throws
 * them away (report/RenderingWarmUp): it starts on a server (with nothing graded it finds
 * nothing to render), and a warm-up on a graded month renders its district pages and a
 * summary while writing no file and changing no table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RenderingWarmUpIntegrationTests {

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, RenderingWarmUpIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> "warmup-admin");
		registry.add("click.admin.password", () -> "Warm-Up-Password-2024");
		registry.add("click.report.warm-up-pages", () -> "40");
	}

	private static final List<String> TABLES = List.of("grade", "grade_note", "grading_run", "memo_number_sequence",
			"BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION", "audit_log", "delivery_message");

	@Autowired
	RenderingWarmUp warmUp;

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStartedServerWarmsUpAndAGradedMonthIsRenderedIntoNothing() throws Exception {
		// the server's own warm-up, started when it was ready: nothing graded yet
		RenderingWarmUp.Result atStart = warmUp.started().orElseThrow().get(2, TimeUnit.MINUTES);
		assertThat(atStart.month()).isEmpty();
		assertThat(atStart.districtPages()).isZero();

		SampleMonth.load(jdbc);
		launcher.run("57", YearMonth.of(2024, 5));
		Map<String, Long> rows = counts();
		List<Path> files = files();
		assertThat(files).isNotEmpty();

		RenderingWarmUp.Result result = warmUp.warmUp();

		assertThat(result.month()).isEqualTo(Optional.of(YearMonth.of(2024, 5)));
		assertThat(result.districtPages()).isEqualTo(18);
		assertThat(result.summaries()).isEqualTo(1);
		assertThat(files()).isEqualTo(files);
		assertThat(counts()).isEqualTo(rows);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
		}
		return counts;
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.walk(output)) {
			return walk.sorted().toList();
		}
	}

}
