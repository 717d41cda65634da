package th.go.cdd.clickreport.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.system.DbTime;

/**
 * The only class that reads and writes the online reports' tables: online_report (one row
 * per district and month: its state and latest version number), online_report_version
 * (every version, kept) and online_report_photo. A change of the report is an UPDATE
 * guarded by the version the writer read (optimistic locking) followed by the new
 * version's INSERT, in the caller's transaction.
 */
@Repository
class OnlineReportRepository {

	/**
	 * A report's row. {@code submittedAt}/{@code status}/{@code submissionId} are those
	 * of its last submit.
	 */
	record Report(long id, String districtCode, YearMonth month, ReportState state, int version, String returnReason,
			Long submissionId, Instant submittedAt, SubmissionStatus status) {
	}

	/**
	 * A version's row; {@code content} is the JSON as entered (null when listed without
	 * it).
	 */
	record Version(int version, ReportState state, String savedBy, Instant savedAt, String reason, Long submissionId,
			String content) {
	}

	record Photo(long id, long reportId, int activityNo, String contentType, long sizeBytes, String fileName,
			String uploadedBy, Instant uploadedAt) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	OnlineReportRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	private static final String REPORT_COLUMNS = """
			id, district_code, report_month, state, version, return_reason, submission_id, submitted_at, status""";

	Optional<Report> find(String districtCode, YearMonth month) {
		return named
			.query("SELECT " + REPORT_COLUMNS
					+ " FROM online_report WHERE district_code = :district AND report_month = :month",
					Map.of("district", districtCode, "month", month.toString()), OnlineReportRepository::report)
			.stream()
			.findFirst();
	}

	/** The reports of a month of the given districts. */
	List<Report> ofDistricts(List<String> districtCodes, YearMonth month) {
		if (districtCodes.isEmpty()) {
			return List.of();
		}
		return named.query(
				"SELECT " + REPORT_COLUMNS
						+ " FROM online_report WHERE report_month = :month AND district_code IN (:districts)",
				Map.of("month", month.toString(), "districts", districtCodes), OnlineReportRepository::report);
	}

	/**
	 * Creates a report with its first version. A report of the same district and month
	 * stored meanwhile makes this fail with a DuplicateKeyException (uq_online_report):
	 * the caller's version is then stale.
	 */
	long create(String districtCode, YearMonth month, ReportState state, Version first, Long submissionId,
			Instant submittedAt, SubmissionStatus status) {
		KeyHolder key = new GeneratedKeyHolder();
		named.update("""
				INSERT INTO online_report (district_code, report_month, state, version, return_reason, submission_id,
				                           submitted_at, status)
				VALUES (:district, :month, :state, :version, NULL, :submission, :at, :status)""",
				new MapSqlParameterSource().addValue("district", districtCode)
					.addValue("month", month.toString())
					.addValue("state", state.name())
					.addValue("version", first.version())
					.addValue("submission", submissionId)
					.addValue("at", DbTime.text(submittedAt))
					.addValue("status", status == null ? null : status.name()),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		insertVersion(id, first);
		return id;
	}

	/**
	 * Moves the report from {@code expectedVersion} to {@code next}: false, and nothing
	 * written, when another version was stored since. {@code submit} carries the new
	 * submission when this version submits the report (then the return reason is
	 * cleared), or null to keep the last submit's.
	 */
	boolean advance(long reportId, int expectedVersion, Version next, String returnReason, Submit submit) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", reportId)
			.addValue("expected", expectedVersion)
			.addValue("version", next.version())
			.addValue("state", next.state().name())
			.addValue("reason", returnReason);
		String submitColumns = "";
		if (submit != null) {
			submitColumns = ", submission_id = :submission, submitted_at = :at, status = :status";
			params.addValue("submission", submit.submissionId())
				.addValue("at", DbTime.text(submit.submittedAt()))
				.addValue("status", submit.status().name());
		}
		int updated = named.update("""
				UPDATE online_report SET version = :version, state = :state, return_reason = :reason%s
				WHERE id = :id AND version = :expected""".formatted(submitColumns), params);
		if (updated == 0) {
			return false;
		}
		insertVersion(reportId, next);
		return true;
	}

	/** What a submit records on the report. */
	record Submit(long submissionId, Instant submittedAt, SubmissionStatus status) {
	}

