package th.go.cdd.clickreport.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Writes {@code grades-<P>-<YYYY-MM>.csv} (SPEC §8): UTF-8 with a BOM so that Excel shows Thai, the
 * first four columns exactly {@code district_code,level,score,status}. Rows stream from the database.
 */
@Component
public class GradesCsvWriter {

	static final String[] HEADER = { "district_code", "level", "score", "status", "district_name_th",
			"submitted_at", "officials_total", "officials_downloaded", "services_relevant", "services_updated",
			"pr_times", "pr_channels", "activities", "downloads", "download_target" };

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final JdbcTemplate jdbc;

	private final OutputLayout layout;

	GradesCsvWriter(JdbcTemplate jdbc, OutputLayout layout) {
		this.jdbc = jdbc;
		this.layout = layout;
	}

	/**
	 * Writes the province's grades of the month as part of {@code files}, where it appears at the
	 * batch's commit, and returns how many rows it wrote.
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
	 * The province's grades of the month as the file's bytes (a province is at most tens of rows):
	 * written beside the summary and embedded in it.
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
			jdbc.query("""
					SELECT g.district_code, g.level_code, g.score, g.status, d.name_th, g.submitted_at,
					       g.officials_total, g.officials_downloaded, g.services_relevant, g.services_updated,
					       g.pr_times, g.pr_channels, g.activities, g.downloads, g.download_target
					FROM grade g JOIN district d ON d.code = g.district_code
					WHERE g.province_code = ? AND g.report_month = ? ORDER BY g.district_code""", rs -> {
				LocalDateTime at = rs.getObject(6, LocalDateTime.class);
				try {
					csv.printRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
							at == null ? "" : ISO.format(DbTime.instant(at).atZone(BangkokTime.ZONE).toOffsetDateTime()),
							rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
							rs.getInt(13), rs.getInt(14), rs.getInt(15));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows[0]++;
			}, province, month.toString());
			csv.flush();
		};
	}

}
