package th.go.cdd.clickreport.bench;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The figures of one benchmark run and how they are printed: a line per month, a table of
 * phase, ours, baseline, ratio, target and whether it is met, and the machine-readable
 * last line
 * {@code bench: import_ratio=… grading_ratio=… render_ratio=… national_month_s=… peak_heap_mb=… cold_run_s=…}.
 * Ratios are ours / baseline.
 */
public final class BenchFigures {

	/** One month: the job's wall time and steps, the baselines, and the heap. */
	public record Month(YearMonth month, long wallNanos, long gradeNanos, long summariesNanos, long pagesNanos,
			int districts, int pdfs, long gradingBaselineNanos, int gradingBaselineDistricts, long renderBaselineNanos,
			int renderBaselinePdfs, long peakHeapBytes, long liveHeapBytes, long jitJobMillis,
			long jitBaselinesMillis) {

		/**
		 * Rendering = the province outputs (grades CSV and summaries) and the district
		 * pages.
		 */
		public long renderNanos() {
			return summariesNanos + pagesNanos;
		}

	}

	private final BenchDatabase database;

	private final int provinces;

	private final int threads;

	private long csvRows;

	private long csvBytes;

	private long generateNanos;

	private long importBaselineRows;

	private long importBaselineNanos;

	private long importRows;

	private long importNanos;

	private long importPeakHeapBytes;

	private final List<Month> months = new ArrayList<>();

	private long coldWallNanos;

	private long coldGradeNanos;

	private long coldRenderNanos;

	private long coldImportNanos;

	private long coldPeakHeapBytes;

	private long coldRunPlainNanos;

	private long coldRunNanos;

	private double coldRunJobSeconds = Double.NaN;

	private int warmUpRounds;

	private double warmUpJitShare = Double.NaN;

	BenchFigures(BenchDatabase database, int provinces, int threads) {
		this.database = database;
		this.provinces = provinces;
		this.threads = threads;
	}

	void generated(long rows, long bytes, long nanos) {
		this.csvRows = rows;
		this.csvBytes = bytes;
		this.generateNanos = nanos;
	}

	void importBaseline(long rows, long nanos) {
		this.importBaselineRows = rows;
		this.importBaselineNanos = nanos;
	}

	void importOurs(long rows, long nanos, long peakHeapBytes) {
		this.importRows = rows;
		this.importNanos = nanos;
		this.importPeakHeapBytes = peakHeapBytes;
	}

	/**
	 * The first month run once in the fresh JVM before the measured phases: the national
	 * month figure.
	 */
	void coldMonth(long wallNanos, long gradeNanos, long renderNanos, long importNanos) {
		this.coldWallNanos = wallNanos;
		this.coldGradeNanos = gradeNanos;
		this.coldRenderNanos = renderNanos;
		this.coldImportNanos = importNanos;
	}

	/**
	 * The operator's run of the first month in a fresh process, JVM start to exit.
	 * @param plainNanos as {@code java -jar}
	 * @param launcherNanos through {@code bin/click-report} (0: not measured)
	 * @param launcherJobSeconds the job's own time in that process (NaN: not reported)
	 */
	void coldRun(long plainNanos, long launcherNanos, double launcherJobSeconds) {
		this.coldRunPlainNanos = plainNanos;
		this.coldRunNanos = launcherNanos;
		this.coldRunJobSeconds = launcherJobSeconds;
	}

	/**
	 * The operator's cold run in seconds (through the launcher), NaN when it was not
	 * measured.
	 */
	public double coldRunSeconds() {
		return coldRunNanos > 0 ? coldRunNanos / 1e9 : Double.NaN;
	}

	void coldPeakHeap(long bytes) {
		this.coldPeakHeapBytes = bytes;
	}

	/**
	 * How many warm-up rounds ran and the JIT compilers' share of the last one's wall
	 * time.
	 */
	void warmUp(int rounds, double lastJitShare) {
		this.warmUpRounds = rounds;
		this.warmUpJitShare = lastJitShare;
	}

