package th.go.cdd.clickreport.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The import's baseline: the database's own bulk load of the same CSV files into the same
 * tables, in one transaction. On MySQL/MariaDB {@code LOAD DATA LOCAL INFILE} on a
 * separate connection with {@code allowLoadLocalInfile=true}; on H2
 * {@code INSERT … SELECT … FROM CSVREAD(…)}.
 *
 * <p>
 * What it does: maps {@code submission_id} to the numeric id by source_id, reads the
 * booleans' spellings, converts the generator's ISO times with offset to UTC, numbers the
 * rows (source_line), cuts titles to the column. What it does not do, and the import
 * does: it does not split a PR item's channels into submission_pr_channel, validates
 * nothing (unknown channels, negative downloads, sub-districts of another district,
 * dates, officials are loaded as they are or fail the statement), records no reject or
 * warning, reads neither Thai digits, B.E. years, a BOM, CRLF nor Windows-874, and does
 * not upsert (a re-load of the same bundle is not idempotent).
 */
final class ImportBaseline {

	static final String DESCRIPTION_MYSQL = "LOAD DATA LOCAL INFILE";

	static final String DESCRIPTION_H2 = "INSERT … SELECT FROM CSVREAD";

	private static final String BUNDLE_KEY = "bench-baseline";

	private static final String BOOLEAN_TRUE = "('TRUE', 'T', 'Y', 'YES', '1', 'ใช่')";

	/**
	 * No CHARACTER SET clause: the file is read in the database's character set (utf8mb4,
	 * V1) and collation.
	 */
	private static final String FIELDS = """
			FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY ''
			LINES TERMINATED BY '\\n' IGNORE 1 LINES""";

	/**
	 * One file's load: {@code counted} is the statement whose update count is the rows
	 * stored in {@code table}; {@code {file}} stands for the quoted path of {@code file}.
	 */
	private record Load(String table, String file, List<String> before, String counted, List<String> after) {
	}

	/**
	 * MySQL/MariaDB, in foreign-key order. The submissions go straight into their table.
	 * A detail file goes through a temporary table: MariaDB cannot use an index for a
	 * subquery on a user variable that the same statement assigns (the optimizer treats
	 * such a variable as non-deterministic), so
	 * {@code SET submission_id = (SELECT id FROM submission WHERE source_id = @submission_id)}
	 * reads the whole unique index for every row (Handler_read_next = rows ×
	 * submissions), which is quadratic. Loading into a temporary table (same user
	 * variables and SET conversions) and then one INSERT … SELECT … JOIN submission ON
	 * source_id is the bulk path.
	 */
	private static final List<Load> MYSQL = List.of(new Load("submission", "submissions.csv", List.of(), """
			LOAD DATA LOCAL INFILE {file} INTO TABLE submission %s
			(@submission_id, @district_code, @report_month, @submitted_at, @officials_total, @officials_downloaded)
			SET source_id = @submission_id, bundle_key = '%s', district_code = @district_code,
			    report_month = @report_month,
			    submitted_at = CONVERT_TZ(STR_TO_DATE(LEFT(@submitted_at, 19), '%%Y-%%m-%%dT%%H:%%i:%%s'),
			        CASE WHEN LENGTH(@submitted_at) <= 19 THEN '+07:00'
			             WHEN SUBSTRING(@submitted_at, 20) = 'Z' THEN '+00:00'
			             ELSE SUBSTRING(@submitted_at, 20) END, '+00:00'),
			    officials_total = @officials_total, officials_downloaded = @officials_downloaded,
			    source_line = (@line := @line + 1)""".formatted(FIELDS, BUNDLE_KEY), List.of()),
			staged("submission_service", "services.csv", """
					service_code VARCHAR(20) NOT NULL, relevant BOOLEAN NOT NULL, updated BOOLEAN NOT NULL""",
					"""
							(@submission_id, @service_code, @relevant, @updated)
							SET source_id = @submission_id, source_line = (@line := @line + 1), service_code = @service_code,
							    relevant = UPPER(TRIM(@relevant)) IN %s, updated = UPPER(TRIM(@updated)) IN %s"""
						.formatted(BOOLEAN_TRUE, BOOLEAN_TRUE),
					"service_code, relevant, updated"),
			staged("submission_pr", "pr_media.csv", """
					published_on DATE NOT NULL, title VARCHAR(500) NOT NULL""", """
					(@submission_id, @published_on, @channels, @title)
					SET source_id = @submission_id, source_line = (@line := @line + 1), published_on = @published_on,
					    title = LEFT(@title, 500)""", "published_on, title"),
			staged("submission_activity", "activities.csv", """
					held_on DATE NOT NULL, title VARCHAR(500) NOT NULL, participants INT NULL""", """
					(@submission_id, @held_on, @title, @participants)
					SET source_id = @submission_id, source_line = (@line := @line + 1), held_on = @held_on,
					    title = LEFT(@title, 500), participants = NULLIF(@participants, '')""",
					"held_on, title, participants"),
			staged("submission_download", "tambon_downloads.csv", """
					subdistrict_code VARCHAR(6) NOT NULL, downloads INT NOT NULL""", """
					(@submission_id, @tambon_code, @downloads)
					SET source_id = @submission_id, source_line = (@line := @line + 1), subdistrict_code = @tambon_code,
					    downloads = @downloads""", "subdistrict_code, downloads"));

