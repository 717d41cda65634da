package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders the governor's summary and the district pages (SPEC §8) to PDF with the Thai font
 * embedded. The templates in {@code reports/} are compiled once, when the bean is created. Safe to
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

	private final JasperReport summaryTemplate;

	private final JasperReport districtTemplate;

	public ReportRenderer(@Value("${click.report.thai-digits:true}") boolean thaiDigits) {
		this.context = jasperReportsContext();
		this.text = new ReportText(thaiDigits);
		this.summaryTemplate = compile("reports/summary.jrxml");
		this.districtTemplate = compile("reports/district.jrxml");
	}

	/**
	 * Writes the governor's summary of one province and month to {@code target}, creating its folder
	 * if needed and replacing an earlier file.
	 *
	 * @throws UncheckedIOException when the file cannot be written
	 * @throws IllegalStateException when JasperReports fails to fill or export the report
	 */
	public void renderSummary(SummaryReport report, Path target) {
		writeAtomically(target, out -> renderSummary(report, out));
	}

	/**
	 * Writes the governor's summary of one province and month to {@code out}, as
	 * {@link #renderSummary(SummaryReport, Path)} writes it to a file: for {@link OutputLayout.Batch}.
	 *
	 * @throws IllegalStateException when JasperReports fails to fill or export the report, or to write
	 * to {@code out}
	 */
	public void renderSummary(SummaryReport report, OutputStream out) {
		render(summaryTemplate, SummaryView.parameters(report, text), SummaryView.lines(report),
				report.districts().size(), out, title(report));
	}

	/**
	 * Writes the page of one district and month to {@code target} (more pages when its notes need
	 * them), creating its folder if needed and replacing an earlier file.
	 *
	 * @throws UncheckedIOException when the file cannot be written
	 * @throws IllegalStateException when JasperReports fails to fill or export the report
	 */
	public void renderDistrict(DistrictReport report, Path target) {
		writeAtomically(target, out -> renderDistrict(report, out));
	}

	/**
	 * Writes the PDF of one district and month to {@code out}, as {@link #renderDistrict(DistrictReport, Path)}
	 * writes it to a file: for {@link OutputLayout.Batch}, which writes many files at once.
	 *
	 * @throws IllegalStateException when JasperReports fails to fill or export the report, or to write
	 * to {@code out}
	 */
	public void renderDistrict(DistrictReport report, OutputStream out) {
		render(districtTemplate, DistrictView.parameters(report, text), DistrictView.notes(report),
				report.items().size() + report.notes().size(), out, title(report));
	}

	/**
	 * The bare library work for one summary: JasperReports fill and PDF export with this renderer's
	 * compiled template, parameters and settings into {@code out}, with no virtualizer and no file.
	 * The benchmark's baseline for rendering; the product renders with {@link #renderSummary}.
	 */
	public void fillAndExport(SummaryReport report, OutputStream out) {
		fillAndExport(summaryTemplate, SummaryView.parameters(report, text), SummaryView.lines(report), out,
				title(report));
	}

	/** {@link #fillAndExport(SummaryReport, OutputStream)} for a district page. */
	public void fillAndExport(DistrictReport report, OutputStream out) {
		fillAndExport(districtTemplate, DistrictView.parameters(report, text), DistrictView.notes(report), out,
				title(report));
	}

	/** The PDF's title (its metadata, and what errors and the debug log name). */
	private String title(SummaryReport report) {
		return "สรุปผลการจัดระดับ Click ชุมชน จังหวัด" + report.provinceNameTh() + " " + text.month(report.month());
	}

	private String title(DistrictReport report) {
		return "ผลการจัดระดับ Click ชุมชน อำเภอ" + report.districtNameTh() + " " + text.month(report.month());
	}

	private void fillAndExport(JasperReport template, Map<String, Object> parameters, JRDataSource rows,
			OutputStream out, String title) {
		parameters.put(JRParameter.REPORT_LOCALE, ThaiLineBreaks.THAI);
		try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
			JasperPrint print = JasperFillManager.getInstance(context).fill(template, parameters, rows);
			export(print, title, (String) parameters.get("OFFICE"), out);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not render " + title + ": " + ex.getMessage(), ex);
		}
	}

	private void render(JasperReport template, Map<String, Object> parameters, JRDataSource rows, int lines,
			OutputStream out, String title) {
		long start = System.nanoTime();
		JRSwapFileVirtualizer virtualizer = lines > LINES_IN_MEMORY ? new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
				new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true) : null;
		if (virtualizer != null) {
			parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		}
		try {
			fillAndExport(template, parameters, rows, out, title);
		}
		finally {
			if (virtualizer != null) {
				virtualizer.cleanup();
			}
		}
		log.debug("Rendered {} in {} ms", title, (System.nanoTime() - start) / 1_000_000);
	}

	private void export(JasperPrint print, String title, String author, OutputStream out) throws JRException {
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setCompressed(true);
		configuration.setMetadataTitle(title);
		configuration.setMetadataAuthor(author);
		configuration.setDisplayMetadataTitle(true);
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
	 * (Java2D shaping), which places stacked marks correctly; its default text path does not.
	 */
	private static JasperReportsContext jasperReportsContext() {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks.thai", "thai");
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
