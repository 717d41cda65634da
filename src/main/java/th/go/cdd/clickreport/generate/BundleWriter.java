package th.go.cdd.clickreport.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import th.go.cdd.clickreport.submission.BundleFile;

/**
 * Streams submissions into the five files of a bundle (SPEC §7): UTF-8 without a BOM, a
 * header row, LF line ends. Files are written as {@code *.part} and renamed when
 * complete, so a run that fails leaves no bundle that looks whole.
 */
final class BundleWriter implements Closeable {

	static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private static final int BUFFER = 1 << 16;

	private final Path dir;

	private final Map<BundleFile, CSVPrinter> printers = new EnumMap<>(BundleFile.class);

	private final long[] rows = new long[BundleFile.values().length];

	private boolean finished;

	BundleWriter(Path dir) throws IOException {
		this.dir = dir;
		try {
			for (BundleFile file : BundleFile.values()) {
				CSVFormat format = CSVFormat.DEFAULT.builder()
					.setHeader(file.columns().toArray(String[]::new))
					.setRecordSeparator('\n')
					.get();
				BufferedWriter out = new BufferedWriter(
						new OutputStreamWriter(Files.newOutputStream(part(file)), StandardCharsets.UTF_8), BUFFER);
				printers.put(file, new CSVPrinter(out, format));
			}
		}
		catch (IOException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	void write(SimulatedSubmission s) throws IOException {
		print(BundleFile.SUBMISSIONS, s.id(), s.districtCode(), s.month(), SUBMITTED_AT.format(s.submittedAt()),
				s.officialsTotal(), s.officialsDownloaded());
		for (SimulatedSubmission.ServiceRow row : s.services()) {
			print(BundleFile.SERVICES, s.id(), row.serviceCode(), bool(row.relevant()), bool(row.updated()));
		}
		for (SimulatedSubmission.PrRow row : s.prItems()) {
			print(BundleFile.PR_MEDIA, s.id(), row.publishedOn(), row.channels(), row.title());
		}
		for (SimulatedSubmission.ActivityRow row : s.activities()) {
			print(BundleFile.ACTIVITIES, s.id(), row.heldOn(), row.title(), row.participants());
		}
		for (SimulatedSubmission.DownloadRow row : s.downloads()) {
			print(BundleFile.TAMBON_DOWNLOADS, s.id(), row.tambonCode(), row.downloads());
		}
	}

	/** Data rows written so far per file. */
	Map<BundleFile, Long> rows() {
		Map<BundleFile, Long> copy = new EnumMap<>(BundleFile.class);
		for (BundleFile file : BundleFile.values()) {
			copy.put(file, rows[file.ordinal()]);
		}
		return copy;
	}

	/** Closes the files, moves them into place and returns their rows and sizes. */
	List<BundleSummary.FileTotals> finish() throws IOException {
		for (CSVPrinter printer : printers.values()) {
			printer.close(true);
		}
		List<BundleSummary.FileTotals> totals = new ArrayList<>();
		for (BundleFile file : BundleFile.values()) {
			Path target = dir.resolve(file.fileName());
			Files.move(part(file), target, StandardCopyOption.REPLACE_EXISTING);
			totals.add(new BundleSummary.FileTotals(file, rows[file.ordinal()], Files.size(target)));
		}
		finished = true;
		return totals;
	}

	/** After a failure: closes what is open and removes the partial files. */
	@Override
	public void close() throws IOException {
		if (finished) {
			return;
		}
		for (CSVPrinter printer : printers.values()) {
			try {
				printer.close();
			}
			catch (IOException ex) {
				// the partial file is deleted next
			}
		}
		for (BundleFile file : BundleFile.values()) {
			Files.deleteIfExists(part(file));
		}
	}

	private void print(BundleFile file, Object... values) throws IOException {
		printers.get(file).printRecord(values);
		rows[file.ordinal()]++;
	}

	private Path part(BundleFile file) {
		return dir.resolve(file.fileName() + ".part");
	}

	private static String bool(boolean value) {
		return value ? "TRUE" : "FALSE";
	}

}
