package th.go.cdd.clickreport.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.submission.SubmissionTables;

/**
 * Test fixture for the server's tests: a few district reports of เชียงราย for May 2024
 * written straight into the submission tables, as an import would: 5701 reaches level A,
 * 5702 sends a PR item dated in April (a warning), 5704's report is invalid; the other
 * districts did not report.
 */
public final class SampleMonth {

	private SampleMonth() {
	}

	public static void load(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM grade_note");
		jdbc.update("DELETE FROM grade");
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
		long a = submission(jdbc, "S-5701", "5701", "2024-06-05T10:00:00+07:00", 5, 4, null);
		int line = 2;
		for (String service : List.of("SHOP", "KNOWLEDGE", "SAGE", "FUNDING", "TRAVEL", "CAREER108", "NEWS_EVENT")) {
			jdbc.update("INSERT INTO submission_service (submission_id, source_line, service_code, relevant, updated) "
					+ "VALUES (?, ?, ?, TRUE, TRUE)", a, line++, service);
		}
		pr(jdbc, a, 2, LocalDate.of(2024, 5, 3), "FACEBOOK");
		pr(jdbc, a, 3, LocalDate.of(2024, 5, 17), "LINE");
		activity(jdbc, a, 2, LocalDate.of(2024, 5, 8));
		activity(jdbc, a, 3, LocalDate.of(2024, 5, 22));
		line = 2;
		for (String tambon : jdbc
			.queryForList("SELECT code FROM subdistrict WHERE district_code = '5701' ORDER BY code", String.class)) {
			jdbc.update("INSERT INTO submission_download (submission_id, source_line, subdistrict_code, downloads) "
					+ "VALUES (?, ?, ?, 12)", a, line++, tambon);
		}
		long b = submission(jdbc, "S-5702", "5702", "2024-06-10T14:30:00+07:00", 4, 3, null);
		pr(jdbc, b, 2, LocalDate.of(2024, 4, 28), "FACEBOOK");
		submission(jdbc, "S-5704", "5704", "2024-06-02T09:00:00+07:00", 0, 0, "officials_total is 0");
	}

	private static long submission(JdbcTemplate jdbc, String sourceId, String district, String submittedAt, int total,
			int downloaded, String invalidReason) {
		jdbc.update("""
				INSERT INTO submission (source_id, bundle_key, district_code, report_month, submitted_at,
				  officials_total, officials_downloaded, invalid_reason, source_line)
				VALUES (?, 'test-bundle', ?, '2024-05', ?, ?, ?, ?, 2)""", sourceId, district,
				Timestamp
					.valueOf(OffsetDateTime.parse(submittedAt).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()),
				total, downloaded, invalidReason);
		return jdbc.queryForObject("SELECT id FROM submission WHERE source_id = ?", Long.class, sourceId);
	}

	private static void pr(JdbcTemplate jdbc, long submission, int line, LocalDate on, String channel) {
		jdbc.update("INSERT INTO submission_pr (submission_id, source_line, published_on, title) "
				+ "VALUES (?, ?, ?, 'ประชาสัมพันธ์ Shop ชุมชน')", submission, line, Date.valueOf(on));
		jdbc.update("INSERT INTO submission_pr_channel (submission_id, source_line, channel_code) VALUES (?, ?, ?)",
				submission, line, channel);
	}

	private static void activity(JdbcTemplate jdbc, long submission, int line, LocalDate on) {
		jdbc.update("INSERT INTO submission_activity (submission_id, source_line, held_on, title, participants) "
				+ "VALUES (?, ?, ?, 'อบรมการใช้งาน Click ชุมชน', 30)", submission, line, Date.valueOf(on));
	}

}
