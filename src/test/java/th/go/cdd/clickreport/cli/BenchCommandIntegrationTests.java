package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.submission.SubmissionTables;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * {@code bench}: the last line's format, every ratio a positive number, and the refusal
 * to run on a database that holds submissions. No timing is asserted: these are figures,
 * not pass marks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class BenchCommandIntegrationTests {

	static final Pattern LAST_LINE = Pattern.compile("bench: import_ratio=(\\d+\\.\\d{2}) grading_ratio=(\\d+\\.\\d{2})"
			+ " render_ratio=(\\d+\\.\\d{2}) national_month_s=(\\d+\\.\\d) peak_heap_mb=(\\d+) cold_run_s=(n/a|\\d+\\.\\d)");

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, BenchCommandIntegrationTests.class);
		r.add("click.output-dir", () -> output.toString());
	}

	@Autowired
	List<Command> commands;

	@Autowired
	BundleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void benchOfOneProvinceAndMonthEndsWithTheFiguresLine(CapturedOutput console) throws Exception {
		emptySubmissionsAndGrades();

		int status = bench().execute(new DefaultApplicationArguments("--provinces=57", "--months=1", "--warmup=1"));

		assertThat(status).isZero();
		List<String> lines = console.getOut().lines().toList();
		assertThat(lines).anyMatch(l -> l.startsWith("[2/7] cold month 2024-04"))
			.anyMatch(l -> l.startsWith("      warm-up 1: a re-run and the baselines in "))
			.anyMatch(l -> l.startsWith("  warm-up: 1 round of the cold month"))
			.anyMatch(l -> l.startsWith("  JIT compiling per month, during the job / the baselines (s): "))
			.anyMatch(l -> l.startsWith("[4/7] import baseline (LOAD DATA LOCAL INFILE)"))
			.anyMatch(l -> l.startsWith("[6/7] month 2024-04 (1 of 1)"))
			.anyMatch(l -> l.startsWith("  cold first month (a fresh JVM"))
			.anyMatch(l -> l.startsWith("  import "))
			.anyMatch(l -> l.startsWith("  grading (gradeStep) "))
			.anyMatch(l -> l.startsWith("  rendering (2 steps) "))
			// a test JVM is not started with java -jar: the operator's run in a fresh
			// process is left out
			.anyMatch(l -> l.startsWith("[7/7] the operator's run of 2024-04 in a fresh process"))
			.anyMatch(l -> l.equals("      skipped: this bench was not started with java -jar"));
		String last = lines.get(lines.size() - 1);
		Matcher figures = LAST_LINE.matcher(last);
		assertThat(figures.matches()).as(last).isTrue();
		assertThat(figures.group(6)).as(last).isEqualTo("n/a");
		for (int group = 1; group <= 5; group++) {
			assertThat(Double.parseDouble(figures.group(group))).as(last).isPositive();
		}
		// our import's data stays for grading; the month is graded
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE bundle_key <> 'bench-baseline'",
				Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE bundle_key = 'bench-baseline'",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade WHERE report_month = '2024-04'", Integer.class))
			.isEqualTo(18);
		// the cold run's rows were deleted before the measured import: one bundle's
		// submissions remain
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT bundle_key) FROM submission", Integer.class)).isOne();
	}

	@Test
	void benchRefusesADatabaseThatHoldsSubmissionsAndDeletesNothing() {
		emptySubmissionsAndGrades();
		importer.importBundle(Paths.get("samples/57-2024-05"));
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class);

		assertThatThrownBy(() -> bench().execute(new DefaultApplicationArguments("--provinces=57", "--months=1")))
			.isInstanceOf(UserError.class)
			.hasMessageStartingWith("This database holds " + before + " submissions")
			.hasMessageContaining("--force");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(before);
	}

	@Test
	void wrongOptionsAreOneSentence() {
		assertThatThrownBy(() -> bench().execute(new DefaultApplicationArguments("--months=0")))
			.isInstanceOf(UserError.class)
			.hasMessage("--months=0 is not a whole number from 1 to 120.");
		assertThatThrownBy(() -> bench().execute(new DefaultApplicationArguments("--month=2")))
			.isInstanceOf(UserError.class)
			.hasMessageStartingWith("Unknown option --month for bench");
		assertThatThrownBy(() -> bench().execute(new DefaultApplicationArguments("--from=2024-01")))
			.isInstanceOf(UserError.class)
			.hasMessageStartingWith("No rubric is in force for 2024-01");
	}

	private Command bench() {
		return commands.stream().filter(c -> c.name().equals("bench")).findFirst().orElseThrow();
	}

	private void emptySubmissionsAndGrades() {
		jdbc.update("DELETE FROM grade_note");
		jdbc.update("DELETE FROM grade");
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
	}

}