	private static Load staged(String table, String file, String columns, String mapping, String copied) {
		String stage = "bench_load_" + table;
		return new Load(table, file,
				List.of("""
						CREATE TEMPORARY TABLE %s (source_id VARCHAR(64) NOT NULL, source_line INT NOT NULL, %s)"""
					.formatted(stage, columns),
						"LOAD DATA LOCAL INFILE {file} INTO TABLE " + stage + " " + FIELDS + "\n" + mapping),
				"""
						INSERT IGNORE INTO %s (submission_id, source_line, %s)
						SELECT s.id, t.source_line, %s FROM %s t JOIN submission s ON s.source_id = t.source_id"""
					.formatted(table, copied, copied.replace(", ", ", t.").replaceFirst("^", "t."), stage),
				List.of("DROP TEMPORARY TABLE " + stage));
	}

	private static final String CSV = "CSVREAD({file}, NULL, 'charset=UTF-8')";

	private static final String OWNER = "(SELECT s.id FROM submission s WHERE s.source_id = c.\"submission_id\")";

	/**
	 * H2, in foreign-key order: INSERT … SELECT from CSVREAD, the submission id by a
	 * correlated subquery.
	 */
	private static final List<Load> H2 = List.of(new Load("submission", "submissions.csv", List.of(), """
			INSERT INTO submission (source_id, bundle_key, district_code, report_month, submitted_at,
			                        officials_total, officials_downloaded, source_line)
			SELECT c."submission_id", '%s', c."district_code", c."report_month",
			       CAST(CAST(c."submitted_at" AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE 'UTC' AS TIMESTAMP),
			       CAST(c."officials_total" AS INT), CAST(c."officials_downloaded" AS INT), ROWNUM() + 1
			FROM %s c""".formatted(BUNDLE_KEY, CSV), List.of()),
			new Load("submission_service", "services.csv", List.of(), """
					INSERT INTO submission_service (submission_id, source_line, service_code, relevant, updated)
					SELECT %s, ROWNUM() + 1, c."service_code",
					       UPPER(TRIM(c."relevant")) IN %s, UPPER(TRIM(c."updated")) IN %s
					FROM %s c""".formatted(OWNER, BOOLEAN_TRUE, BOOLEAN_TRUE, CSV), List.of()),
			new Load("submission_pr", "pr_media.csv", List.of(), """
					INSERT INTO submission_pr (submission_id, source_line, published_on, title)
					SELECT %s, ROWNUM() + 1, CAST(c."published_on" AS DATE), LEFT(c."title", 500)
					FROM %s c""".formatted(OWNER, CSV), List.of()),
			new Load("submission_activity", "activities.csv", List.of(), """
					INSERT INTO submission_activity (submission_id, source_line, held_on, title, participants)
					SELECT %s, ROWNUM() + 1, CAST(c."held_on" AS DATE), LEFT(c."title", 500),
					       CAST(NULLIF(c."participants", '') AS INT)
					FROM %s c""".formatted(OWNER, CSV), List.of()),
			new Load("submission_download", "tambon_downloads.csv", List.of(), """
					INSERT INTO submission_download (submission_id, source_line, subdistrict_code, downloads)
					SELECT %s, ROWNUM() + 1, c."tambon_code", CAST(c."downloads" AS INT)
					FROM %s c""".formatted(OWNER, CSV), List.of()));

	private final BenchDatabase database;

	private final DataSource dataSource;

	private final String url;

	private final String user;

	private final String password;

	ImportBaseline(BenchDatabase database, DataSource dataSource, String url, String user, String password) {
		this.database = database;
		this.dataSource = dataSource;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	String description() {
		return database.isH2() ? DESCRIPTION_H2 : DESCRIPTION_MYSQL;
	}

	/**
	 * Loads the bundle in {@code dir} in one transaction; returns the rows stored per
	 * table.
	 */
	Map<String, Long> load(Path dir) throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = connection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				if (!database.isH2()) {
					// the file's values (user variables) compare with the tables'
					// collation, not the driver's
					statement.execute("SET collation_connection = @@collation_database");
				}
				for (Load load : database.isH2() ? H2 : MYSQL) {
					String file = quote(dir.resolve(load.file()).toAbsolutePath().toString(), database.isH2());
					if (!database.isH2()) {
						statement.execute("SET @line = 1"); // the header is line 1
					}
					for (String sql : load.before()) {
						statement.execute(sql.replace("{file}", file));
					}
					rows.put(load.table(), (long) statement.executeUpdate(load.counted().replace("{file}", file)));
					for (String sql : load.after()) {
						statement.execute(sql);
					}
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		return rows;
	}

	/**
	 * MySQL: a connection of its own that may send local files; H2: one of the pool
	 * (embedded, files are local).
	 */
	private Connection connection() throws SQLException {
		if (database.isH2()) {
			return dataSource.getConnection();
		}
		String local = url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
		return DriverManager.getConnection(local, user, password);
	}

	/** A string literal: MySQL reads backslash escapes in literals, H2 does not. */
	private static String quote(String text, boolean h2) {
		String escaped = h2 ? text : text.replace("\\", "\\\\");
		return "'" + escaped.replace("'", "''") + "'";
	}

}
