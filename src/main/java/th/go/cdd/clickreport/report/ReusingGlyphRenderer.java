package th.go.cdd.clickreport.report;

import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.pdf.PdfGlyphRenderer;

/**
 * JasperReports' glyph renderer (the Java2D path that shapes Thai,
 * {@link ReportTemplates}), drawing again the line layouts it made before when a
 * paragraph comes again.
 *
 * <p>
 * The stock renderer lays out every paragraph of every text element afresh: a
 * {@link LineBreakMeasurer} shapes the paragraph's text to find each break and again for
 * each line. Most texts of the district pages and memos repeat from PDF to PDF (labels,
 * headings, rubric items, statuses, the province's memo header and paragraphs, numbers),
 * and their lines are the same each time: they depend on the text, its attributes (font,
 * size, colour...), the width available and the default locale (which picks the line
 * breaker). This renderer keeps a paragraph's lines under those, for the whole process,
 * and draws kept ones instead of laying the paragraph out again. The lines it keeps are
 * those the stock code makes, from the same {@code LineBreakMeasurer} calls, and they are
 * drawn as the stock code draws lines of one segment: the PDFs are the same
 * (ReusingTextTests compares them). Paragraphs with tabs, a bullet, indents or justified
 * alignment go through the stock code.
 */
class ReusingGlyphRenderer extends PdfGlyphRenderer {

	/** About the distinct paragraphs of a few national months. */
	static final int KEPT_LAYOUTS = 8192;

	/**
	 * A paragraph's lines are taken out while they are drawn: Java2D's glyph vectors fill
	 * caches of their own as they are used, so one thread at a time draws each.
	 */
	static final RecentlyUsed<ReuseKey, Lines> LAYOUTS = new RecentlyUsed<>(KEPT_LAYOUTS);

	ReusingGlyphRenderer(JasperReportsContext context, boolean ignoreMissingFont, boolean indentFirstLine,
			boolean justifyLastLine, boolean addActualText) {
		super(context, ignoreMissingFont, indentFirstLine, justifyLastLine, addActualText);
	}

	@Override
	protected void renderParagraph(AttributedCharacterIterator allParagraphs, int paragraphStart,
			String paragraphText) {
		JRParagraph settings = text.getParagraph();
		if (paragraphText == null || paragraphText.indexOf('\t') >= 0 || bulletChunk != null
				|| text.getHorizontalTextAlign() == HorizontalTextAlignEnum.JUSTIFIED
				|| settings.getFirstLineIndent() != 0 || settings.getLeftIndent() != 0) {
			super.renderParagraph(allParagraphs, paragraphStart, paragraphText);
			return;
		}
		// the stock code's bounds of lines without indents
		float startX = htmlListIndent + leftPadding;
		float endX = Math.max(startX, width - settings.getRightIndent() - rightPadding);
		AttributedString paragraph = new AttributedString(allParagraphs, paragraphStart,
				paragraphStart + paragraphText.length());
		ReuseKey key = new ReuseKey(paragraphText, ReuseKey.runs(paragraph.getIterator()), endX - startX,
				Locale.getDefault());
		Lines lines = LAYOUTS.take(key);
		if (lines == null) {
			lines = Lines.of(paragraph, paragraphText.length(), endX - startX, getFontRenderContext());
		}
		try {
			if (lines.layouts() == null) {
				super.renderParagraph(allParagraphs, paragraphStart, paragraphText);
			}
			else {
				drawLines(lines.layouts(), paragraph, paragraphStart == 0, paragraphText, startX, endX);
			}
		}
		finally {
			LAYOUTS.put(key, lines);
		}
	}

	/**
	 * The stock code's drawing of a paragraph's lines of one segment each, until the
	 * element's height is reached.
	 */
	private void drawLines(List<TextLayout> layouts, AttributedString paragraph, boolean firstParagraph,
			String paragraphText, float startX, float endX) {
		int start = 0;
		for (int i = 0; i < layouts.size(); i++) {
			TextLayout layout = layouts.get(i);
			int end = start + layout.getCharacterCount();
			TabSegment segment = new TabSegment();
			segment.layout = layout;
			segment.as = layouts.size() == 1 ? paragraph : new AttributedString(paragraph.getIterator(), start, end);
			segment.text = paragraphText.substring(start, end);
			segment.isLastLine = i == layouts.size() - 1;
			segment.leftX = startX;
			segment.rightX = startX + layout.getVisibleAdvance();
			segments = new ArrayList<>(1);
			segments.add(segment);

			// the line's leading, ascent and descent as the stock code takes them: none
			// below 0
			boolean firstLine = firstParagraph && i == 0;
			lineHeight = getLineHeight(firstLine, text.getParagraph(), Math.max(0, layout.getLeading()),
					Math.max(0, layout.getAscent()));
			if (firstLine) {
				lineHeight += text.getParagraph().getSpacingBefore();
			}
			if (drawPosY + lineHeight > text.getTextHeight()) {
				isMaxHeightReached = true;
				return;
			}
			drawPosY += lineHeight;
			switch (text.getHorizontalTextAlign()) {
				case RIGHT -> drawPosX = endX - segment.rightX + segment.leftX;
				case CENTER -> drawPosX = (endX - segment.rightX) / 2 + segment.leftX;
				default -> drawPosX = segment.leftX;
			}
			segmentIndex = 0;
			draw();
			bulletText = null;
			bulletChunk = null;
			drawPosY += Math.max(0, layout.getDescent());
			start = end;
		}
	}

	/**
	 * A paragraph's lines, or none when the stock code draws it (a line where nothing
	 * fits).
	 */
	record Lines(List<TextLayout> layouts) {

		/** The lines as the stock code breaks and lays them out. */
		static Lines of(AttributedString paragraph, int length, float available, FontRenderContext context) {
			LineBreakMeasurer measurer = new LineBreakMeasurer(paragraph.getIterator(), context);
			List<TextLayout> layouts = new ArrayList<>(1);
			while (measurer.getPosition() < length) {
				TextLayout line = measurer.nextLayout(available, length, false);
				if (line == null) {
					return new Lines(null);
				}
				layouts.add(line);
			}
			return new Lines(List.copyOf(layouts));
		}

	}

}
