package th.go.cdd.clickreport.report;

/**
 * The product's PDF producer: {@link FastDeflatePdfProducerFactory}'s, drawing Thai text
 * with {@link ReusingGlyphRenderer}, which draws again the line layouts it made before.
 * Registered by {@link ReportTemplates}.
 */
public class ReusingPdfProducerFactory extends FastDeflatePdfProducerFactory {

	public ReusingPdfProducerFactory() {
		super(true);
	}

}
