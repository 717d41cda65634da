package th.go.cdd.clickreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * The JasperReports side of every PDF: the templates of {@code reports/}, compiled once
 * per process when this is made, the settings they are filled with (Thai locale and line
 * breaks, the emblem) and the PDF/A-3b exporter settings. {@link ReportRenderer} adds
 * files, archive finishing and signing. Safe to use from several threads at once. Fill
 * and export a report inside one {@link ThaiLineBreaks#enter()} scope: both break Thai
 * lines.
 */
@Component
public class ReportTemplates {

	private final boolean thaiDigits;

	private final byte[] emblemImage;

	private final JasperReportsContext context;

	private final ReportText text;

	private final Renderable emblem;

	private final JasperReport summaryTemplate;

	private final JasperReport districtTemplate;

	@Autowired
	ReportTemplates(ReportSettings settings, MemoEmblem emblem) {
		this(settings.thaiDigits(), emblem.image());
	}

	/**
	 * @param thaiDigits whether numbers and dates are printed in Thai digits
	 * @param emblem the Garuda emblem of the memo's top left corner (PNG or JPEG), or
	 * null for none
	 */
	public ReportTemplates(boolean thaiDigits, byte[] emblem) {
		this(thaiDigits, emblem, true);
	}

	private ReportTemplates(boolean thaiDigits, byte[] emblem, boolean reuseText) {
		this.thaiDigits = thaiDigits;
		this.emblemImage = emblem;
		this.context = jasperReportsContext(reuseText);
		this.text = new ReportText(thaiDigits);
		this.emblem = emblem == null ? null : SimpleDataRenderer.getInstance(emblem);
		this.summaryTemplate = compile("reports/summary.jrxml");
		this.districtTemplate = compile("reports/district.jrxml");
	}

	/**
	 * These templates, their texts measured and drawn by JasperReports itself, every
	 * time, with the same exporter settings: the bare library's work, which the bench's
	 * rendering baseline does and the reuse of the product's templates is compared with.
	 */
	public ReportTemplates withStockText() {
		return new ReportTemplates(thaiDigits, emblemImage, false);
	}

	ReportText text() {
		return text;
	}

	/**
	 * Fills the governor's summary (the memo) of one province and month.
	 * @param virtualizer where pages of a long report wait while filling, or null to keep
	 * them in memory
	 */
	public JasperPrint fillSummary(SummaryReport report, MemoSettings memo, MemoNumber number,
			JRVirtualizer virtualizer) {
		Map<String, Object> parameters = SummaryView.parameters(report, memo, number, text);
		parameters.put("EMBLEM", emblem);
		return fill(summaryTemplate, parameters, SummaryView.lines(report), virtualizer,
				describe(report, memo, List.of()));
	}

	/** Fills the page of one district and month (more pages when its notes need them). */
	public JasperPrint fillDistrict(DistrictReport report, MemoSettings memo, JRVirtualizer virtualizer) {
		return fill(districtTemplate, DistrictView.parameters(report, memo, text), DistrictView.notes(report),
				virtualizer, describe(report, memo));
	}

	/**
	 * Exports a filled report as PDF/A-3b (Thai font embedded, output intent, metadata of
	 * {@code description}).
	 */
	public void export(JasperPrint print, PdfArchive.Description description, OutputStream out) {
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setCompressed(true);
		PdfArchive.configure(configuration, description);
		JRPdfExporter exporter = new JRPdfExporter(context);
		exporter.setConfiguration(configuration);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not render " + description.title() + ": " + ex.getMessage(), ex);
		}
	}

	/** The summary PDF's metadata (and what errors and the debug log name it). */
	public PdfArchive.Description describe(SummaryReport report, MemoSettings memo,
			List<PdfArchive.Attachment> attachments) {
		return new PdfArchive.Description(
				"สรุปผลการจัดระดับ Click ชุมชน จังหวัด" + report.provinceNameTh() + " " + text.month(report.month()),
				memo.office(),
				"บันทึกข้อความถึงผู้ว่าราชการจังหวัด" + report.provinceNameTh()
						+ " ผลการจัดระดับการดำเนินงาน Click ชุมชน ประจำเดือน" + text.month(report.month()),
				report.month().toString(), attachments);
	}

	/** A district PDF's metadata. */
	public PdfArchive.Description describe(DistrictReport report, MemoSettings memo) {
		return new PdfArchive.Description(
				"ผลการจัดระดับ Click ชุมชน อำเภอ" + report.districtNameTh() + " " + text.month(report.month()),
				memo.office(),
				"ผลการจัดระดับการดำเนินงาน Click ชุมชน อำเภอ" + report.districtNameTh() + " จังหวัด"
						+ report.provinceNameTh() + " ประจำเดือน" + text.month(report.month()),
				report.month().toString(), List.of());
	}

	private JasperPrint fill(JasperReport template, Map<String, Object> parameters, JRDataSource rows,
			JRVirtualizer virtualizer, PdfArchive.Description description) {
		parameters.put(JRParameter.REPORT_LOCALE, ThaiLineBreaks.THAI);
		if (virtualizer != null) {
			parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		}
		try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
			return JasperFillManager.getInstance(context).fill(template, parameters, rows);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not render " + description.title() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * JasperReports settings of these templates: the PDF exporter draws Thai through its
	 * glyph renderer (Java2D shaping), which places stacked marks correctly; its default
	 * text path does not. The exporter reads the PDF/A output intent's profile through
	 * {@link PdfArchive}. Streams are deflated at the fastest level
	 * ({@link FastDeflatePdfProducerFactory}). With {@code reuseText} (the product), the
	 * measurements and line layouts of texts that come again are reused
	 * ({@link ReusingTextMeasurerFactory}, {@link ReusingPdfProducerFactory}); without
	 * it, JasperReports measures and draws every text by itself (the bench's baseline,
	 * tests).
	 */
	static JasperReportsContext jasperReportsContext(boolean reuseText) {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks.thai", "thai");
		if (reuseText) {
			context.setProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY, ReusingPdfProducerFactory.class.getName());
			context.setProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY,
					ReusingTextMeasurerFactory.class.getName());
		}
		else {
			context.setProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY,
					FastDeflatePdfProducerFactory.class.getName());
		}
		PdfArchive.register(context);
		return context;
	}

	private JasperReport compile(String resource) {
		try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
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
