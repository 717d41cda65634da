package th.go.cdd.clickreport.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/** What a reader of a PDF gets out of it, read with PDFBox. */
final class Pdfs {

	static {
		// Shaped Thai glyphs (a tone mark moved down, ญ without its tail) have no Unicode
		// of their own;
		// the text of each element is carried whole in its /ActualText. PDFBox warns
		// about every such
		// glyph, which says nothing about the document.
		((Logger) LoggerFactory.getLogger(PDType0Font.class)).setLevel(Level.ERROR);
	}

	private Pdfs() {
	}

	/** The text as copied out of the document, page after page. */
	static String text(Path pdf) {
		return read(pdf, document -> new PDFTextStripper().getText(document));
	}

	/**
	 * The lines of text drawn in an area of the first page, from the glyphs themselves
	 * (ignoring /ActualText, which covers a whole text element): shows where lines were
	 * broken. Glyphs without a Unicode mapping (shaped marks) are missing from these
	 * lines.
	 */
	static List<String> drawnLines(Path pdf, Rectangle2D area) {
		return read(pdf, document -> {
			PDFTextStripperByArea stripper = new PDFTextStripperByArea() {
				@Override
				public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
					super.beginMarkedContentSequence(tag, null);
				}
			};
			stripper.setSortByPosition(true);
			stripper.addRegion("area", area);
			stripper.extractRegions(document.getPage(0));
			return stripper.getTextForRegion("area").lines().filter(line -> !line.isBlank()).toList();
		});
	}

	/** A text element as drawn: its whole text (its /ActualText) and its fill colour. */
	record ColouredText(String text, Color colour) {
	}

	/**
	 * The text elements carried whole in an /ActualText (the Thai ones), each with the
	 * colour its first glyph is filled with, in drawing order.
	 */
	static List<ColouredText> colouredTexts(Path pdf) {
		return read(pdf, document -> {
			List<ColouredText> texts = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {

				private String actualText;

				{
					// a text stripper follows no colour of its own
					addOperator(new SetNonStrokingColorSpace(this));
					addOperator(new SetNonStrokingColor(this));
					addOperator(new SetNonStrokingColorN(this));
					addOperator(new SetNonStrokingDeviceGrayColor(this));
					addOperator(new SetNonStrokingDeviceRGBColor(this));
					addOperator(new SetNonStrokingDeviceCMYKColor(this));
				}

				@Override
				public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
					actualText = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
					super.beginMarkedContentSequence(tag, properties);
				}

				@Override
				protected void processTextPosition(TextPosition text) {
					if (actualText != null) {
						try {
							texts.add(new ColouredText(actualText,
									new Color(getGraphicsState().getNonStrokingColor().toRGB())));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						actualText = null;
					}
					super.processTextPosition(text);
				}

			};
			stripper.getText(document);
			return texts;
		});
	}

	/** The fonts of every page, and of the forms those pages draw. */
	static Set<PDFont> fonts(Path pdf) {
		return read(pdf, document -> {
			Set<PDFont> fonts = new LinkedHashSet<>();
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources(), fonts);
			}
			return fonts;
		});
	}

	/**
	 * How many glyphs drawn are the font's .notdef (glyph 0): the mark of a missing
	 * glyph.
	 */
	static int notdefGlyphs(Path pdf) {
		return read(pdf, document -> {
			int[] notdef = { 0 };
			PDFTextStripper counter = new PDFTextStripper() {
				@Override
				protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
						throws IOException {
					if (font instanceof PDType0Font type0 ? type0.codeToGID(code) == 0 : code == 0) {
						notdef[0]++;
					}
					super.showGlyph(textRenderingMatrix, font, code, displacement);
				}
			};
			counter.getText(document);
			return notdef[0];
		});
	}

	/** The text of each page as copied out of the document, first page first. */
	static List<String> pageTexts(Path pdf) {
		return read(pdf, document -> {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return pages;
		});
	}

	static int pages(Path pdf) {
		return read(pdf, PDDocument::getNumberOfPages);
	}

	static BufferedImage image(Path pdf, int page, float dpi) {
		return read(pdf, document -> new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB));
	}

	private static void collectFonts(PDResources resources, Set<PDFont> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	private static <T> T read(Path pdf, Reading<T> reading) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return reading.apply(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Reading<T> {

		T apply(PDDocument document) throws IOException;

	}

}
