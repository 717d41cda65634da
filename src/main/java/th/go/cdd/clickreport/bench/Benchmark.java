package th.go.cdd.clickreport.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.generate.BundleGenerator;
import th.go.cdd.clickreport.generate.BundleSummary;
import th.go.cdd.clickreport.generate.GenerateRequest;
import th.go.cdd.clickreport.generate.GenerateRequestException;
import th.go.cdd.clickreport.grading.BatchSettings;
import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.grading.RunRequestException;
import th.go.cdd.clickreport.report.ReportDataRepository;
import th.go.cdd.clickreport.report.ReportTemplates;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.submission.ImportResult;
import th.go.cdd.clickreport.submission.SubmissionTables;

/**
 * The benchmark: on the configured database, generates a bundle for some provinces and
 * months into a temporary folder, imports it, and grades and renders every month with the
 * real job, measuring each phase against a baseline in the same run on the same data (the
 * database's bulk load, one hand-written query, the bare JasperReports fill and export).
 * It deletes the submission and grade rows of the database, so it runs only on one
 * without them unless forced.
 */
@Component
public class Benchmark {

	/**
	 * The targets the figures are reported against (2 cores, database on the same
	 * machine).
	 */
	static final double TARGET_NATIONAL_MONTH_S = 12;

	static final double TARGET_IMPORT_RATIO = 2;

	static final double TARGET_GRADING_RATIO = 1.5;

	static final double TARGET_RENDER_RATIO = 1.15;

	static final double TARGET_PEAK_HEAP_MB = 512;

	/**
	 * Warm-up ends when the JIT compilers took at most this share of a round's wall time
	 * (on average a tenth of a core): then they no longer slow whichever of our job or
	 * the baselines runs first.
	 */
	static final double WARM_JIT_SHARE = 0.10;

	/**
	 * An import starts once InnoDB's history list (committed transactions whose undo is
	 * not purged yet; one for a whole DELETE) is empty ({@link #settle}).
	 */
	private static final long SETTLED_HISTORY = 0;

	private static final long SETTLE_LIMIT_NANOS = 60_000_000_000L;

	/**
	 * ... or once it has not shortened for this long (other work keeps it from emptying).
	 */
	private static final long SETTLE_STALL_NANOS = 10_000_000_000L;

	/**
	 * Live heap after a full GC may differ this much between the first and the last month
	 * and still count as flat.
	 */
	static final double FLAT_HEAP_TOLERANCE = 0.10;

	private static final List<String> GRADE_TABLES = List.of("grade_note", "grade");

	/**
	 * The job's steps whose time the figures split the job into: grading, then the two
	 * rendering steps.
	 */
	private static final List<String> TIMED_STEPS = List.of("gradeStep", "provinceOutputsStep", "districtPagesStep");

	/**
	 * What to run.
	 *
	 * @param warmups the most warm-up rounds after the cold month (0: none)
	 */
	public record Request(String provinces, int months, YearMonth from, long seed, boolean force, int warmups) {
	}

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Areas areas;

	private final BundleGenerator generator;

	private final BundleImporter importer;

	private final MonthlyRunLauncher launcher;

	private final Map<String, Step> steps;

	/** Made by the first {@link #run}: the product's steps carry it only in a bench. */
	private StepTimings timings;

	private final RubricRepository rubrics;

	private final ReportDataRepository reportData;

	private final ReportTemplates templates;

	private final int threads;

	private final String url;

	private final String user;

	private final String password;

	private final JitMeter jit = new JitMeter();

	Benchmark(DataSource dataSource, JdbcTemplate jdbc, Areas areas, BundleGenerator generator, BundleImporter importer,
			MonthlyRunLauncher launcher, Map<String, Step> steps, RubricRepository rubrics,
			ReportDataRepository reportData, ReportTemplates templates, BatchSettings batch,
			@Value("${spring.datasource.url}") String url, @Value("${spring.datasource.username:}") String user,
			@Value("${spring.datasource.password:}") String password) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.areas = areas;
		this.generator = generator;
		this.importer = importer;
		this.launcher = launcher;
		this.steps = steps;
		this.rubrics = rubrics;
		this.reportData = reportData;
		this.templates = templates;
		// as the local partition handler reads it
		this.threads = batch.threadsOrCores();
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** The first month a benchmark can grade: the first of the earliest rubric. */
	public YearMonth defaultFrom() {
		return rubrics.earliestEffectiveFrom().map(YearMonth::from).orElse(YearMonth.of(2024, 4));
	}

