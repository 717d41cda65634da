package th.go.cdd.clickreport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * Renders the governor's summary (a memo, SPEC §10) and the district pages (SPEC §8) to PDF/A-3b
 * archive copies with the Thai font embedded, signed where the office configured a key
 * ({@link PdfArchive}). The templates in {@code reports/} are compiled once, when the bean is created. Safe to
 * call from several threads at once.
 *
 * <p>Each PDF is written to a temporary file beside the target and then moved into place
 * atomically, so a reader never sees a half-written file and rendering again replaces the old one.
 */
@Component
public class ReportRenderer {

	private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);

	/** Pages of a long report kept in memory while filling; the rest go to a swap file. */
	private static final int PAGES_IN_MEMORY = 8;

	/**
	 * Detail lines above which a report is filled through a swap-file virtualizer. A summary has one
	 * line per district (at most 50) and a district page one per item and note, so nearly every report
	 * is a page or two and is filled in memory; the virtualizer's swap file would cost more than the
	 * report. Only a district with hundreds of notes (a bundle full of rejected rows) is virtualized.
	 */
	static final int LINES_IN_MEMORY = 300;

	private final JasperReportsContext context;

	private final ReportText text;

	private final PdfArchive archive;

	private final Renderable emblem;

	private final JasperReport summaryTemplate;

	private final JasperReport districtTemplate;

	/** A renderer of unsigned archive copies without an emblem (tests, tools). */
	public ReportRenderer(boolean thaiDigits) {
		this(thaiDigits, PdfArchive.unsigned(), (byte[]) null);
	}

	/**
	 * @param archive how the PDFs become archive copies (PDF/A, attachments, signature)
	 * @param emblem the Garuda emblem of the memo's top left corner (PNG or JPEG), or null for none
	 */
	@Autowired
	public ReportRenderer(ReportSettings settings, PdfArchive archive, MemoEmblem emblem) {
		this(settings.thaiDigits(), archive, emblem.image());
	}

	ReportRenderer(boolean thaiDigits, PdfArchive archive, byte[] emblem) {
		this.context = jasperReportsContext();
		this.text = new ReportText(thaiDigits);
		this.archive = archive;
		this.emblem = emblem == null ? null : SimpleDataRenderer.getInstance(emblem);
		this.summaryTemplate = compile("reports/summary.jrxml");
		this.districtTemplate = compile("reports/district.jrxml");
	}

	/**
	 * Writes the governor's summary (the memo) of one province and month to {@code target}, creating
	 * its folder if needed and replacing an earlier file.
	 *
	 * @param memo the province's memo header and signature block
	 * @param number the memo's document number
	 * @param gradesCsv the month's grades CSV as written beside it, embedded in the PDF
	 * @throws UncheckedIOException when the file cannot be written
	 * @throws IllegalStateException when JasperReports fails to fill or export the report
	 */
	public void renderSummary(SummaryReport report, MemoSettings memo, MemoNumber number, byte[] gradesCsv,
			Path target) {
		writeAtomically(target, out -> renderSummary(report, memo, number, gradesCsv, out));
	}

	/**
	 * Writes the governor's summary of one province and month to {@code out}, as
	 * {@link #renderSummary(SummaryReport, MemoSettings, MemoNumber, byte[], Path)} writes it to a file:
	 * for {@link OutputLayout.Batch}.
	 *
	 * @throws IllegalStateException when JasperReports fails to fill or export the report, or to write
	 * to {@code out}
	 */
	public void renderSummary(SummaryReport report, MemoSettings memo, MemoNumber number, byte[] gradesCsv,
			OutputStream out) {
		PdfArchive.Attachment csv = new PdfArchive.Attachment(
				"grades-" + report.provinceCode() + "-" + report.month() + ".csv", "text/csv",
				"ผลการจัดระดับรายอำเภอ " + text.month(report.month()) + " (CSV, UTF-8)", "Data", gradesCsv);
		render(summaryTemplate, summaryParameters(report, memo, number), SummaryView.lines(report),
				report.districts().size(), out, description(report, memo, List.of(csv)));
	}

	/**
	 * Writes the page of one district and month to {@code target} (more pages when its notes need
	 * them), creating its folder if needed and replacing an earlier file.
	 *
	 * @param memo the province's memo header (the district page repeats its ส่วนราชการ line)
	 * @throws UncheckedIOException when the file cannot be written
	 * @throws IllegalStateException when JasperReports fails to fill or export the report
	 */
	public void renderDistrict(DistrictReport report, MemoSettings memo, Path target) {
		writeAtomically(target, out -> renderDistrict(report, memo, out));
	}

	/**
	 * Writes the PDF of one district and month to {@code out}, as
	 * {@link #renderDistrict(DistrictReport, MemoSettings, Path)} writes it to a file: for
	 * {@link OutputLayout.Batch}, which writes many files at once.
	 *
	 * @throws IllegalStateException when JasperReports fails to fill or export the report, or to write
	 * to {@code out}
	 */
	public void renderDistrict(DistrictReport report, MemoSettings memo, OutputStream out) {
		render(districtTemplate, DistrictView.parameters(report, memo, text), DistrictView.notes(report),
				report.items().size() + report.notes().size(), out, description(report, memo));
	}

	/**
	 * The bare library work for one summary: JasperReports fill and PDF export with this renderer's
	 * compiled template, parameters and exporter settings (PDF/A-3b included) into {@code out}, with no
	 * virtualizer, no file, no attachment and no signature. The benchmark's baseline for rendering; the
	 * product renders with {@link #renderSummary}.
	 */
	public void fillAndExport(SummaryReport report, MemoSettings memo, MemoNumber number, OutputStream out) {
		fillAndExport(summaryTemplate, summaryParameters(report, memo, number), SummaryView.lines(report), out,
				description(report, memo, List.of()));
	}

	/** {@link #fillAndExport(SummaryReport, MemoSettings, MemoNumber, OutputStream)} for a district page. */
	public void fillAndExport(DistrictReport report, MemoSettings memo, OutputStream out) {
		fillAndExport(districtTemplate, DistrictView.parameters(report, memo, text), DistrictView.notes(report), out,
				description(report, memo));
	}

	private Map<String, Object> summaryParameters(SummaryReport report, MemoSettings memo, MemoNumber number) {
		Map<String, Object> parameters = SummaryView.parameters(report, memo, number, text);
		parameters.put("EMBLEM", emblem);
		return parameters;
	}

	/** The PDF's metadata (and what errors and the debug log name it). */
	private PdfArchive.Description description(SummaryReport report, MemoSettings memo,
			List<PdfArchive.Attachment> attachments) {
		return new PdfArchive.Description(
				"สรุปผลการจัดระดับ Click ชุมชน จังหวัด" + report.provinceNameTh() + " " + text.month(report.month()),
				memo.office(), "บันทึกข้อความถึงผู้ว่าราชการจังหวัด" + report.provinceNameTh()
						+ " ผลการจัดระดับการดำเนินงาน Click ชุมชน ประจำเดือน" + text.month(report.month()),
				report.month().toString(), attachments);
	}

	private PdfArchive.Description description(DistrictReport report, MemoSettings memo) {
		return new PdfArchive.Description(
				"ผลการจัดระดับ Click ชุมชน อำเภอ" + report.districtNameTh() + " " + text.month(report.month()),
				memo.office(), "ผลการจัดระดับการดำเนินงาน Click ชุมชน อำเภอ" + report.districtNameTh() + " จังหวัด"
						+ report.provinceNameTh() + " ประจำเดือน" + text.month(report.month()),
				report.month().toString(), List.of());
	}

	private void fillAndExport(JasperReport template, Map<String, Object> parameters, JRDataSource rows,
			OutputStream out, PdfArchive.Description description) {
		parameters.put(JRParameter.REPORT_LOCALE, ThaiLineBreaks.THAI);
		try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
			JasperPrint print = JasperFillManager.getInstance(context).fill(template, parameters, rows);
			export(print, description, out);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not render " + description.title() + ": " + ex.getMessage(), ex);
		}
	}

	private void render(JasperReport template, Map<String, Object> parameters, JRDataSource rows, int lines,
			OutputStream out, PdfArchive.Description description) {
		long start = System.nanoTime();
		JRSwapFileVirtualizer virtualizer = lines > LINES_IN_MEMORY ? new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
				new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true) : null;
		if (virtualizer != null) {
			parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		}
		try {
			if (archive.needsFinishing(description)) {
				ByteArrayOutputStream exported = new ByteArrayOutputStream(64 * 1024);
				fillAndExport(template, parameters, rows, exported, description);
				archive.finish(exported.toByteArray(), description, out);
			}
			else {
				fillAndExport(template, parameters, rows, out, description);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write " + description.title() + ": " + ex.getMessage(), ex);
		}
		finally {
			if (virtualizer != null) {
				virtualizer.cleanup();
			}
		}
		log.debug("Rendered {} in {} ms", description.title(), (System.nanoTime() - start) / 1_000_000);
	}

	private void export(JasperPrint print, PdfArchive.Description description, OutputStream out) throws JRException {
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setCompressed(true);
		PdfArchive.configure(configuration, description);
		JRPdfExporter exporter = new JRPdfExporter(context);
		exporter.setConfiguration(configuration);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		exporter.exportReport();
	}

	static <E extends Exception> void writeAtomically(Path target, OutputLayout.Content<E> writer) throws E {
		try {
			OutputLayout.writeAtomically(target, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + target, ex);
		}
	}

	/**
	 * JasperReports settings of this renderer: the PDF exporter draws Thai through its glyph renderer
	 * (Java2D shaping), which places stacked marks correctly; its default text path does not. The
	 * exporter reads the PDF/A output intent's profile through {@link PdfArchive}.
	 */
	private static JasperReportsContext jasperReportsContext() {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks.thai", "thai");
		PdfArchive.register(context);
		return context;
	}

	private JasperReport compile(String resource) {
		try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Report template " + resource + " is not on the classpath");
			}
			return JasperCompileManager.getInstance(context).compile(JRXmlLoader.load(context, in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not compile " + resource + ": " + ex.getMessage(), ex);
		}
	}

}