	Month month(YearMonth month, long wallNanos, long gradeNanos, long summariesNanos, long pagesNanos, int districts,
			int pdfs, long gradingBaselineNanos, int gradingBaselineDistricts, long renderBaselineNanos,
			int renderBaselinePdfs, long peakHeapBytes, long liveHeapBytes, long jitJobMillis,
			long jitBaselinesMillis) {
		Month m = new Month(month, wallNanos, gradeNanos, summariesNanos, pagesNanos, districts, pdfs,
				gradingBaselineNanos, gradingBaselineDistricts, renderBaselineNanos, renderBaselinePdfs, peakHeapBytes,
				liveHeapBytes, jitJobMillis, jitBaselinesMillis);
		months.add(m);
		return m;
	}

	public long csvRows() {
		return csvRows;
	}

	public long generateNanos() {
		return generateNanos;
	}

	public long importBaselineRows() {
		return importBaselineRows;
	}

	public long importBaselineNanos() {
		return importBaselineNanos;
	}

	public List<Month> months() {
		return List.copyOf(months);
	}

	public double importRatio() {
		return ratio(importNanos, importBaselineNanos);
	}

	public double gradingRatio() {
		return ratio(sum(Month::gradeNanos), sum(Month::gradingBaselineNanos));
	}

	public double renderRatio() {
		return ratio(sum(Month::renderNanos), sum(Month::renderBaselineNanos));
	}

	/**
	 * Grading and rendering of the first month as a fresh process takes it: the job's
	 * wall time in the cold JVM (the first month measured warm when there was no cold
	 * run).
	 */
	public double nationalMonthSeconds() {
		return (coldWallNanos > 0 ? coldWallNanos : months.get(0).wallNanos()) / 1e9;
	}

	/**
	 * The peak of the heap pools during our phases: the cold month, the import and each
	 * month's job.
	 */
	public double peakHeapMb() {
		long peak = Math.max(coldPeakHeapBytes, importPeakHeapBytes);
		for (Month m : months) {
			peak = Math.max(peak, m.peakHeapBytes());
		}
		return HeapMeter.mb(peak);
	}

	/** All months' job wall time over N × the first month's. */
	public double linearity() {
		return sum(Month::wallNanos) / (months.size() * (double) months.get(0).wallNanos());
	}

	private static String target(double limit) {
		return "≤ " + (limit == Math.rint(limit) ? String.format(Locale.ROOT, "%.0f", limit)
				: String.format(Locale.ROOT, "%.2f", limit).replaceAll("0$", ""));
	}

	/** The last line. */
	public String summaryLine() {
		return String.format(Locale.ROOT,
				"bench: import_ratio=%.2f grading_ratio=%.2f render_ratio=%.2f national_month_s=%.1f peak_heap_mb=%.0f"
						+ " cold_run_s=%s",
				importRatio(), gradingRatio(), renderRatio(), nationalMonthSeconds(), peakHeapMb(),
				Double.isNaN(coldRunSeconds()) ? "n/a" : String.format(Locale.ROOT, "%.1f", coldRunSeconds()));
	}

