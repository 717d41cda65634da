package th.go.cdd.clickreport.grading;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.rubric.Rubrics;
import th.go.cdd.clickreport.submission.SubmissionTables;

/**
 * Test fixture: writes submissions straight into the submission tables, as an import
 * would.
 */
final class SubmissionRows {

	private final JdbcTemplate jdbc;

	SubmissionRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void clear() {
		jdbc.update("DELETE FROM grade_note");
		jdbc.update("DELETE FROM grade");
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
	}

	/**
	 * A submission of {@code district} for May 2024 that reaches level A when
	 * {@code downloadsPerSubdistrict} is 10: 4/5 officials, every service updated, 2 PR
	 * items on 2 channels, 2 activities.
	 */
	long levelA(String sourceId, String district, String submittedAt, int downloadsPerSubdistrict) {
		long id = submission(sourceId, district, "2024-05", submittedAt, 5, 4, null);
		int line = 2;
		for (String service : Rubrics.SERVICES) {
			jdbc.update(
					"INSERT INTO submission_service (submission_id, source_line, service_code, relevant, updated) VALUES (?, ?, ?, TRUE, TRUE)",
					id, line++, service);
		}
		pr(id, 2, LocalDate.of(2024, 5, 3), "FACEBOOK");
		pr(id, 3, LocalDate.of(2024, 5, 17), "LINE");
		activity(id, 2, LocalDate.of(2024, 5, 8));
		activity(id, 3, LocalDate.of(2024, 5, 22));
		line = 2;
		for (String tambon : jdbc.queryForList("SELECT code FROM subdistrict WHERE district_code = ? ORDER BY code",
				String.class, district)) {
			jdbc.update(
					"INSERT INTO submission_download (submission_id, source_line, subdistrict_code, downloads) VALUES (?, ?, ?, ?)",
					id, line++, tambon, downloadsPerSubdistrict);
		}
		return id;
	}

	long submission(String sourceId, String district, String month, String submittedAt, int total, int downloaded,
			String invalidReason) {
		jdbc.update("""
				INSERT INTO submission (source_id, bundle_key, district_code, report_month, submitted_at,
				  officials_total, officials_downloaded, invalid_reason, source_line)
				VALUES (?, 'test-bundle', ?, ?, ?, ?, ?, ?, 2)""", sourceId, district, month,
				Timestamp
					.valueOf(OffsetDateTime.parse(submittedAt).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()),
				total, downloaded, invalidReason);
		return jdbc.queryForObject("SELECT id FROM submission WHERE source_id = ?", Long.class, sourceId);
	}

	void pr(long submission, int line, LocalDate on, String... channels) {
		jdbc.update(
				"INSERT INTO submission_pr (submission_id, source_line, published_on, title) VALUES (?, ?, ?, 'ประชาสัมพันธ์ Shop ชุมชน')",
				submission, line, java.sql.Date.valueOf(on));
		for (String channel : channels) {
			jdbc.update("INSERT INTO submission_pr_channel (submission_id, source_line, channel_code) VALUES (?, ?, ?)",
					submission, line, channel);
		}
	}

	void activity(long submission, int line, LocalDate on) {
		jdbc.update(
				"INSERT INTO submission_activity (submission_id, source_line, held_on, title, participants) VALUES (?, ?, ?, 'อบรมการใช้งาน Click ชุมชน', 30)",
				submission, line, java.sql.Date.valueOf(on));
	}

}
