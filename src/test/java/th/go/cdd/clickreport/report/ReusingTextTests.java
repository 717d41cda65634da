package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reused text measurements and line layouts ({@link ReusingTextMeasurerFactory},
 * {@link ReusingGlyphRenderer}) draw what JasperReports draws by itself: the Chiang Rai
 * summary and its 18 district pages (Thai with stacked marks, a long note over several
 * lines, tables, right-aligned and centred numbers), rendered with the stock text
 * handling and twice with reuse (the second time from what the first kept), have the same
 * page content, operator for operator and glyph for glyph.
 */
class ReusingTextTests {

	private final ChiangRaiReports chiangRai = new ChiangRaiReports();

	@TempDir
	Path folder;

	@Test
	void pagesDrawnFromReusedMeasurementsAndLayoutsAreTheStockPages() throws IOException {
		Map<String, List<byte[]>> stock = render(new ReportTemplates(true, null).withStockText());
		Map<String, List<byte[]>> first = render(new ReportTemplates(true, null));
		long measurementsBefore = ReusingTextMeasurerFactory.MEASUREMENTS.reused();
		long layoutsBefore = ReusingGlyphRenderer.LAYOUTS.reused();
		Map<String, List<byte[]>> again = render(new ReportTemplates(true, null));

		// the second rendering found what the first kept
		assertThat(ReusingTextMeasurerFactory.MEASUREMENTS.reused() - measurementsBefore).isGreaterThan(500);
		assertThat(ReusingGlyphRenderer.LAYOUTS.reused() - layoutsBefore).isGreaterThan(500);
		assertThat(stock).hasSize(19);
		for (String pdf : stock.keySet()) {
			assertSamePages(pdf, stock.get(pdf), first.get(pdf));
			assertSamePages(pdf, stock.get(pdf), again.get(pdf));
		}
	}

	/**
	 * Threads that render at once share the kept measurements and layouts (a batch's
	 * partitions do): each thread's pages are still the stock pages.
	 */
	@Test
	void pagesRenderedOnSeveralThreadsAtOnceAreTheStockPages() throws Exception {
		Map<String, List<byte[]>> stock = render(new ReportTemplates(true, null).withStockText());
		ReportTemplates reusing = new ReportTemplates(true, null);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<Map<String, List<byte[]>>>> rendered = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				rendered.add(threads.submit(() -> render(reusing)));
			}
			for (Future<Map<String, List<byte[]>>> pages : rendered) {
				Map<String, List<byte[]>> reused = pages.get();
				for (String pdf : stock.keySet()) {
					assertSamePages(pdf, stock.get(pdf), reused.get(pdf));
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * The same text in elements that measure and draw it differently (widths, alignments,
	 * bold, a field that stretches, two fields that differ only by their truncation
	 * properties, two paragraphs): each drawn as the stock code draws it, also when the
	 * other elements' measurements and layouts of it are kept.
	 */
	@Test
	void theSameTextInDifferentElementsIsMeasuredAndDrawnForEach() throws Exception {
		String text = "รายงานกิจกรรมที่จัดขึ้นเมื่อวันที่สามสิบเอ็ดพฤษภาคม ผู้เข้าร่วมจากป่าสักน้ำตก";
		Map<String, Object> parameters = Map.of("TEXT", text, "PARAGRAPHS", text + "\n" + text);
		byte[] stock = new Edges(false).render(parameters);
		Edges reusing = new Edges(true);
		reusing.render(parameters);
		long layoutsBefore = ReusingGlyphRenderer.LAYOUTS.reused();
		long measurementsBefore = ReusingTextMeasurerFactory.MEASUREMENTS.reused();
		byte[] reused = reusing.render(parameters);

		assertThat(ReusingGlyphRenderer.LAYOUTS.reused()).isGreaterThan(layoutsBefore);
		assertThat(ReusingTextMeasurerFactory.MEASUREMENTS.reused()).isGreaterThan(measurementsBefore);
		assertSamePages("reuse-edges", contents(stock), contents(reused));
		// the elements do differ: only the field with the truncation properties ends in
		// the suffix
		Path pdf = Files.write(folder.resolve("reuse-edges.pdf"), reused);
		assertThat(Pdfs.text(pdf)).containsOnlyOnce("...");
	}

	/** reports/reuse-edges.jrxml compiled once, as the product's templates are. */
	private static final class Edges {

		private final JasperReportsContext context;

		private final JasperReport report;

		Edges(boolean reuseText) throws Exception {
			this.context = ReportTemplates.jasperReportsContext(reuseText);
			try (InputStream in = ReusingTextTests.class.getResourceAsStream("/reports/reuse-edges.jrxml")) {
				this.report = JasperCompileManager.getInstance(context).compile(JRXmlLoader.load(context, in));
			}
		}

		byte[] render(Map<String, Object> parameters) throws Exception {
			try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
				JasperPrint print = JasperFillManager.getInstance(context)
					.fill(report, new HashMap<>(parameters), new JREmptyDataSource());
				ByteArrayOutputStream pdf = new ByteArrayOutputStream();
				JRPdfExporter exporter = new JRPdfExporter(context);
				exporter.setExporterInput(new SimpleExporterInput(print));
				exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
				exporter.exportReport();
				return pdf.toByteArray();
			}
		}

	}

	private static void assertSamePages(String pdf, List<byte[]> expected, List<byte[]> actual) {
		assertThat(actual).as("pages of %s", pdf).hasSameSizeAs(expected);
		for (int page = 0; page < expected.size(); page++) {
			assertThat(new String(actual.get(page), StandardCharsets.ISO_8859_1))
				.as("content of page %d of %s", page + 1, pdf)
				.isEqualTo(new String(expected.get(page), StandardCharsets.ISO_8859_1));
		}
	}

	/** PDF name → the content stream of each page, decoded. */
	private Map<String, List<byte[]>> render(ReportTemplates templates) throws IOException {
		ReportRenderer renderer = new ReportRenderer(templates, PdfArchive.unsigned());
		Map<String, List<byte[]>> pages = new LinkedHashMap<>();
		ByteArrayOutputStream summary = new ByteArrayOutputStream();
		renderer.renderSummary(chiangRai.summary(), ChiangRaiReports.MEMO, ChiangRaiReports.NUMBER,
				ChiangRaiReports.CSV, summary);
		pages.put("summary", contents(summary.toByteArray()));
		for (String code : chiangRai.codes()) {
			ByteArrayOutputStream district = new ByteArrayOutputStream();
			renderer.renderDistrict(chiangRai.district(code), ChiangRaiReports.MEMO, district);
			pages.put(code, contents(district.toByteArray()));
		}
		return pages;
	}

	private static List<byte[]> contents(byte[] pdf) throws IOException {
		List<byte[]> contents = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				try (InputStream in = page.getContents()) {
					contents.add(in.readAllBytes());
				}
			}
		}
		return contents;
	}

}
