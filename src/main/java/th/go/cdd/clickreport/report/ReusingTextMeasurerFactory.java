package th.go.cdd.clickreport.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.DynamicPropertiesHolder;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurerFactory;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextAttribute;

/**
 * JasperReports' text measurer (how much of a text fits its element, and how tall it is,
 * while a report is filled), handing back the measurement it made before when the same
 * template element measures the same text under the same conditions again.
 *
 * <p>
 * Measuring shapes each text with Java2D, Thai included, to find its line breaks and
 * height. Most texts of the district pages and memos repeat from PDF to PDF (labels,
 * headings, rubric items, statuses, numbers, the province's memo header). A measurement
 * depends on the element of the compiled template (its properties), its size, paddings
 * and paragraph settings as its style resolves them now, the text with its styled runs,
 * where the text continues and how far the element may stretch, and the default locale
 * (the line breaker); under all of these, measurements are kept for the whole process and
 * a copy is handed back. Elements with dynamic properties, rotated text and HTML lists
 * (whose measuring marks where a list is cut) are measured by the stock code every time.
 * Registered by {@link ReportTemplates} as JasperReports'
 * {@code net.sf.jasperreports.text.measurer.factory}, which makes it through its public
 * no-argument constructor.
 */
public class ReusingTextMeasurerFactory extends TextMeasurerFactory {

	/** About the distinct texts of a few national months. */
	static final int KEPT_MEASUREMENTS = 16384;

	static final RecentlyUsed<ReuseKey, Measured> MEASUREMENTS = new RecentlyUsed<>(KEPT_MEASUREMENTS);

	@Override
	public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText text) {
		return reusing(new TextMeasurer(context, text), text);
	}

	@Override
	public JRTextMeasurer createMeasurer(FontUtil fontUtil, JRCommonText text) {
		return reusing(new TextMeasurer(fontUtil, text), text);
	}

	private static JRTextMeasurer reusing(TextMeasurer stock, JRCommonText text) {
		if (!(text instanceof JRElement element) || element.getUUID() == null
				|| text instanceof DynamicPropertiesHolder dynamic && dynamic.hasDynamicProperties()) {
			return stock;
		}
		return (styled, start, stretch, indentFirstLine, canOverflow) -> {
			ReuseKey key = key(element, text, styled, start, stretch, indentFirstLine, canOverflow);
			if (key == null) {
				return stock.measure(styled, start, stretch, indentFirstLine, canOverflow);
			}
			Measured measured = MEASUREMENTS.get(key);
			if (measured == null) {
				measured = Measured.of(stock.measure(styled, start, stretch, indentFirstLine, canOverflow));
				MEASUREMENTS.put(key, measured);
			}
			return measured.copy();
		};
	}

	/** The key of a measurement, or null when the text is measured the stock way. */
	static ReuseKey key(JRElement element, JRCommonText text, JRStyledText styled, int start, int stretch,
			boolean indentFirstLine, boolean canOverflow) {
		if (text.getRotation() != RotationEnum.NONE) {
			return null;
		}
		List<Object> runs = new ArrayList<>(styled.getRuns().size() * 3);
		for (JRStyledText.Run run : styled.getRuns()) {
			if (run.attributes.containsKey(JRTextAttribute.HTML_LIST)
					|| run.attributes.containsKey(JRTextAttribute.HTML_LIST_ITEM)) {
				return null;
			}
			runs.add(run.startIndex);
			runs.add(run.endIndex);
			runs.add(ReuseKey.copy(run.attributes));
		}
		JRLineBox box = text.getLineBox();
		JRParagraph paragraph = text.getParagraph();
		return new ReuseKey(element.getUUID(), text.getWidth(), text.getHeight(), box.getTopPadding(),
				box.getLeftPadding(), box.getBottomPadding(), box.getRightPadding(), text.getMarkup(),
				paragraph.getLineSpacing(), paragraph.getLineSpacingSize(), paragraph.getFirstLineIndent(),
				paragraph.getLeftIndent(), paragraph.getRightIndent(), paragraph.getSpacingBefore(),
				paragraph.getSpacingAfter(), paragraph.getTabStopWidth(),
				paragraph.getTabStops() == null ? List.of() : Arrays.asList(paragraph.getTabStops()), styled.getText(),
				runs, start, stretch, indentFirstLine, canOverflow, Locale.getDefault());
	}

	/** A measurement, apart from the measurer that made it (which measures again). */
	record Measured(float leadingOffset, float lineSpacingFactor, float textWidth, float averageCharWidth,
			float textHeight, int textOffset, boolean leftToRight, boolean paragraphCut, String textSuffix,
			short[] lineBreakOffsets) implements JRMeasuredText {

		static Measured of(JRMeasuredText m) {
			short[] offsets = m.getLineBreakOffsets();
			return new Measured(m.getLeadingOffset(), m.getLineSpacingFactor(), m.getTextWidth(),
					m.getAverageCharWidth(), m.getTextHeight(), m.getTextOffset(), m.isLeftToRight(),
					m.isParagraphCut(), m.getTextSuffix(), offsets == null ? null : offsets.clone());
		}

		/** This, or a copy where the element could change what it was handed. */
		Measured copy() {
			return lineBreakOffsets == null ? this
					: new Measured(leadingOffset, lineSpacingFactor, textWidth, averageCharWidth, textHeight,
							textOffset, leftToRight, paragraphCut, textSuffix, lineBreakOffsets.clone());
		}

		@Override
		public float getLeadingOffset() {
			return leadingOffset;
		}

		@Override
		public float getLineSpacingFactor() {
			return lineSpacingFactor;
		}

		@Override
		public float getTextWidth() {
			return textWidth;
		}

		@Override
		public float getAverageCharWidth() {
			return averageCharWidth;
		}

		@Override
		public float getTextHeight() {
			return textHeight;
		}

		@Override
		public int getTextOffset() {
			return textOffset;
		}

		@Override
		public boolean isLeftToRight() {
			return leftToRight;
		}

		@Override
		public boolean isParagraphCut() {
			return paragraphCut;
		}

		@Override
		public String getTextSuffix() {
			return textSuffix;
		}

		@Override
		public short[] getLineBreakOffsets() {
			return lineBreakOffsets;
		}

	}

}