	/**
	 * Runs the benchmark, printing progress and figures to {@code out}; the last line is
	 * the machine-readable summary.
	 * @throws UserError when the request cannot run (unknown province, month without a
	 * rubric, a database that holds submissions without {@code force})
	 */
	public BenchFigures run(Request request, PrintStream out) throws Exception {
		BenchDatabase database = BenchDatabase.of(dataSource);
		if (timings == null) {
			timings = new StepTimings();
			for (String step : TIMED_STEPS) {
				timings.listenTo(steps.get(step));
			}
		}
		String selection;
		List<YearMonth> months = new ArrayList<>();
		try {
			selection = ProvinceSelection.normalise(request.provinces(), areas);
			for (int i = 0; i < request.months(); i++) {
				months.add(request.from().plusMonths(i));
				launcher.check(selection, months.get(i));
			}
		}
		catch (RunRequestException ex) {
			throw new UserError(ex.getMessage());
		}
		List<String> provinces = ProvinceSelection.codes(selection, areas);
		refuseUnlessScratch(request.force());

		out.printf("bench: %s %s, %s, %d month%s from %s, seed %d, %d thread%s, max heap %.0f MB%n", database.product(),
				database.version(), describe(selection, provinces), months.size(), months.size() == 1 ? "" : "s",
				months.get(0), request.seed(), threads, threads == 1 ? "" : "s", HeapMeter.mb(HeapMeter.maxBytes()));
		out.printf("bench: database %s%n", database.url());
		try (HeapMeter heap = new HeapMeter()) {
			heap.reset();
			BenchFigures figures = new BenchFigures(database, provinces.size(), threads);

			out.println("[1/7] clearing submission and grade rows");
			clearSubmissions();
			clear(GRADE_TABLES);
			List<String> generatedProvinces = ProvinceSelection.ALL.equals(selection) ? List.of() : provinces;

			GradingBaseline gradingBaseline = new GradingBaseline(dataSource, database);
			RenderBaseline renderBaseline = new RenderBaseline(jdbc, reportData, templates.withStockText(), threads);
			List<String> baselineProvinces = ProvinceSelection.ALL.equals(selection) ? List.of() : provinces;
			Baselines baselines = month -> {
				long rubricId = rubrics.findInForce(month).orElseThrow().id();
				GradingBaseline.Result query = gradingBaseline.run(baselineProvinces, month, rubricId, Instant.now());
				RenderBaseline.Result render = renderBaseline.run(provinces, month, LocalDate.now(BangkokTime.ZONE));
				return new BaselineResults(query, render);
			};

			coldMonth(selection, generatedProvinces, months.get(0), request.seed(), request.warmups(), baselines,
					figures, heap, out);

			Path bundle = Files.createTempDirectory("click-bench-bundle-");
			try {
				long t = System.nanoTime();
				BundleSummary generated = generate(generatedProvinces, months.get(0), months.get(months.size() - 1),
						request.seed(), bundle);
				figures.generated(generated.rows(), generated.bytes(), System.nanoTime() - t);
				out.printf("[3/7] generate: %,d CSV rows (%.1f MB) for %,d district-months in %s%n", generated.rows(),
						generated.bytes() / 1e6, generated.counts().districtMonths(), seconds(figures.generateNanos()));

				ImportBaseline baseline = new ImportBaseline(database, dataSource, url, user, password);
				out.printf("[4/7] import baseline (%s) ...%n", baseline.description());
				settle(database, out);
				t = System.nanoTime();
				Map<String, Long> loaded = baseline.load(bundle);
				figures.importBaseline(loaded.values().stream().mapToLong(Long::longValue).sum(),
						System.nanoTime() - t);
				out.printf("      %,d rows stored in %s: %,.0f CSV rows/s %s%n", figures.importBaselineRows(),
						seconds(figures.importBaselineNanos()),
						figures.csvRows() / (figures.importBaselineNanos() / 1e9), loaded);
				clearSubmissions();

				out.println("[5/7] import (ours) ...");
				settle(database, out);
				heap.reset();
				t = System.nanoTime();
				ImportResult imported = importer.importBundle(bundle);
				long importNanos = System.nanoTime() - t;
				long stored = imported.submissions()
						+ imported.storedRows().values().stream().mapToLong(Integer::longValue).sum();
				figures.importOurs(stored, importNanos, heap.peakBytes());
				out.printf(
						"      %,d rows stored (%,d submissions), %,d rejected, %,d warnings in %s: %,.0f CSV rows/s;"
								+ " heap peak %.0f MB%n",
						stored, imported.submissions(), imported.rejected(), imported.warnings(), seconds(importNanos),
						figures.csvRows() / (importNanos / 1e9), HeapMeter.mb(heap.peakBytes()));
			}
			finally {
				deleteTree(bundle);
			}

			int n = 0;
			for (YearMonth month : months) {
				n++;
				out.printf("[6/7] month %s (%d of %d): grading and rendering ...%n", month, n, months.size());
				heap.reset();
				long jit = this.jit.millis();
				long t = System.nanoTime();
				JobExecution execution = completed(launcher.run(selection, month), month);
				long wall = System.nanoTime() - t;
				long jitJob = this.jit.millis() - jit;
				long peak = heap.peakBytes();
				long id = execution.getId();
				long grade = timings.of(id, "gradeStep").toNanos();
				long summaries = timings.of(id, "provinceOutputsStep").toNanos();
				long pages = timings.of(id, "districtPagesStep").toNanos();
				int districts = graded(provinces, month);

				jit = this.jit.millis();
				BaselineResults measured = baselines.run(month);
				long jitBaselines = this.jit.millis() - jit;
				GradingBaseline.Result query = measured.grading();
				RenderBaseline.Result render = measured.render();
				long live = heap.liveAfterGc();
				BenchFigures.Month m = figures.month(month, wall, grade, summaries, pages, districts,
						districts + provinces.size(), query.nanos(), query.districts(), render.nanos(), render.pdfs(),
						peak, live, jitJob, jitBaselines);
				out.printf(
						"      run %d: %s = grading %s (%,.0f districts/s) + rendering %s (%,.0f PDFs/s) + other %s%n",
						id, seconds(wall), seconds(grade), districts / (grade / 1e9), seconds(m.renderNanos()),
						m.pdfs() / (m.renderNanos() / 1e9), seconds(wall - grade - m.renderNanos()));
				out.printf(
						"      baselines: grading query %s (%,d districts, %,.0f/s), fill+export %s (%,d PDFs, %.1f MB,"
								+ " %,.0f PDFs/s)%n",
						seconds(query.nanos()), query.districts(), query.districts() / (query.nanos() / 1e9),
						seconds(render.nanos()), render.pdfs(), render.bytes() / 1e6,
						render.pdfs() / (render.nanos() / 1e9));
				out.printf(
						"      this month's ratios: grading %.2f, rendering %.2f; heap: peak %.0f MB during the run, %.0f MB"
								+ " live after GC at the end of the month; JIT compiling %.2f s during the job, %.2f s during the"
								+ " baselines%n",
						grade / (double) query.nanos(), m.renderNanos() / (double) render.nanos(), HeapMeter.mb(peak),
						HeapMeter.mb(live), jitJob / 1e3, jitBaselines / 1e3);
			}
			coldRun(selection, months.get(0), figures, out);
			figures.print(out);
			return figures;
		}
	}

