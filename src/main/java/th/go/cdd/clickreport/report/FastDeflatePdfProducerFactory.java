package th.go.cdd.clickreport.report;

import java.io.OutputStream;
import java.text.AttributedCharacterIterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.PdfGlyphRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * JasperReports' own PDF producer (OpenPDF), with its streams and embedded font subsets
 * deflated at {@link Deflater#BEST_SPEED} instead of zlib's default level. Deflating took
 * a large share of each PDF's export (a district page has about 56 kB of page content,
 * font subsets and colour profile to compress); the fastest level makes the files a few
 * per cent larger (docs/PERFORMANCE.md). Registered by {@link ReportTemplates} under
 * JasperReports' {@code net.sf.jasperreports.export.pdf.producer.factory}, which makes it
 * through its public no-argument constructor: this class for JasperReports' stock text
 * drawing (the bench's baseline), {@link ReusingPdfProducerFactory} for the product's.
 */
public class FastDeflatePdfProducerFactory implements PdfProducerFactory {

	/** The deflate level of every stream of the PDFs. */
	static final int LEVEL = Deflater.BEST_SPEED;

	private final boolean reuseLayouts;

	public FastDeflatePdfProducerFactory() {
		this(false);
	}

	/**
	 * @param reuseLayouts whether Thai text is drawn by {@link ReusingGlyphRenderer}
	 * rather than by the stock glyph renderer
	 */
	FastDeflatePdfProducerFactory(boolean reuseLayouts) {
		this.reuseLayouts = reuseLayouts;
	}

	@Override
	public PdfProducer createProducer(PdfProducerContext context) {
		return new ClassicPdfProducer(context) {

			@Override
			public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
				super.createWriter(out);
				getPdfWriter().setCompressionLevel(LEVEL);
				return new OutputIntentWriter(this, getPdfWriter());
			}

			@Override
			public AbstractPdfTextRenderer getTextRenderer(PdfTextRendererContext text) {
				AbstractPdfTextRenderer renderer = super.getTextRenderer(text);
				// the stock choice decides which texts need the glyph renderer
				if (reuseLayouts && renderer.getClass() == PdfGlyphRenderer.class) {
					return new ReusingGlyphRenderer(getContext().getJasperReportsContext(),
							text.getAwtIgnoreMissingFont(), text.getIndentFirstLine(), text.getJustifyLastLine(),
							renderer.addActualText());
				}
				return renderer;
			}

			@Override
			public Font getFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
				Font font = super.getFont(attributes, locale);
				// one BaseFont per font file serves every export, on any thread: each
				// sets the same level on it
				BaseFont base = font.getBaseFont();
				if (base != null && base.getCompressionLevel() != LEVEL) {
					base.setCompressionLevel(LEVEL);
				}
				return font;
			}

		};
	}

}
