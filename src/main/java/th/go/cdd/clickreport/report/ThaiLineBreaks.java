package th.go.cdd.clickreport.report;

import java.util.Locale;

/**
 * Makes JasperReports break Thai lines between words while a report is filled and
 * exported.
 *
 * <p>
 * Thai is written without spaces between words. JasperReports 7 breaks lines with
 * {@code BreakIterator.getLineInstance()}, which takes the JVM default locale: at fill
 * time to measure a text's height ({@code TextMeasurer}) and again at export time in the
 * PDF glyph renderer ({@code new LineBreakMeasurer(paragraph, frc)}). Neither a report
 * property nor {@code REPORT_LOCALE} reaches those calls, and only a Thai default locale
 * gives the JDK's dictionary-based iterator; any other locale breaks long Thai runs
 * inside words.
 *
 * <p>
 * So, while at least one report is being rendered, the JVM's base default locale is Thai
 * ({@code th}, without country: {@code th-TH} would mean the Buddhist calendar to code
 * that reads it). The {@link Locale.Category#FORMAT FORMAT} and
 * {@link Locale.Category#DISPLAY DISPLAY} defaults, which dates, numbers and
 * {@code String.format} use, are put back at once, so other threads only see the base
 * default change: break iterators, {@code Collator.getInstance()} and
 * {@code ResourceBundle} fall-back. Renders overlap freely; the first one in switches,
 * the last one out restores the locale it found.
 */
public final class ThaiLineBreaks {

	static final Locale THAI = Locale.forLanguageTag("th");

	private static final Object LOCK = new Object();

	private static int renders;

	private static Locale found;

	private ThaiLineBreaks() {
	}

	/**
	 * Thai line breaking until the returned scope is closed: around a report's fill and
	 * its export together, since both break lines.
	 */
	public static Scope enter() {
		synchronized (LOCK) {
			if (renders++ == 0) {
				found = Locale.getDefault();
				if (!found.getLanguage().equals(THAI.getLanguage())) {
					setBaseDefault(THAI);
				}
			}
		}
		return ThaiLineBreaks::leave;
	}

	private static void leave() {
		synchronized (LOCK) {
			if (--renders == 0 && !Locale.getDefault().equals(found)) {
				setBaseDefault(found);
			}
		}
	}

	private static void setBaseDefault(Locale locale) {
		Locale format = Locale.getDefault(Locale.Category.FORMAT);
		Locale display = Locale.getDefault(Locale.Category.DISPLAY);
		Locale.setDefault(locale);
		Locale.setDefault(Locale.Category.FORMAT, format);
		Locale.setDefault(Locale.Category.DISPLAY, display);
	}

	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