	/**
	 * The first month as a fresh process takes it: its own bundle imported and the job
	 * run with the JVM cold (class loading, JIT, JasperReports' fonts and templates). Its
	 * wall time is the national month figure. Then the warm-up: re-runs of that month,
	 * each followed by the baselines, until the JIT compilers are nearly idle
	 * ({@link #WARM_JIT_SHARE}) or {@code warmups} rounds have run. Without it the
	 * compilers, busy for minutes on two cores, slowed our job (which runs first in each
	 * month) more than the baselines that follow it. Its rows are deleted afterwards; the
	 * measured phases start from empty tables.
	 */
	private void coldMonth(String selection, List<String> generatedProvinces, YearMonth month, long seed, int warmups,
			Baselines baselines, BenchFigures figures, HeapMeter heap, PrintStream out) throws Exception {
		out.printf("[2/7] cold month %s: generate, import and run in this fresh JVM ...%n", month);
		Path bundle = Files.createTempDirectory("click-bench-cold-");
		try {
			generate(generatedProvinces, month, month, seed, bundle);
			long t = System.nanoTime();
			importer.importBundle(bundle);
			long importNanos = System.nanoTime() - t;
			t = System.nanoTime();
			JobExecution execution = completed(launcher.run(selection, month), month);
			long wall = System.nanoTime() - t;
			long grade = timings.of(execution.getId(), "gradeStep").toNanos();
			long render = timings.of(execution.getId(), "provinceOutputsStep").toNanos()
					+ timings.of(execution.getId(), "districtPagesStep").toNanos();
			figures.coldMonth(wall, grade, render, importNanos);
			figures.coldPeakHeap(heap.peakBytes());
			out.printf("      import %s; run %d: %s = grading %s + rendering %s + other %s%n", seconds(importNanos),
					execution.getId(), seconds(wall), seconds(grade), seconds(render), seconds(wall - grade - render));
		}
		finally {
			deleteTree(bundle);
		}
		warmUp(selection, month, warmups, baselines, figures, out);
		clearSubmissions();
		clear(GRADE_TABLES);
	}

