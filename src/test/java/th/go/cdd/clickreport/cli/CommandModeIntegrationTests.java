package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/** A command does its one thing: no schedule starts (and no admin account is needed). */
class CommandModeIntegrationTests {

	@TempDir
	Path output;

	@Test
	void theRunCommandGradesTheMonthWithoutStartingTheSchedule() {
		String url = MariaDbDatabase.create(CommandModeIntegrationTests.class);

		int status = CommandLine.run(ClickReportApplication.class,
				new String[] { "run", "--month=2024-05", "--province=57", "--spring.datasource.url=" + url,
						"--spring.datasource.username=" + MariaDbDatabase.USER,
						"--spring.datasource.password=" + MariaDbDatabase.PASSWORD, "--click.output-dir=" + output });

		assertThat(status).isZero();
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(url, MariaDbDatabase.USER, MariaDbDatabase.PASSWORD));
		assertThat(jdbc.queryForObject("SELECT status FROM grading_run", String.class)).isEqualTo("COMPLETED");
		// A started clustered scheduler checks in here; the command's never does, and
		// stores no trigger.
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS", Integer.class)).isZero();
	}

}
