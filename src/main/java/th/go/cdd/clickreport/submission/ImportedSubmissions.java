package th.go.cdd.clickreport.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.DistrictMonth.Activity;
import th.go.cdd.clickreport.rubric.DistrictMonth.Downloads;
import th.go.cdd.clickreport.rubric.DistrictMonth.PrItem;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Reads imported submissions back, as the grader wants them: the stored rows, and the rejects and
 * warnings of the import that stored them (rows rejected at import are only in those notes).
 */
@Component
public class ImportedSubmissions {

	private final JdbcTemplate jdbc;

	ImportedSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored submission with its detail rows (in file order) and its import notes. */
	public Optional<DistrictMonth.Submission> find(long submissionId) {
		List<Header> headers = jdbc.query("""
				SELECT id, source_id, bundle_key, submitted_at, invalid_reason, officials_total, officials_downloaded
				FROM submission WHERE id = ?""", (rs, n) -> {
			LocalDateTime at = rs.getObject("submitted_at", LocalDateTime.class);
			return new Header(rs.getLong("id"), rs.getString("source_id"), rs.getString("bundle_key"),
					at == null ? null : at.toInstant(ZoneOffset.UTC), rs.getString("invalid_reason"),
					rs.getInt("officials_total"), rs.getInt("officials_downloaded"));
		}, submissionId);
		return headers.stream().findFirst().map(this::load);
	}

	/**
	 * The submission of a district for a month that counts (SPEC §5: the latest submitted_at replaces
	 * earlier ones), among those submitted by {@code cutoff} (a run counts what arrived before it
	 * started). One whose submitted_at is unreadable ranks below any dated one; ties go to the one
	 * stored last.
	 */
	public Optional<DistrictMonth.Submission> latest(String districtCode, YearMonth month, Instant cutoff) {
		List<Long> ids = jdbc.queryForList("""
				SELECT id FROM submission WHERE district_code = ? AND report_month = ?
				  AND (submitted_at IS NULL OR submitted_at <= ?)
				ORDER BY CASE WHEN submitted_at IS NULL THEN 1 ELSE 0 END, submitted_at DESC, id DESC LIMIT 1""",
				Long.class, districtCode, month.toString(), DbTime.text(cutoff));
		return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
	}



	/**
	 * The rejects and warnings that concern a stored submission, in file order: those of its own rows
	 * in the bundle that stored it, and the bundle's file-wide warnings (a file missing or read as
	 * Windows-874). Empty when there is no such submission.
	 */
	public List<ImportIssue> issues(long submissionId) {
		return jdbc.query("""
				SELECT i.file_name, i.line_no, i.severity, i.submission_source_id, i.district_code, i.reason, i.raw_row
				FROM import_issue i JOIN submission s ON s.bundle_key = i.bundle_key
				WHERE s.id = ? AND (i.submission_source_id = s.source_id OR i.line_no = 0)
				ORDER BY i.id""", (rs, n) -> issue(rs), submissionId);
	}

	/** Every reject and warning of one imported bundle, in file order (rows of unknown districts included). */
	public List<ImportIssue> bundleIssues(String bundleKey) {
		return jdbc.query("""
				SELECT file_name, line_no, severity, submission_source_id, district_code, reason, raw_row
				FROM import_issue WHERE bundle_key = ? ORDER BY id""", (rs, n) -> issue(rs), bundleKey);
	}

	private static ImportIssue issue(ResultSet rs) throws SQLException {
		return new ImportIssue(rs.getString("file_name"), rs.getInt("line_no"),
				Note.Severity.valueOf(rs.getString("severity")), rs.getString("submission_source_id"),
				rs.getString("district_code"), rs.getString("reason"), rs.getString("raw_row"));
	}

	private DistrictMonth.Submission load(Header h) {
		List<ServiceEntry> services = jdbc.query("""
				SELECT service_code, relevant, updated FROM submission_service
				WHERE submission_id = ? ORDER BY source_line""",
				(rs, n) -> new ServiceEntry(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)), h.id);
		Map<Integer, PrBuilder> pr = new LinkedHashMap<>();
		jdbc.query("""
				SELECT p.source_line, p.published_on, p.title, c.channel_code
				FROM submission_pr p LEFT JOIN submission_pr_channel c
				  ON c.submission_id = p.submission_id AND c.source_line = p.source_line
				WHERE p.submission_id = ? ORDER BY p.source_line, c.channel_code""", rs -> {
			LocalDate publishedOn = rs.getObject(2, LocalDate.class);
			String title = rs.getString(3);
			String channel = rs.getString(4);
			PrBuilder item = pr.computeIfAbsent(rs.getInt(1), line -> new PrBuilder(line, publishedOn, title));
			if (channel != null) {
				item.channels.add(channel);
			}
		}, h.id);
		List<Activity> activities = jdbc.query("""
				SELECT source_line, held_on, title FROM submission_activity
				WHERE submission_id = ? ORDER BY source_line""",
				(rs, n) -> new Activity(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3)), h.id);
		List<Downloads> downloads = jdbc.query("""
				SELECT source_line, subdistrict_code, downloads FROM submission_download
				WHERE submission_id = ? ORDER BY source_line""",
				(rs, n) -> new Downloads(rs.getInt(1), rs.getString(2), rs.getInt(3)), h.id);
		List<PrItem> prItems = new ArrayList<>();
		pr.values().forEach(b -> prItems.add(new PrItem(b.line, b.publishedOn,
				Collections.unmodifiableSet(b.channels), b.title)));
		List<Note> notes = issues(h.id).stream().map(ImportIssue::toNote).toList();
		return new DistrictMonth.Submission(h.id, h.sourceId, h.submittedAt, h.invalidReason, h.officialsTotal,
				h.officialsDownloaded, services, prItems, activities, downloads, notes);
	}

	/** The columns of a submission row; officials are 0 when they were unreadable (the submission is then INVALID). */
	private record Header(long id, String sourceId, String bundleKey, Instant submittedAt, String invalidReason,
			int officialsTotal, int officialsDownloaded) {
	}

	private static final class PrBuilder {

		final int line;

		final LocalDate publishedOn;

		final String title;

		final Set<String> channels = new LinkedHashSet<>();

		PrBuilder(int line, LocalDate publishedOn, String title) {
			this.line = line;
			this.publishedOn = publishedOn;
			this.title = title;
		}

	}

}