	/**
	 * The first month again, as the operator waits for it: {@code run} in a fresh process
	 * from JVM start to exit ({@link ColdRun}), once through the README's launcher and
	 * once as a bare {@code java -jar}. The launcher's first start after a new jar writes
	 * its class-data archive; that start is shown but not the figure, which is a start
	 * with the archive, as every later month has it.
	 */
	private void coldRun(String selection, YearMonth month, BenchFigures figures, PrintStream out) throws Exception {
		out.printf("[7/7] the operator's run of %s in a fresh process ...%n", month);
		Optional<Path> jar = ColdRun.currentJar();
		if (jar.isEmpty() || url.startsWith("jdbc:h2:")) {
			out.println(jar.isEmpty() ? "      skipped: this bench was not started with java -jar"
					: "      skipped: a second process cannot open the embedded database the bench holds");
			return;
		}
		Path output = Files.createTempDirectory("click-bench-cold-run-");
		try {
			ColdRun cold = new ColdRun(jar.get(), Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME",
					user, "SPRING_DATASOURCE_PASSWORD", password), output);
			ColdRun.Result plain = cold.plain(selection, month);
			out.printf("      %s: %s%n", plain.command().replace(output.toString(), "…"), seconds(plain.nanos()));
			Optional<Path> launcher = cold.launcher();
			if (launcher.isEmpty()) {
				out.println("      bin/click-report not found above the jar: the operator's launcher is not measured");
				figures.coldRun(plain.nanos(), 0, Double.NaN);
				return;
			}
			if (!cold.launcherHasArchive()) {
				ColdRun.Result first = cold.throughLauncher(launcher.get(), selection, month);
				out.printf("      %s: %s (first start after a new jar: unpacks it and writes the class-data archive)%n",
						first.command().replace(output.toString(), "…"), seconds(first.nanos()));
			}
			ColdRun.Result launched = cold.throughLauncher(launcher.get(), selection, month);
			out.printf("      %s: %s%s%n", launched.command().replace(output.toString(), "…"),
					seconds(launched.nanos()), Double.isNaN(launched.jobSeconds()) ? ""
							: String.format(Locale.ROOT, ", of which the job %.1f s", launched.jobSeconds()));
			figures.coldRun(plain.nanos(), launched.nanos(), launched.jobSeconds());
		}
		finally {
			deleteTree(output);
		}
	}

	private void warmUp(String selection, YearMonth month, int warmups, Baselines baselines, BenchFigures figures,
			PrintStream out) throws Exception {
		if (warmups == 0) {
			return;
		}
		if (!jit.counts()) {
			out.println("      warm-up skipped: this JVM does not count JIT compilation time");
			return;
		}
		int round = 0;
		double share = Double.NaN;
		while (round < warmups) {
			round++;
			long jitBefore = jit.millis();
			long t = System.nanoTime();
			completed(launcher.run(selection, month), month);
			baselines.run(month);
			long wall = System.nanoTime() - t;
			long compiling = jit.millis() - jitBefore;
			share = compiling / (wall / 1e6);
			out.printf(
					"      warm-up %d: a re-run and the baselines in %s, JIT compiling %.2f s (%.0f %% of the round)%n",
					round, seconds(wall), compiling / 1e3, share * 100);
			if (share <= WARM_JIT_SHARE) {
				break;
			}
		}
		figures.warmUp(round, share);
	}

	private BundleSummary generate(List<String> provinces, YearMonth from, YearMonth to, long seed, Path dir)
			throws IOException {
		try {
			return generator.generate(new GenerateRequest(provinces, from, to, seed, dir, true), p -> {
			});
		}
		catch (GenerateRequestException ex) {
			throw new UserError(ex.getMessage());
		}
	}

	private static JobExecution completed(MonthlyRunLauncher.Outcome outcome, YearMonth month) {
		JobExecution execution = outcome.execution();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("The run of " + month + " did not complete (" + execution.getStatus()
					+ "); the figures would mean nothing.");
		}
		return execution;
	}

	private void refuseUnlessScratch(boolean force) {
		long submissions = count("submission");
		long grades = count("grade");
		if ((submissions > 0 || grades > 0) && !force) {
			throw new UserError("This database holds " + submissions + " submissions and " + grades
					+ " grades, and the bench deletes submission and grade rows: run it on a scratch database, or give"
					+ " --force to let it delete them.");
		}
	}

	private long count(String table) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return n == null ? 0 : n;
	}

	/**
	 * Waits until InnoDB has purged the rows deleted before (its history list is empty
	 * again), at most a minute, so that each import starts on a settled database: the
	 * baseline's 250,000 rows are deleted just before our import, and their purge would
	 * otherwise run on the same two cores during it. Prints what it waited for.
	 */
	private void settle(BenchDatabase database, PrintStream out) {
		if (database.isH2()) {
			return;
		}
		long start = System.nanoTime();
		long history = historyLength();
		long last = history;
		long unchangedSince = start;
		while (history > SETTLED_HISTORY && System.nanoTime() - start < SETTLE_LIMIT_NANOS
				&& System.nanoTime() - unchangedSince < SETTLE_STALL_NANOS) {
			sleepQuietly(100);
			history = historyLength();
			if (history < last) {
				last = history;
				unchangedSince = System.nanoTime();
			}
		}
		if (System.nanoTime() - start > 200_000_000L) {
			out.printf("      (waited %s for InnoDB to purge deleted rows; history list %,d)%n",
					seconds(System.nanoTime() - start), history);
		}
	}

	/**
	 * InnoDB's history list length (undo records not yet purged); 0 when the server does
	 * not report it.
	 */
	private long historyLength() {
		List<Long> found = jdbc.queryForList(
				"SELECT count FROM information_schema.INNODB_METRICS WHERE name = 'trx_rseg_history_len'", Long.class);
		return found.isEmpty() || found.get(0) == null ? 0 : found.get(0);
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the database to settle", ex);
		}
	}

	private void clearSubmissions() {
		clear(SubmissionTables.ALL);
	}

	private void clear(List<String> tables) {
		for (String table : tables) {
			jdbc.update("DELETE FROM " + table);
		}
	}

	private int graded(List<String> provinces, YearMonth month) {
		List<Object> args = new ArrayList<>(provinces);
		args.add(month.toString());
		Integer n = jdbc.queryForObject(
				"SELECT COUNT(*) FROM grade WHERE province_code IN ("
						+ String.join(",", Collections.nCopies(provinces.size(), "?")) + ") AND report_month = ?",
				Integer.class, args.toArray());
		return n == null ? 0 : n;
	}

	private static String describe(String selection, List<String> provinces) {
		return ProvinceSelection.ALL.equals(selection) ? "all " + provinces.size() + " provinces"
				: "province" + (provinces.size() == 1 ? " " : "s ") + selection;
	}

	static String seconds(long nanos) {
		return String.format("%.2f s", nanos / 1e9);
	}

	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** One month's baselines, measured together. */
	private interface Baselines {

		BaselineResults run(YearMonth month) throws Exception;

	}

	private record BaselineResults(GradingBaseline.Result grading, RenderBaseline.Result render) {
	}

}