	void print(PrintStream out) {
		int n = months.size();
		long districts = months.stream().mapToLong(Month::districts).sum();
		long pdfs = months.stream().mapToLong(Month::pdfs).sum();
		long baselinePdfs = months.stream().mapToLong(Month::renderBaselinePdfs).sum();
		out.println();
		out.printf(Locale.ROOT, "Figures (%s, %d province%s, %d month%s, %d thread%s; ratio = ours / baseline):%n",
				database.product(), provinces, provinces == 1 ? "" : "s", n, n == 1 ? "" : "s", threads,
				threads == 1 ? "" : "s");
		String format = "  %-26s %-24s %-30s %7s  %-22s %s%n";
		out.printf(Locale.ROOT, format, "phase", "ours", "baseline", "ratio", "target", "met?");
		out.printf(Locale.ROOT, format, "import", rate(importNanos, csvRows, "rows"),
				rate(importBaselineNanos, csvRows, "rows") + " " + (database.isH2() ? "CSVREAD" : "LOAD DATA"),
				fixed(importRatio()), target(Benchmark.TARGET_IMPORT_RATIO),
				met(importRatio() <= Benchmark.TARGET_IMPORT_RATIO));
		out.printf(Locale.ROOT, format, "grading (gradeStep)", rate(sum(Month::gradeNanos), districts, "districts"),
				rate(sum(Month::gradingBaselineNanos), districts, "districts") + " 1 query", fixed(gradingRatio()),
				target(Benchmark.TARGET_GRADING_RATIO), met(gradingRatio() <= Benchmark.TARGET_GRADING_RATIO));
		out.printf(Locale.ROOT, format, "rendering (2 steps)", rate(sum(Month::renderNanos), pdfs, "PDFs"),
				rate(sum(Month::renderBaselineNanos), baselinePdfs, "PDFs") + " fill+export", fixed(renderRatio()),
				target(Benchmark.TARGET_RENDER_RATIO), met(renderRatio() <= Benchmark.TARGET_RENDER_RATIO));
		out.printf(Locale.ROOT, format, "national month (cold JVM)",
				String.format(Locale.ROOT, "%.1f s", nationalMonthSeconds()), "", "",
				target(Benchmark.TARGET_NATIONAL_MONTH_S) + " s" + (provinces < 77 ? " (national)" : ""), provinces < 77
						? "n/a (not national)" : met(nationalMonthSeconds() <= Benchmark.TARGET_NATIONAL_MONTH_S));
		if (coldRunNanos > 0 || coldRunPlainNanos > 0) {
			out.printf(Locale.ROOT, format, "operator's run (process)",
					Double.isNaN(coldRunSeconds()) ? "n/a" : String.format(Locale.ROOT, "%.1f s", coldRunSeconds()),
					String.format(Locale.ROOT, "java -jar: %.1f s", coldRunPlainNanos / 1e9), "",
					target(Benchmark.TARGET_NATIONAL_MONTH_S) + " s" + (provinces < 77 ? " (national)" : ""),
					provinces < 77 || Double.isNaN(coldRunSeconds()) ? "n/a"
							: met(coldRunSeconds() <= Benchmark.TARGET_NATIONAL_MONTH_S));
		}
		if (!Double.isNaN(coldRunJobSeconds)) {
			// the first row's month, in a JVM started the way the product starts
			out.printf(Locale.ROOT, format, "national month (launcher)",
					String.format(Locale.ROOT, "%.1f s", coldRunJobSeconds), "the job of the run above", "",
					target(Benchmark.TARGET_NATIONAL_MONTH_S) + " s" + (provinces < 77 ? " (national)" : ""),
					provinces < 77 ? "n/a (not national)"
							: met(coldRunJobSeconds <= Benchmark.TARGET_NATIONAL_MONTH_S));
		}
		if (n > 1) {
			out.printf(Locale.ROOT, format, "month, median",
					String.format(Locale.ROOT, "%.1f s", median(Month::wallNanos) / 1e9), "", "", "", "");
		}
		double liveFirst = HeapMeter.mb(liveHeapMean(true));
		double liveLast = HeapMeter.mb(liveHeapMean(false));
		out.printf(Locale.ROOT, format, "peak heap", String.format(Locale.ROOT, "%.0f MB", peakHeapMb()), "", "",
				"≤ 512 MB", met(peakHeapMb() <= Benchmark.TARGET_PEAK_HEAP_MB));
		int third = thirdOfMonths();
		out.printf(Locale.ROOT, format,
				third == 1 ? "live heap, month 1 → " + n : "live heap, 1st → last " + third + " mo",
				String.format(Locale.ROOT, "%.1f → %.1f MB", liveFirst, liveLast), "", "", "no growth (±10 %)",
				n == 1 ? "n/a (1 month)" : met(liveLast <= liveFirst * (1 + Benchmark.FLAT_HEAP_TOLERANCE)));
		out.printf(Locale.ROOT, format, n + " months / " + n + " × 1st", fixed(linearity()), "", "",
				String.format(Locale.ROOT, "≤ %.2f (%d ≤ %d × 1)", (n + 1) / (double) n, n, n + 1),
				n == 1 ? "n/a (1 month)" : met(linearity() <= (n + 1) / (double) n));
		out.printf(Locale.ROOT, "  peak heap per month (MB): %s; live after GC (MB): %s%n",
				join(months.stream().map(m -> HeapMeter.mb(m.peakHeapBytes())).toList(), "%.0f"),
				join(months.stream().map(m -> HeapMeter.mb(m.liveHeapBytes())).toList(), "%.0f"));
		out.printf(Locale.ROOT, "  job wall time per month (s): %s%n",
				join(months.stream().map(m -> m.wallNanos() / 1e9).toList(), "%.1f"));
		if (coldWallNanos > 0) {
			out.printf(Locale.ROOT,
					"  cold first month (a fresh JVM, before the measured phases; not in the ratios): import %.2f s,"
							+ " job %.1f s = grading %.2f s + rendering %.2f s + other %.2f s%n",
					coldImportNanos / 1e9, coldWallNanos / 1e9, coldGradeNanos / 1e9, coldRenderNanos / 1e9,
					(coldWallNanos - coldGradeNanos - coldRenderNanos) / 1e9);
		}
		if (warmUpRounds > 0) {
			out.printf(Locale.ROOT,
					"  warm-up: %d round%s of the cold month (a re-run and the baselines), the last with the JIT"
							+ " compiling %.0f %% of its time (stop at ≤ %.0f %%)%n",
					warmUpRounds, warmUpRounds == 1 ? "" : "s", warmUpJitShare * 100, Benchmark.WARM_JIT_SHARE * 100);
		}
		out.printf(Locale.ROOT, "  JIT compiling per month, during the job / the baselines (s): %s%n", String
			.join(" ", months.stream()
				.map(m -> String.format(Locale.ROOT, "%.1f/%.1f", m.jitJobMillis() / 1e3, m.jitBaselinesMillis() / 1e3))
				.toList()));
		out.printf(Locale.ROOT, "  generate: %,d rows, %.1f MB in %.2f s (not compared)%n", csvRows, csvBytes / 1e6,
				generateNanos / 1e9);
		out.println(
				"  The import baseline only loads the files: it does not split PR channels, validate, record rejects"
						+ " or warnings, read Thai/B.E./Windows-874 input, or upsert; its rows include those the import rejects"
						+ " (" + importBaselineRows + " vs " + importRows + " stored).");
		out.println("  The grading baseline reads the measures only: no levels, reasons, notes or writes.");
		out.println(
				"  The rendering baseline reads its records first (not timed) and writes no file; JasperReports measures");
		out.println(
				"  and draws its texts by itself, where the product reuses the measurements and layouts of texts it saw.");
		out.println(summaryLine());
	}

