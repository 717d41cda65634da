package th.go.cdd.clickreport.grading;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.DistrictMonth.Submission;
import th.go.cdd.clickreport.rubric.Note;

/**
 * Finds the submission that counts for a district and month (SPEC §5: the latest {@code submitted_at}
 * replaces earlier ones; nothing submitted after the run started) and reads its rows and import notes.
 */
@Repository
class SubmissionReader {

	private final JdbcTemplate jdbc;

	SubmissionReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	DistrictMonth read(DistrictToGrade district, YearMonth month, Instant cutoff) {
		List<Submission> latest = jdbc.query("""
				SELECT id, source_id, bundle_key, submitted_at, invalid_reason, officials_total, officials_downloaded
				FROM submission
				WHERE district_code = ? AND report_month = ? AND (submitted_at IS NULL OR submitted_at <= ?)
				ORDER BY CASE WHEN submitted_at IS NULL THEN 1 ELSE 0 END, submitted_at DESC, id DESC
				LIMIT 1""", (rs, i) -> {
			long id = rs.getLong("id");
			Timestamp at = rs.getTimestamp("submitted_at");
			return new Submission(id, rs.getString("source_id"),
					at == null ? null : at.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString("invalid_reason"),
					rs.getInt("officials_total"), rs.getInt("officials_downloaded"), services(id), prItems(id),
					activities(id), downloads(id), importNotes(rs.getString("source_id"), rs.getString("bundle_key")));
		}, district.code(), month.toString(), utc(cutoff));
		return new DistrictMonth(district.code(), district.subdistricts(), latest.isEmpty() ? null : latest.get(0));
	}

	/** Submission times are stored as UTC wall-clock values, so that no driver time-zone setting shifts them. */
	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private List<DistrictMonth.ServiceEntry> services(long submissionId) {
		return jdbc.query("SELECT service_code, relevant, updated FROM submission_service WHERE submission_id = ? ORDER BY source_line",
				(rs, i) -> new DistrictMonth.ServiceEntry(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)),
				submissionId);
	}

	private List<DistrictMonth.PrItem> prItems(long submissionId) {
		Map<Integer, DistrictMonth.PrItem> items = new LinkedHashMap<>();
		jdbc.query("""
				SELECT p.source_line, p.published_on, p.title, c.channel_code
				FROM submission_pr p LEFT JOIN submission_pr_channel c
				  ON c.submission_id = p.submission_id AND c.source_line = p.source_line
				WHERE p.submission_id = ? ORDER BY p.source_line, c.channel_code""", rs -> {
			int line = rs.getInt(1);
			DistrictMonth.PrItem item = items.get(line);
			if (item == null) {
				item = new DistrictMonth.PrItem(line, rs.getDate(2).toLocalDate(), new LinkedHashSet<>(), rs.getString(3));
				items.put(line, item);
			}
			String channel = rs.getString(4);
			if (channel != null) {
				item.channels().add(channel);
			}
		}, submissionId);
		return items.values().stream()
			.map(p -> new DistrictMonth.PrItem(p.line(), p.publishedOn(), Set.copyOf(p.channels()), p.title()))
			.toList();
	}

	private List<DistrictMonth.Activity> activities(long submissionId) {
		return jdbc.query("SELECT source_line, held_on, title FROM submission_activity WHERE submission_id = ? ORDER BY source_line",
				(rs, i) -> new DistrictMonth.Activity(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
				submissionId);
	}

	private List<DistrictMonth.Downloads> downloads(long submissionId) {
		return jdbc.query("SELECT source_line, subdistrict_code, downloads FROM submission_download WHERE submission_id = ? ORDER BY source_line",
				(rs, i) -> new DistrictMonth.Downloads(rs.getInt(1), rs.getString(2), rs.getInt(3)), submissionId);
	}

	/** The rows rejected and warnings raised when this submission's bundle was imported. */
	private List<Note> importNotes(String sourceId, String bundleKey) {
		return jdbc.query("""
				SELECT file_name, line_no, severity, reason FROM import_issue
				WHERE submission_source_id = ? AND bundle_key = ? ORDER BY file_name, line_no, id""",
				(rs, i) -> new Note(Note.Severity.valueOf(rs.getString(3)), rs.getString(1) + ":" + rs.getInt(2),
						rs.getString(4)),
				sourceId, bundleKey);
	}

}
