package th.go.cdd.clickreport.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes bundle folders for the tests and reads the import tables back as comparable
 * text.
 */
public final class TestBundle {

	public static final String SUBMISSIONS = "submission_id,district_code,report_month,submitted_at,officials_total,officials_downloaded\n";

	public static final String SERVICES = "submission_id,service_code,relevant,updated\n";

	static final String PR_MEDIA = "submission_id,published_on,channels,title\n";

	static final String ACTIVITIES = "submission_id,held_on,title,participants\n";

	public static final String DOWNLOADS = "submission_id,tambon_code,downloads\n";

	private final Path dir;

	public TestBundle(Path dir) {
		this.dir = dir;
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path dir() {
		return dir;
	}

	public TestBundle file(String name, String content) {
		return bytes(name, content.getBytes(StandardCharsets.UTF_8));
	}

	TestBundle file(String name, String content, Charset charset) {
		return bytes(name, content.getBytes(charset));
	}

	TestBundle bytes(String name, byte[] content) {
		try {
			Files.write(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** All five files with a header only; tests then overwrite the ones they need. */
	public TestBundle headersOnly() {
		return file("submissions.csv", SUBMISSIONS).file("services.csv", SERVICES)
			.file("pr_media.csv", PR_MEDIA)
			.file("activities.csv", ACTIVITIES)
			.file("tambon_downloads.csv", DOWNLOADS);
	}

	public static void emptyTables(JdbcTemplate jdbc) {
		SubmissionTables.ALL.forEach(t -> jdbc.update("DELETE FROM " + t));
	}

	/** The rows of a query, each as its values joined with '|' (NULL as "null"). */
	static List<String> rows(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.query(sql, (rs, n) -> {
			StringJoiner row = new StringJoiner("|");
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				Object value = rs.getObject(i);
				row.add(String.valueOf(value));
			}
			return row.toString();
		}, args);
	}

	static List<String> submissions(JdbcTemplate jdbc) {
		return rows(jdbc, """
				SELECT source_id, district_code, report_month, submitted_at, officials_total, officials_downloaded,
				       invalid_reason, source_line
				FROM submission ORDER BY source_line""");
	}

	static List<String> issues(JdbcTemplate jdbc) {
		return rows(jdbc, """
				SELECT file_name, line_no, severity, submission_source_id, district_code, reason
				FROM import_issue ORDER BY id""");
	}

	/** Every table's whole content in a fixed order, for comparing before and after. */
	static List<String> dump(JdbcTemplate jdbc) {
		List<String> all = new ArrayList<>();
		all.addAll(prefixed("submission", rows(jdbc, "SELECT * FROM submission ORDER BY id")));
		all.addAll(prefixed("service",
				rows(jdbc, "SELECT * FROM submission_service ORDER BY submission_id, source_line")));
		all.addAll(prefixed("pr", rows(jdbc, "SELECT * FROM submission_pr ORDER BY submission_id, source_line")));
		all.addAll(prefixed("channel",
				rows(jdbc, "SELECT * FROM submission_pr_channel ORDER BY submission_id, source_line, channel_code")));
		all.addAll(prefixed("activity",
				rows(jdbc, "SELECT * FROM submission_activity ORDER BY submission_id, source_line")));
		all.addAll(prefixed("download",
				rows(jdbc, "SELECT * FROM submission_download ORDER BY submission_id, source_line")));
		// issue ids are generated anew by every import; their content must be the same
		all.addAll(prefixed("issue", rows(jdbc, """
				SELECT bundle_key, file_name, line_no, severity, submission_source_id, district_code, reason, raw_row
				FROM import_issue ORDER BY id""")));
		all.addAll(prefixed("bundle", rows(jdbc, """
				SELECT bundle_key, source_name, first_imported, submissions, rejected_rows, warnings
				FROM import_bundle ORDER BY bundle_key""")));
		return all;
	}

	private static List<String> prefixed(String table, List<String> rows) {
		return rows.stream().map(r -> table + ": " + r).toList();
	}

}