	/**
	 * How many months are averaged at each end to compare live heap: a third of them (one
	 * for fewer than six months). One full collection's figure moves by several MB from
	 * month to month with what soft-referenced caches (fonts, break iterators) happen to
	 * hold; a leak shows as a rise of the averages.
	 */
	private int thirdOfMonths() {
		return months.size() < 6 ? 1 : months.size() / 3;
	}

	/**
	 * The mean live heap after GC of the first (or last) {@link #thirdOfMonths()} months.
	 */
	long liveHeapMean(boolean first) {
		int k = thirdOfMonths();
		List<Month> end = first ? months.subList(0, k) : months.subList(months.size() - k, months.size());
		return Math.round(end.stream().mapToLong(Month::liveHeapBytes).average().orElse(0));
	}

	private long sum(ToLongFunction<Month> f) {
		return months.stream().mapToLong(f).sum();
	}

	private double median(ToLongFunction<Month> f) {
		long[] values = months.stream().mapToLong(f).sorted().toArray();
		int n = values.length;
		return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
	}

	private static double ratio(long ours, long baseline) {
		return baseline <= 0 ? Double.NaN : ours / (double) baseline;
	}

	private static String rate(long nanos, long count, String unit) {
		return String.format(Locale.ROOT, "%.2f s %,.0f %s/s", nanos / 1e9, count / (nanos / 1e9), unit);
	}

	private static String fixed(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String met(boolean met) {
		return met ? "yes" : "NO";
	}

	private static String join(List<Double> values, String format) {
		return String.join(" ", values.stream().map(v -> String.format(Locale.ROOT, format, v)).toList());
	}

}
