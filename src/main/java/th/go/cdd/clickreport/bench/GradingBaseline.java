package th.go.cdd.clickreport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import th.go.cdd.clickreport.system.DbTime;

/**
 * The grading's baseline: one hand-written query that computes the measures of SPEC §3
 * for every district of the run in one pass, the least work there is to read them. Per
 * district: the latest submission of the month submitted by the cutoff (ROW_NUMBER over
 * submitted_at, as the grader chooses), officials, the rubric's services relevant /
 * relevant and updated / any updated (a service with no row is relevant and not updated),
 * PR items and distinct channels within the month, activities within the month, the sum
 * of downloads, and the number of sub-districts. The rows are streamed and a column is
 * summed so that every row is really read. It does not level, score, give reasons or
 * notes, and writes nothing.
 */
final class GradingBaseline {

	private static final String QUERY = """
			WITH ranked AS (
			  SELECT s.id, s.district_code, s.officials_total, s.officials_downloaded,
			         ROW_NUMBER() OVER (PARTITION BY s.district_code
			           ORDER BY CASE WHEN s.submitted_at IS NULL THEN 1 ELSE 0 END, s.submitted_at DESC, s.id DESC) AS rn
			  FROM submission s
			  WHERE s.report_month = ? AND (s.submitted_at IS NULL OR s.submitted_at <= ?)
			), chosen AS (
			  SELECT id, district_code, officials_total, officials_downloaded FROM ranked WHERE rn = 1
			)
			SELECT d.code, c.id, c.officials_total, c.officials_downloaded,
			  (SELECT COUNT(*) FROM rubric_service rs LEFT JOIN submission_service ss
			     ON ss.submission_id = c.id AND ss.service_code = rs.service_code
			   WHERE rs.rubric_id = ? AND (ss.relevant IS NULL OR ss.relevant)) AS services_relevant,
			  (SELECT COUNT(*) FROM rubric_service rs JOIN submission_service ss
			     ON ss.submission_id = c.id AND ss.service_code = rs.service_code
			   WHERE rs.rubric_id = ? AND ss.relevant AND ss.updated) AS services_updated,
			  (SELECT COUNT(*) FROM rubric_service rs JOIN submission_service ss
			     ON ss.submission_id = c.id AND ss.service_code = rs.service_code
			   WHERE rs.rubric_id = ? AND ss.updated) AS services_any_updated,
			  (SELECT COUNT(*) FROM submission_pr p
			   WHERE p.submission_id = c.id AND p.published_on BETWEEN ? AND ?) AS pr_times,
			  (SELECT COUNT(DISTINCT ch.channel_code) FROM submission_pr p JOIN submission_pr_channel ch
			     ON ch.submission_id = p.submission_id AND ch.source_line = p.source_line
			   WHERE p.submission_id = c.id AND p.published_on BETWEEN ? AND ?) AS pr_channels,
			  (SELECT COUNT(*) FROM submission_activity a
			   WHERE a.submission_id = c.id AND a.held_on BETWEEN ? AND ?) AS activities,
			  (SELECT COALESCE(SUM(dl.downloads), 0) FROM submission_download dl
			   WHERE dl.submission_id = c.id) AS downloads,
			  (SELECT COUNT(*) FROM subdistrict sd WHERE sd.district_code = d.code) AS subdistricts
			FROM district d LEFT JOIN chosen c ON c.district_code = d.code
			%s
			ORDER BY d.code""";

	/** What one run of the query read. */
	record Result(int districts, long downloads, long nanos) {
	}

	private final DataSource dataSource;

	private final BenchDatabase database;

	GradingBaseline(DataSource dataSource, BenchDatabase database) {
		this.dataSource = dataSource;
		this.database = database;
	}

	/**
	 * Runs the query for a month, timed from sending it to reading its last row.
	 * @param provinces the run's province codes; empty = every province
	 */
	Result run(List<String> provinces, YearMonth month, long rubricId, Instant cutoff) throws SQLException {
		String where = provinces.isEmpty() ? ""
				: "WHERE d.province_code IN (" + String.join(",", Collections.nCopies(provinces.size(), "?")) + ")";
		String first = month.atDay(1).toString();
		String last = month.atEndOfMonth().toString();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(QUERY.formatted(where),
						ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
			// Connector/J streams rows one by one with this fetch size instead of
			// buffering the result.
			statement.setFetchSize(database.isH2() ? 1000 : Integer.MIN_VALUE);
			int i = 0;
			statement.setString(++i, month.toString());
			statement.setString(++i, DbTime.text(cutoff));
			for (int k = 0; k < 3; k++) {
				statement.setLong(++i, rubricId);
			}
			for (int k = 0; k < 3; k++) {
				statement.setString(++i, first);
				statement.setString(++i, last);
			}
			for (String province : provinces) {
				statement.setString(++i, province);
			}
			long start = System.nanoTime();
			int districts = 0;
			long downloads = 0;
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					districts++;
					downloads += rows.getLong("downloads");
				}
			}
			return new Result(districts, downloads, System.nanoTime() - start);
		}
	}

}
