package th.go.cdd.clickreport.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.DistrictMonth.Activity;
import th.go.cdd.clickreport.rubric.DistrictMonth.PrItem;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.system.DbTime;
import th.go.cdd.clickreport.system.InLists;

/**
 * Reads imported submissions back, as the grader wants them: the stored rows, and the rejects and
 * warnings of the import that stored them (rows rejected at import are only in those notes). Many
 * submissions are read together in a fixed number of queries, so that grading a page of districts
 * costs a handful of round trips, not a handful per district.
 */
@Component
public class ImportedSubmissions {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ImportedSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A stored submission with its detail rows (in file order) and its import notes. */
	public Optional<DistrictMonth.Submission> find(long submissionId) {
		return Optional.ofNullable(findAll(List.of(submissionId)).get(submissionId));
	}

	/** Stored submissions by id, each with its detail rows (in file order) and its import notes. */
	public Map<Long, DistrictMonth.Submission> findAll(Collection<Long> submissionIds) {
		if (submissionIds.size() > InLists.MAX) {
			Map<Long, DistrictMonth.Submission> found = new LinkedHashMap<>();
			for (List<Long> slice : InLists.slices(submissionIds)) {
				found.putAll(findAll(slice));
			}
			return found;
		}
		if (submissionIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> ids = Map.of("ids", submissionIds);
		Map<Long, Header> headers = new LinkedHashMap<>();
		named.query("""
				SELECT id, source_id, bundle_key, submitted_at, invalid_reason, officials_total, officials_downloaded
				FROM submission WHERE id IN (:ids)""", ids, rs -> {
			headers.put(rs.getLong("id"),
					new Header(rs.getLong("id"), rs.getString("source_id"), rs.getString("bundle_key"),
							DbTime.instant(rs.getObject("submitted_at", LocalDateTime.class)),
							rs.getString("invalid_reason"), rs.getInt("officials_total"),
							rs.getInt("officials_downloaded")));
		});
		Map<Long, List<ServiceEntry>> services = new HashMap<>();
		named.query("""
				SELECT submission_id, service_code, relevant, updated FROM submission_service
				WHERE submission_id IN (:ids) ORDER BY submission_id, source_line""", ids, rs -> {
			services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new ServiceEntry(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
		});
		Map<Long, Map<Integer, PrBuilder>> pr = new HashMap<>();
		named.query("""
				SELECT p.submission_id, p.source_line, p.published_on, p.title, c.channel_code
				FROM submission_pr p LEFT JOIN submission_pr_channel c
				  ON c.submission_id = p.submission_id AND c.source_line = p.source_line
				WHERE p.submission_id IN (:ids) ORDER BY p.submission_id, p.source_line, c.channel_code""", ids, rs -> {
			LocalDate publishedOn = rs.getObject(3, LocalDate.class);
			String title = rs.getString(4);
			PrBuilder item = pr.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getInt(2), line -> new PrBuilder(line, publishedOn, title));
			String channel = rs.getString(5);
			if (channel != null) {
				item.channels.add(channel);
			}
		});
		Map<Long, List<Activity>> activities = new HashMap<>();
		named.query("""
				SELECT submission_id, source_line, held_on, title FROM submission_activity
				WHERE submission_id IN (:ids) ORDER BY submission_id, source_line""", ids, rs -> {
			activities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Activity(rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
		});
		// The grader needs only the total: one row per submission instead of one per sub-district (the
		// largest detail table, a third of the rows a page of districts would bring).
		Map<Long, Integer> downloads = new HashMap<>();
		named.query("""
				SELECT submission_id, SUM(downloads) FROM submission_download
				WHERE submission_id IN (:ids) GROUP BY submission_id""", ids, rs -> {
			downloads.put(rs.getLong(1), rs.getInt(2));
		});
		Map<Long, List<Note>> notes = new HashMap<>();
		issuesOf(headers.values()).forEach((id, list) -> notes.put(id, list.stream().map(ImportIssue::toNote).toList()));

		Map<Long, DistrictMonth.Submission> found = new LinkedHashMap<>();
		for (Header h : headers.values()) {
			List<PrItem> prItems = new ArrayList<>();
			pr.getOrDefault(h.id, Map.of())
				.values()
				.forEach(b -> prItems.add(
						new PrItem(b.line, b.publishedOn, Collections.unmodifiableSet(b.channels), b.title)));
			found.put(h.id, new DistrictMonth.Submission(h.id, h.sourceId, h.submittedAt, h.invalidReason,
					h.officialsTotal, h.officialsDownloaded, services.getOrDefault(h.id, List.of()), prItems,
					activities.getOrDefault(h.id, List.of()), downloads.getOrDefault(h.id, 0),
					notes.getOrDefault(h.id, List.of())));
		}
		return found;
	}

	/**
	 * The submission of a district for a month that counts (SPEC §5: the latest submitted_at replaces
	 * earlier ones), among those submitted by {@code cutoff} (a run counts what arrived before it
	 * started). One whose submitted_at is unreadable ranks below any dated one; ties go to the one
	 * stored last.
	 */
	public Optional<DistrictMonth.Submission> latest(String districtCode, YearMonth month, Instant cutoff) {
		return Optional.ofNullable(latest(List.of(districtCode), month, cutoff).get(districtCode));
	}

	/** {@link #latest(String, YearMonth, Instant)} for many districts at once: district code → submission. */
	public Map<String, DistrictMonth.Submission> latest(Collection<String> districtCodes, YearMonth month,
			Instant cutoff) {
		if (districtCodes.size() > InLists.MAX) {
			Map<String, DistrictMonth.Submission> latest = new HashMap<>();
			for (List<String> slice : InLists.slices(districtCodes)) {
				latest.putAll(latest(slice, month, cutoff));
			}
			return latest;
		}
		if (districtCodes.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> chosen = new LinkedHashMap<>();
		named.query("""
				SELECT district_code, id FROM submission
				WHERE district_code IN (:districts) AND report_month = :month
				  AND (submitted_at IS NULL OR submitted_at <= :cutoff)
				ORDER BY district_code, CASE WHEN submitted_at IS NULL THEN 1 ELSE 0 END, submitted_at DESC, id DESC""",
				Map.of("districts", districtCodes, "month", month.toString(), "cutoff", DbTime.text(cutoff)), rs -> {
					// The first row of each district is the one that counts.
					chosen.putIfAbsent(rs.getString(1), rs.getLong(2));
				});
		Map<Long, DistrictMonth.Submission> byId = findAll(chosen.values());
		Map<String, DistrictMonth.Submission> latest = new HashMap<>();
		chosen.forEach((district, id) -> latest.put(district, byId.get(id)));
		return latest;
	}

	/**
	 * The rejects and warnings that concern a stored submission, in file order (see {@link #issuesOf}).
	 * Empty when there is no such submission.
	 */
	public List<ImportIssue> issues(long submissionId) {
		List<Header> header = jdbc.query("SELECT id, source_id, bundle_key FROM submission WHERE id = ?",
				(rs, n) -> new Header(rs.getLong(1), rs.getString(2), rs.getString(3), null, null, 0, 0), submissionId);
		return issuesOf(header).getOrDefault(submissionId, List.of());
	}

	/**
	 * The rejects and warnings that concern stored submissions, each's in file order: those of its own
	 * rows in the bundle that stored it, and the bundle's file-wide warnings (a file missing or read as
	 * Windows-874). Two disjoint halves, each read by an index with a list of constants and matched to
	 * the submissions here: their own rows (by source id, ix_import_issue_submission, kept when the bundle
	 * is the one that stored the submission) and their bundles' file-wide warnings (line 0,
	 * ix_import_issue_line). Joined to submission in SQL, MariaDB chose from table statistics to scan
	 * import_issue for every page of submissions (measured: three quarters of the time spent reading a
	 * page for grading).
	 */
	private Map<Long, List<ImportIssue>> issuesOf(Collection<Header> submissions) {
		if (submissions.isEmpty()) {
			return Map.of();
		}
		record Issue(long id, String bundleKey, ImportIssue issue) {
		}
		Map<String, Header> bySource = new HashMap<>(); // source ids are unique (uq_submission_source)
		Map<String, List<Header>> byBundle = new HashMap<>();
		for (Header h : submissions) {
			bySource.put(h.sourceId, h);
			byBundle.computeIfAbsent(h.bundleKey, k -> new ArrayList<>()).add(h);
		}
		Map<Long, List<Issue>> found = new HashMap<>();
		named.query("""
				SELECT id AS issue_id, bundle_key, file_name, line_no, severity, submission_source_id, district_code,
				       reason, raw_row
				FROM import_issue WHERE submission_source_id IN (:sources) AND line_no <> 0""",
				Map.of("sources", bySource.keySet()), rs -> {
					Issue issue = new Issue(rs.getLong("issue_id"), rs.getString("bundle_key"), issue(rs));
					Header h = bySource.get(issue.issue().submissionSourceId());
					if (h != null && h.bundleKey.equals(issue.bundleKey())) {
						found.computeIfAbsent(h.id, k -> new ArrayList<>()).add(issue);
					}
				});
		named.query("""
				SELECT id AS issue_id, bundle_key, file_name, line_no, severity, submission_source_id, district_code,
				       reason, raw_row
				FROM import_issue WHERE bundle_key IN (:bundles) AND line_no = 0""", Map.of("bundles", byBundle.keySet()),
				rs -> {
					Issue issue = new Issue(rs.getLong("issue_id"), rs.getString("bundle_key"), issue(rs));
					for (Header h : byBundle.getOrDefault(issue.bundleKey(), List.of())) {
						found.computeIfAbsent(h.id, k -> new ArrayList<>()).add(issue);
					}
				});
		// in the order they were recorded: file order
		Map<Long, List<ImportIssue>> issues = new HashMap<>();
		found.forEach((id, list) -> issues.put(id,
				list.stream().sorted(Comparator.comparingLong(Issue::id)).map(Issue::issue).toList()));
		return issues;
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
