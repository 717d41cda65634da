package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * A bundle past a limit found late in its last file (more rows than allowed) is refused
 * with one sentence, and nothing of it is stored: not its submissions read before, nor
 * its rejects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportLimitsIntegrationTests {

	static final Path SAMPLE = Paths.get("samples/57-2024-05");

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, ImportLimitsIntegrationTests.class);
		// the sample's tambon_downloads.csv, read last, has 133 rows; the other files
		// have fewer
		r.add("click.import.max-rows", () -> "130");
	}

	@Autowired
	BundleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBundlePastTheRowLimitInItsLastFileIsRefusedAndNothingOfItIsStored() {
		assertThatThrownBy(() -> importer.importBundle(SAMPLE)).isInstanceOf(UserError.class)
			.hasMessage("The bundle is refused: tambon_downloads.csv has more than 130 rows, the most a file may have "
					+ "(click.import.max-rows).");

		for (String table : new String[] { "submission", "submission_service", "submission_pr", "submission_activity",
				"submission_download", "import_issue", "import_bundle" }) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isZero();
		}
	}

}
