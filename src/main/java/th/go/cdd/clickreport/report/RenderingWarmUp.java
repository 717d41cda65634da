package th.go.cdd.clickreport.report;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * A server that has started renders some PDFs of the latest graded month in the
 * background, on one thread, and throws them away: the first monthly run after a start
 * (the scheduled one, or an admin's re-run on the pages) then finds the rendering code
 * loaded and compiled instead of paying for that in its own PDFs (docs/PERFORMANCE.md).
 * It writes no file and reads only grades and what the reports print; it issues no memo
 * number (the summaries carry a made-up one). Commands do not warm up: their run is the
 * work. {@code click.report.warm-up-pages=0} turns it off.
 */
@Component
public class RenderingWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RenderingWarmUp.class);

	/** The most summaries rendered: a province's or a few. */
	static final int SUMMARIES = 4;

	private static final byte[] CSV = "\uFEFFdistrict_code,level\r\n".getBytes(StandardCharsets.UTF_8);

	/** What one warm-up rendered (nothing when no month has grades yet). */
	public record Result(Optional<YearMonth> month, int districtPages, int summaries, long nanos) {
	}

	// Got when warming up: a command's context gets this listener too (its beans are
	// made lazily), and must not compile the templates for it.
	private final ObjectProvider<ReportDataRepository> reportData;

	private final ObjectProvider<ReportRenderer> renderer;

	private final int pages;

	private volatile CompletableFuture<Result> started;

	RenderingWarmUp(ObjectProvider<ReportDataRepository> reportData, ObjectProvider<ReportRenderer> renderer,
			ReportSettings settings) {
		this.reportData = reportData;
		this.renderer = renderer;
		this.pages = settings.warmUpPages();
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (pages > 0 && event.getApplicationContext() instanceof WebServerApplicationContext) {
			CompletableFuture<Result> done = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					done.complete(warmUp());
				}
				catch (RuntimeException | Error ex) {
					log.warn("Warming up the PDF rendering failed, which only makes the first run slower: {}",
							ex.toString());
					done.completeExceptionally(ex);
				}
			}, "click-render-warm-up");
			thread.setDaemon(true);
			started = done;
			thread.start();
		}
	}

	/** The background warm-up this server started, if it started one. */
	public Optional<CompletableFuture<Result>> started() {
		return Optional.ofNullable(started);
	}

	/**
	 * Renders up to {@code click.report.warm-up-pages} district pages of the latest
	 * graded month and the summaries of their first provinces, into nothing.
	 */
	public Result warmUp() {
		long start = System.nanoTime();
		ReportDataRepository reportData = this.reportData.getObject();
		ReportRenderer renderer = this.renderer.getObject();
		Optional<YearMonth> latest = reportData.latestGradedMonth();
		if (latest.isEmpty()) {
			log.info("No graded month yet: the PDF rendering warms up in the first run");
			return new Result(latest, 0, 0, System.nanoTime() - start);
		}
		YearMonth month = latest.get();
		LocalDate today = LocalDate.now(BangkokTime.ZONE);
		List<DistrictPage> graded = reportData.gradedDistricts(month, pages);
		List<String> provinces = graded.stream().map(DistrictPage::provinceCode).distinct().limit(SUMMARIES).toList();
		for (String province : provinces) {
			SummaryReport summary = reportData.summary(province, month, today);
			renderer.renderSummary(summary, MemoSettings.unconfigured(province, summary.provinceNameTh()),
					new MemoNumber(today.getYear() + 543, 1, 0), CSV, OutputStream.nullOutputStream());
		}
		int summaries = provinces.size();
		List<DistrictReport> districts = reportData.districts(month, graded, today);
		for (DistrictReport district : districts) {
			renderer.renderDistrict(district,
					MemoSettings.unconfigured(district.provinceCode(), district.provinceNameTh()),
					OutputStream.nullOutputStream());
		}
		long nanos = System.nanoTime() - start;
		log.info("PDF rendering warmed up on {}: {} district pages and {} {} rendered and discarded in {} s", month,
				districts.size(), summaries, summaries == 1 ? "summary" : "summaries",
				String.format(Locale.ROOT, "%.1f", nanos / 1e9));
		return new Result(latest, districts.size(), summaries, nanos);
	}

}