	private void insertVersion(long reportId, Version v) {
		named.update("""
				INSERT INTO online_report_version (report_id, version, state, saved_by, saved_at, reason, submission_id,
				                                   content)
				VALUES (:report, :version, :state, :by, :at, :reason, :submission, :content)""",
				new MapSqlParameterSource().addValue("report", reportId)
					.addValue("version", v.version())
					.addValue("state", v.state().name())
					.addValue("by", v.savedBy())
					.addValue("at", DbTime.text(v.savedAt()))
					.addValue("reason", v.reason())
					.addValue("submission", v.submissionId())
					.addValue("content", v.content()));
	}

	/** Every version, oldest first, without their content. */
	List<Version> versions(long reportId) {
		return jdbc.query("""
				SELECT version, state, saved_by, saved_at, reason, submission_id FROM online_report_version
				WHERE report_id = ? ORDER BY version""",
				(rs, i) -> new Version(rs.getInt(1), ReportState.valueOf(rs.getString(2)), rs.getString(3),
						DbTime.instant(rs.getObject(4, LocalDateTime.class)), rs.getString(5),
						rs.getObject(6, Long.class), null),
				reportId);
	}

	/** One version with its content. */
	Optional<Version> version(long reportId, int version) {
		return jdbc
			.query("""
					SELECT version, state, saved_by, saved_at, reason, submission_id, content FROM online_report_version
					WHERE report_id = ? AND version = ?""",
					(rs, i) -> new Version(rs.getInt(1), ReportState.valueOf(rs.getString(2)), rs.getString(3),
							DbTime.instant(rs.getObject(4, LocalDateTime.class)), rs.getString(5),
							rs.getObject(6, Long.class), rs.getString(7)),
					reportId, version)
			.stream()
			.findFirst();
	}

	/** The submission rows every submit of the report wrote. */
	List<Long> submissionIds(long reportId) {
		return jdbc.queryForList(
				"SELECT submission_id FROM online_report_version WHERE report_id = ? AND submission_id IS NOT NULL",
				Long.class, reportId);
	}

	// ---- photos

	long addPhoto(long reportId, int activityNo, String contentType, long sizeBytes, String fileName, String uploadedBy,
			Instant uploadedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		named.update("""
				INSERT INTO online_report_photo (report_id, activity_no, content_type, size_bytes, file_name,
				                                 uploaded_by, uploaded_at)
				VALUES (:report, :activity, :type, :size, :file, :by, :at)""",
				new MapSqlParameterSource().addValue("report", reportId)
					.addValue("activity", activityNo)
					.addValue("type", contentType)
					.addValue("size", sizeBytes)
					.addValue("file", fileName)
					.addValue("by", uploadedBy)
					.addValue("at", DbTime.text(uploadedAt)),
				key, new String[] { "id" });
		return key.getKey().longValue();
	}

	/**
	 * Takes the report's row lock, so that two uploads to one activity cannot both pass
	 * the count.
	 */
	void lock(long reportId) {
		jdbc.queryForList("SELECT id FROM online_report WHERE id = ? FOR UPDATE", Long.class, reportId);
	}

	int photoCount(long reportId, int activityNo) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM online_report_photo WHERE report_id = ? AND activity_no = ?",
				Integer.class, reportId, activityNo);
	}

	/** The report's photos by activity and upload. */
	List<Photo> photos(long reportId) {
		return jdbc.query("""
				SELECT id, report_id, activity_no, content_type, size_bytes, file_name, uploaded_by, uploaded_at
				FROM online_report_photo WHERE report_id = ? ORDER BY activity_no, id""", OnlineReportRepository::photo,
				reportId);
	}

	Optional<Photo> photo(long reportId, long photoId) {
		return jdbc
			.query("""
					SELECT id, report_id, activity_no, content_type, size_bytes, file_name, uploaded_by, uploaded_at
					FROM online_report_photo WHERE report_id = ? AND id = ?""", OnlineReportRepository::photo, reportId,
					photoId)
			.stream()
			.findFirst();
	}

	void deletePhoto(long photoId) {
		jdbc.update("DELETE FROM online_report_photo WHERE id = ?", photoId);
	}

	private static Photo photo(ResultSet rs, int i) throws SQLException {
		return new Photo(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getLong(5), rs.getString(6),
				rs.getString(7), DbTime.instant(rs.getObject(8, LocalDateTime.class)));
	}

	private static Report report(ResultSet rs, int i) throws SQLException {
		String status = rs.getString(9);
		return new Report(rs.getLong(1), rs.getString(2), YearMonth.parse(rs.getString(3)),
				ReportState.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getObject(7, Long.class),
				DbTime.instant(rs.getObject(8, LocalDateTime.class)),
				status == null ? null : SubmissionStatus.valueOf(status));
	}

}
