package th.go.cdd.clickreport.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Writes {@code grades-
 *
<P>
 * -<YYYY-MM>.csv} (SPEC §8): UTF-8 with a BOM so that Excel shows Thai, the first four
 * columns exactly {@code district_code,level,score,status}. Rows stream from the
 * database.
 */
@Component
public class GradesCsvWriter {

	static final String[] HEADER = { "district_code", "level", "score", "status", "district_name_th", "submitted_at",
			"officials_total", "officials_downloaded", "services_relevant", "services_updated", "pr_times",
			"pr_channels", "activities", "downloads", "download_target" };

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Grades grades;

	private final OutputLayout layout;

	GradesCsvWriter(Grades grades, OutputLayout layout) {
		this.grades = grades;
		this.layout = layout;
	}

	/**
	 * Writes the province's grades of the month as part of {@code files}, where it
	 * appears at the batch's commit, and returns how many rows it wrote.
	 */
	public int write(String province, YearMonth month, OutputLayout.Batch files) throws IOException {
		Csv csv = read(province, month);
		files.write(layout.gradesCsv(province, month), out -> out.write(csv.bytes()));
		return csv.rows();
	}

	/** The file's content and its number of district rows. */
	public record Csv(byte[] bytes, int rows) {
	}

	/**
	 * The province's grades of the month as the file's bytes (a province is at most tens
	 * of rows): written beside the summary and embedded in it.
	 */
	public Csv read(String province, YearMonth month) throws IOException {
		int[] rows = { 0 };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
		content(province, month, rows).writeTo(bytes);
		return new Csv(bytes.toByteArray(), rows[0]);
	}

	private OutputLayout.Content<IOException> content(String province, YearMonth month, int[] rows) {
		return out -> {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
			csv.printRecord((Object[]) HEADER);
			for (Grades.Listed g : grades.listed(province, month.toString())) {
				LocalDateTime at = g.submittedAtUtc();
				csv.printRecord(g.districtCode(), g.level(), g.score(), g.status(), g.districtName(),
						at == null ? "" : ISO.format(DbTime.instant(at).atZone(BangkokTime.ZONE).toOffsetDateTime()),
						g.officialsTotal(), g.officialsDownloaded(), g.servicesRelevant(), g.servicesUpdated(),
						g.prTimes(), g.prChannels(), g.activities(), g.downloads(), g.downloadTarget());
				rows[0]++;
			}
			csv.flush();
		};
	}

}
