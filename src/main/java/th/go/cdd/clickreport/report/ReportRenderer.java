package th.go.cdd.clickreport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.memo.MemoNumber;
import th.go.cdd.clickreport.memo.MemoSettings;

/**
 * Renders the governor's summary (a memo, SPEC §10) and the district pages (SPEC §8) to
 * PDF/A-3b archive copies with the Thai font embedded, signed where the office configured
 * a key ({@link PdfArchive}), from the templates compiled once per process
 * ({@link ReportTemplates}). Safe to call from several threads at once.
 *
 * <p>
 * Each PDF is written to a temporary file beside the target and then moved into place
 * atomically, so a reader never sees a half-written file and rendering again replaces the
 * old one.
 */
@Component
public class ReportRenderer {

	private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);

	/**
	 * Pages of a long report kept in memory while filling; the rest go to a swap file.
	 */
	private static final int PAGES_IN_MEMORY = 8;

	/**
	 * Detail lines above which a report is filled through a swap-file virtualizer. A
	 * summary has one line per district (at most 50) and a district page one per item and
	 * note, so nearly every report is a page or two and is filled in memory; the
	 * virtualizer's swap file would cost more than the report. Only a district with
	 * hundreds of notes (a bundle full of rejected rows) is virtualized.
	 */
	static final int LINES_IN_MEMORY = 300;

	private final ReportTemplates templates;

	private final PdfArchive archive;

	/** A renderer of unsigned archive copies without an emblem (tests, tools). */
	public ReportRenderer(boolean thaiDigits) {
		this(thaiDigits, PdfArchive.unsigned(), (byte[]) null);
	}

	ReportRenderer(boolean thaiDigits, PdfArchive archive, byte[] emblem) {
		this(new ReportTemplates(thaiDigits, emblem), archive);
	}

	/**
	 * @param archive how the PDFs become archive copies (PDF/A, attachments, signature)
	 */
	@Autowired
	public ReportRenderer(ReportTemplates templates, PdfArchive archive) {
		this.templates = templates;
		this.archive = archive;
	}

	/**
	 * Writes the governor's summary (the memo) of one province and month to
	 * {@code target}, creating its folder if needed and replacing an earlier file.
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
	 * {@link #renderSummary(SummaryReport, MemoSettings, MemoNumber, byte[], Path)}
	 * writes it to a file: for {@link OutputLayout.Batch}.
	 * @throws IllegalStateException when JasperReports fails to fill or export the
	 * report, or to write to {@code out}
	 */
	public void renderSummary(SummaryReport report, MemoSettings memo, MemoNumber number, byte[] gradesCsv,
			OutputStream out) {
		PdfArchive.Attachment csv = new PdfArchive.Attachment(
				"grades-" + report.provinceCode() + "-" + report.month() + ".csv", "text/csv",
				"ผลการจัดระดับรายอำเภอ " + templates.text().month(report.month()) + " (CSV, UTF-8)", "Data", gradesCsv);
		render(v -> templates.fillSummary(report, memo, number, v), report.districts().size(), out,
				templates.describe(report, memo, List.of(csv)));
	}

	/**
	 * Writes the page of one district and month to {@code target} (more pages when its
	 * notes need them), creating its folder if needed and replacing an earlier file.
	 * @param memo the province's memo header (the district page repeats its ส่วนราชการ
	 * line)
	 * @throws UncheckedIOException when the file cannot be written
	 * @throws IllegalStateException when JasperReports fails to fill or export the report
	 */
	public void renderDistrict(DistrictReport report, MemoSettings memo, Path target) {
		writeAtomically(target, out -> renderDistrict(report, memo, out));
	}

	/**
	 * Writes the PDF of one district and month to {@code out}, as
	 * {@link #renderDistrict(DistrictReport, MemoSettings, Path)} writes it to a file:
	 * for {@link OutputLayout.Batch}, which writes many files at once.
	 * @throws IllegalStateException when JasperReports fails to fill or export the
	 * report, or to write to {@code out}
	 */
	public void renderDistrict(DistrictReport report, MemoSettings memo, OutputStream out) {
		render(v -> templates.fillDistrict(report, memo, v), report.items().size() + report.notes().size(), out,
				templates.describe(report, memo));
	}

	private void render(Function<JRVirtualizer, JasperPrint> fill, int lines, OutputStream out,
			PdfArchive.Description description) {
		long start = System.nanoTime();
		JRSwapFileVirtualizer virtualizer = lines > LINES_IN_MEMORY ? new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
				new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true) : null;
		try (ThaiLineBreaks.Scope thai = ThaiLineBreaks.enter()) {
			JasperPrint print = fill.apply(virtualizer);
			if (archive.needsFinishing(description)) {
				ByteArrayOutputStream exported = new ByteArrayOutputStream(64 * 1024);
				templates.export(print, description, exported);
				archive.finish(exported.toByteArray(), description, out);
			}
			else {
				templates.export(print, description, out);
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

	static <E extends Exception> void writeAtomically(Path target, OutputLayout.Content<E> writer) throws E {
		try {
			OutputLayout.writeAtomically(target, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + target, ex);
		}
	}

}
