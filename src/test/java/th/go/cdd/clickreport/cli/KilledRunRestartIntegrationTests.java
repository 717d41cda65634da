package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.support.CommandProcess;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * {@code run --month=2024-05 --province=57} in a process of its own, killed with SIGKILL
 * while it grades, while it writes the province's summary and while it writes the
 * district pages, and then run again: the run whose process is gone is marked FAILED and
 * restarted where it stopped, it completes, the grades are those of a run never
 * interrupted, every PDF opens and no temporary file is left. While the killed run's
 * process is alive (stopped, SIGSTOP), a second run of the month is refused. Small chunks
 * and partitions (one district each) and one thread stretch each step over many commits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledRunRestartIntegrationTests {

	static final Path SAMPLE = Paths.get("samples/57-2024-05");

	static final Duration RUN = Duration.ofMinutes(4);

	@TempDir
	static Path output;

	static String url;

	static JdbcTemplate jdbc;

	static List<String> uninterruptedGrades;

	static List<String> uninterruptedFiles;

	@BeforeAll
	static void importAndRunOnce() throws Exception {
		url = MariaDbDatabase.create(KilledRunRestartIntegrationTests.class);
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url, MariaDbDatabase.USER, MariaDbDatabase.PASSWORD));
		assertThat(
				CommandLine.run(ClickReportApplication.class, with("import", "--dir=" + SAMPLE).toArray(String[]::new)))
			.isZero();
		try (CommandProcess first = run("first-run")) {
			assertThat(first.exitCode(RUN)).as(first.output()).isZero();
		}
		uninterruptedGrades = grades();
		uninterruptedFiles = files();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade WHERE report_month = '2024-05'", Integer.class))
			.isEqualTo(18);
		assertThat(uninterruptedFiles).contains("summary-57-2024-05.pdf", "grades-57-2024-05.csv").hasSize(20);
	}

	@Test
	@Order(1)
	void killedWhileGradingItRestartsAndASecondRunIsRefusedWhileItsProcessLives() throws Exception {
		killAndRestart("gradeStep", "gradeDistrictsStep", 2, true);
	}

	@Test
	@Order(2)
	void killedWhileWritingTheSummaryItRestarts() throws Exception {
		killAndRestart("provinceOutputsStep", "provinceOutputsWorkerStep", 0, false);
	}

	@Test
	@Order(3)
	void killedWhileWritingTheDistrictPagesItRestarts() throws Exception {
		killAndRestart("districtPagesStep", "districtPagesWorkerStep", 3, false);
	}

	/**
	 * Starts a run of the month (a re-run), stops its process once {@code step} is going
	 * with at least {@code partitionsDone} of its partitions done, checks that it stopped
	 * there, kills it and runs the month again.
	 */
	private void killAndRestart(String step, String partitionStep, int partitionsDone, boolean tryASecondRun)
			throws Exception {
		long killedRun;
		try (CommandProcess victim = run("victim-" + step)) {
			long pid = victim.pid();
			awaitDatabase(victim, () -> running(step) && completedPartitions(partitionStep) >= partitionsDone);
			signal("STOP", pid);
			killedRun = latestRun();
			// frozen: the run is where we wanted it
			assertThat(stepStatus(killedRun, step)).as("%s of run %d", step, killedRun).isEqualTo("STARTED");
			assertThat(jdbc.queryForObject("SELECT owner_pid FROM grading_run WHERE job_execution_id = ?", Long.class,
					killedRun))
				.isEqualTo(pid);
			if (tryASecondRun) {
				try (CommandProcess second = run("second-run")) {
					assertThat(second.exitCode(RUN)).as(second.output()).isNotZero();
					assertThat(second.output())
						.contains("Province 57 month 2024-05 is already running (run " + killedRun)
						.contains("by process " + pid + " on ");
				}
				assertThat(latestRun()).isEqualTo(killedRun);
			}
			victim.kill();
		}
		assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				String.class, killedRun))
			.isEqualTo("STARTED");

		try (CommandProcess again = run("again-" + step)) {
			assertThat(again.exitCode(RUN)).as(again.output()).isZero();
			assertThat(again.output()).contains("Province 57 month 2024-05 run " + killedRun + ": its process stopped")
				.contains("marked FAILED")
				.containsPattern("Run \\d+ \\(restart of the failed run\\) COMPLETED");
		}
		long restart = latestRun();
		assertThat(restart).isGreaterThan(killedRun);
		// the abandoned execution is FAILED with its steps, and the restart is of the
		// same job instance
		assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				String.class, killedRun))
			.isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?
				AND (STATUS IN ('STARTING', 'STARTED', 'STOPPING') OR END_TIME IS NULL)""", Integer.class, killedRun))
			.isZero();
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(DISTINCT JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID IN (?, ?)""",
				Integer.class, killedRun, restart))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				String.class, restart))
			.isEqualTo("COMPLETED");

		assertThat(grades()).isEqualTo(uninterruptedGrades);
		assertThat(files()).isEqualTo(uninterruptedFiles);
		for (String name : files()) {
			if (name.endsWith(".pdf")) {
				try (PDDocument pdf = Loader.loadPDF(output.resolve("57/2024-05").resolve(name).toFile())) {
					assertThat(pdf.getNumberOfPages()).as(name).isPositive();
				}
			}
		}
	}

	private static CommandProcess run(String name) throws IOException {
		return CommandProcess.start(name,
				with("run", "--month=2024-05", "--province=57", "--click.batch.threads=1", "--click.batch.chunk-size=1",
						"--click.report.chunk-size=1", "--click.batch.grade-partition-districts=1",
						"--click.batch.partition-districts=1"),
				Map.of());
	}

	private static List<String> with(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + MariaDbDatabase.USER,
				"--spring.datasource.password=" + MariaDbDatabase.PASSWORD, "--click.output-dir=" + output));
		return all;
	}

	private static void awaitDatabase(CommandProcess process, java.util.function.BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + RUN.toNanos();
		while (!condition.getAsBoolean()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError(
						"The run ended or took too long before the point awaited:\n" + process.output());
			}
			Thread.sleep(20);
		}
	}

	private static void signal(String signal, long pid) throws Exception {
		assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
	}

	private static long latestRun() {
		return jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
	}

	private static boolean running(String step) {
		Integer count = jdbc.queryForObject("""
				SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s
				WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
				AND s.STEP_NAME = ? AND s.STATUS = 'STARTED'""", Integer.class, step);
		return count != null && count > 0;
	}

	private static int completedPartitions(String partitionStep) {
		Integer count = jdbc.queryForObject("""
				SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s
				WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
				AND s.STEP_NAME LIKE ? AND s.STATUS = 'COMPLETED'""", Integer.class, partitionStep + ":%");
		return count == null ? 0 : count;
	}

	private static String stepStatus(long run, String step) {
		return jdbc.queryForObject(
				"SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = ?", String.class,
				run, step);
	}

	private static List<String> grades() {
		List<String> grades = new ArrayList<>(jdbc
			.query("""
					SELECT district_code, status, level_code, score, officials_total, officials_downloaded, services_updated,
					  pr_times, activities, downloads FROM grade WHERE report_month = '2024-05' ORDER BY district_code""",
					(rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4)
							+ " " + rs.getInt(5) + "/" + rs.getInt(6) + " " + rs.getInt(7) + " " + rs.getInt(8) + " "
							+ rs.getInt(9) + " " + rs.getInt(10)));
		grades.addAll(jdbc.query("""
				SELECT district_code, seq, severity, source, message FROM grade_note WHERE report_month = '2024-05'
				ORDER BY district_code, seq""", (rs, i) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3)
				+ " " + rs.getString(4) + " " + rs.getString(5)));
		return grades;
	}

	/** Every file of the month's folder, hidden and temporary ones included. */
	private static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(output.resolve("57/2024-05"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
