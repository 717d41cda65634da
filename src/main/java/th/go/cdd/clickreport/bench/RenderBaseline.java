package th.go.cdd.clickreport.bench;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.report.DistrictPage;
import th.go.cdd.clickreport.report.DistrictReport;
import th.go.cdd.clickreport.report.ReportDataRepository;
import th.go.cdd.clickreport.report.ReportTemplates;
import th.go.cdd.clickreport.report.ThaiLineBreaks;
import th.go.cdd.clickreport.report.SummaryReport;
import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * The rendering's baseline: the bare JasperReports work for the same PDFs. Every summary
 * and district record of the month is read from the database first (not timed); then
 * JasperFillManager.fill and the JRPdfExporter export of each, with the product's
 * templates, parameters and exporter settings ({@link ReportTemplates#withStockText()}),
 * into an OutputStream that only counts bytes, on as many threads as the job's partitions
 * use. The exporter settings are the product's, PDF/A-3b and the deflate level included;
 * JasperReports measures and draws every text by itself, as it does without the product's
 * reuse of measurements and layouts; no virtualizer, no file, no embedded CSV, no
 * signature, no batch bookkeeping.
 */
final class RenderBaseline {

	/** What one month's rendering did. */
	record Result(int pdfs, long bytes, long nanos) {
	}

	private final JdbcTemplate jdbc;

	private final ReportDataRepository reportData;

	private final ReportTemplates templates;

	private final int threads;

	RenderBaseline(JdbcTemplate jdbc, ReportDataRepository reportData, ReportTemplates templates, int threads) {
		this.jdbc = jdbc;
		this.reportData = reportData;
		this.templates = templates;
		this.threads = threads;
	}

	Result run(List<String> provinces, YearMonth month, LocalDate issuedOn) throws Exception {
		List<SummaryReport> summaries = new ArrayList<>();
		for (String province : provinces) {
			summaries.add(reportData.summary(province, month, issuedOn));
		}
		String in = String.join(",", Collections.nCopies(provinces.size(), "?"));
		List<Object> args = new ArrayList<>(provinces);
		args.add(month.toString());
		List<DistrictPage> graded = jdbc.query(
				"SELECT province_code, district_code FROM grade WHERE province_code IN (" + in
						+ ") AND report_month = ? ORDER BY district_code",
				(rs, i) -> new DistrictPage(rs.getString(1), rs.getString(2)), args.toArray());
		List<DistrictReport> districts = reportData.districts(month, graded, issuedOn);

		AtomicLong bytes = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (SummaryReport summary : summaries) {
				MemoSettings memo = MemoSettings.unconfigured(summary.provinceCode(), summary.provinceNameTh());
				done.add(pool.submit(() -> {
					try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
						templates.export(templates.fillSummary(summary, memo,
								new MemoNumber(issuedOn.getYear() + 543, 1, 0), null),
								templates.describe(summary, memo, List.of()), counting(bytes));
					}
				}));
			}
			for (DistrictReport district : districts) {
				MemoSettings memo = MemoSettings.unconfigured(district.provinceCode(), district.provinceNameTh());
				done.add(pool.submit(() -> {
					try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
						templates.export(templates.fillDistrict(district, memo, null),
								templates.describe(district, memo), counting(bytes));
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			return new Result(done.size(), bytes.get(), System.nanoTime() - start);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Discards what is written and adds its length to {@code total}. */
	private static OutputStream counting(AtomicLong total) {
		return new OutputStream() {
			@Override
			public void write(int b) {
				total.incrementAndGet();
			}

			@Override
			public void write(byte[] b, int off, int len) {
				total.addAndGet(len);
			}
		};
	}

}
