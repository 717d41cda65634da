package th.go.cdd.clickreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.generate.BundleGenerator;
import th.go.cdd.clickreport.generate.GenerateRequest;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.submission.SubmissionTables;

/**
 * The import's baseline loads what the import stores: on a generated national month,
 * every row the import stores is loaded by the baseline with the same values, and the
 * baseline has in addition exactly the rows that the import rejects (it validates
 * nothing). So the two are timed on the same work. Run on MariaDB
 * ({@link ImportBaselineMariaDbIntegrationTests}) and H2
 * ({@link ImportBaselineH2IntegrationTests}).
 */
abstract class ImportBaselineContract {

	/**
	 * table → the columns compared, keyed by the submission's source id and the row's
	 * line.
	 */
	static final Map<String, String> TABLES = Map.of("submission",
			"SELECT s.source_id, s.source_line, s.district_code, s.report_month, s.submitted_at,"
					+ " s.officials_total, s.officials_downloaded FROM submission s",
			"services.csv",
			"SELECT s.source_id, d.source_line, d.service_code, d.relevant, d.updated"
					+ " FROM submission_service d JOIN submission s ON s.id = d.submission_id",
			"pr_media.csv",
			"SELECT s.source_id, d.source_line, d.published_on, d.title"
					+ " FROM submission_pr d JOIN submission s ON s.id = d.submission_id",
			"activities.csv",
			"SELECT s.source_id, d.source_line, d.held_on, d.title, d.participants"
					+ " FROM submission_activity d JOIN submission s ON s.id = d.submission_id",
			"tambon_downloads.csv", "SELECT s.source_id, d.source_line, d.subdistrict_code, d.downloads"
					+ " FROM submission_download d JOIN submission s ON s.id = d.submission_id");

	@TempDir
	Path bundle;

	@Autowired
	BundleGenerator generator;

	@Autowired
	BundleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username:}")
	String user;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void theBaselineLoadsTheImportsRowsWithTheSameValuesAndTheRejectedRowsBesides() throws Exception {
		empty();
		generator.generate(
				new GenerateRequest(List.of(), YearMonth.of(2024, 4), YearMonth.of(2024, 4), 1, bundle, true), p -> {
				});
		ImportBaseline baseline = new ImportBaseline(BenchDatabase.of(dataSource), dataSource, url, user, password);
		Map<String, Long> loaded = baseline.load(bundle);
		Map<String, Map<String, String>> base = snapshot();
		assertThat(loaded.values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(base.values().stream().mapToLong(Map::size).sum());
		empty();
		importer.importBundle(bundle);
		Map<String, Map<String, String>> ours = snapshot();

		assertThat(ours.get("submission")).isEqualTo(base.get("submission")).hasSizeGreaterThan(900);
		int rejected = 0;
		for (String file : List.of("services.csv", "pr_media.csv", "activities.csv", "tambon_downloads.csv")) {
			Map<String, String> only = new TreeMap<>(base.get(file));
			only.keySet().removeAll(ours.get(file).keySet());
			assertThat(base.get(file)).as(file).containsAllEntriesOf(ours.get(file));
			Integer rejects = jdbc.queryForObject(
					"SELECT COUNT(*) FROM import_issue WHERE severity = 'REJECT' AND file_name = ?", Integer.class,
					file);
			assertThat(only).as(file + ": rows only the baseline has").hasSize(rejects);
			rejected += rejects;
		}
		assertThat(rejected).as("the generator's wrong rows").isPositive();
	}

	private Map<String, Map<String, String>> snapshot() {
		Map<String, Map<String, String>> tables = new TreeMap<>();
		TABLES.forEach((table, sql) -> {
			Map<String, String> rows = new TreeMap<>();
			jdbc.query(sql, rs -> {
				StringJoiner values = new StringJoiner("|");
				for (int i = 3; i <= rs.getMetaData().getColumnCount(); i++) {
					values.add(String.valueOf(rs.getObject(i)));
				}
				rows.put(rs.getString(1) + ":" + rs.getInt(2), values.toString());
			});
			tables.put(table, rows);
		});
		return tables;
	}

	private void empty() {
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
	}

}
