package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * A command does its one thing: no schedule starts (and no admin account is needed), and
 * its context has none of the server's health checks, endpoints or metrics binders.
 */
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

	@Test
	void aCommandsContextLeavesOutHealthEndpointsMetricsBindersAndObservations() {
		try (ConfigurableApplicationContext context = commandContext("run")) {
			assertThat(context.getBeanNamesForType(HealthContributor.class)).isEmpty();
			assertThat(context.getBeanNamesForType(HealthEndpoint.class)).isEmpty();
			assertThat(context.getBeanNamesForType(JvmGcMetrics.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ProcessorMetrics.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
			// the product's own gauges (run/RunMetrics) keep their registry
			assertThat(context.getBeanNamesForType(MeterRegistry.class)).isNotEmpty();
		}
	}

	@Test
	void aCommandMakesItsOwnBeanAndWhatItNeedsOnly() {
		try (ConfigurableApplicationContext context = commandContext("import")) {
			Command command = CommandLine.command(context, "import");

			assertThat(command.name()).isEqualTo("import");
			ConfigurableListableBeanFactory beans = context.getBeanFactory();
			assertThat(beans.containsSingleton("importCommand")).isTrue();
			// the bench's command needs the report templates (compiled when made)
			assertThat(beans.containsSingleton("benchCommand")).isFalse();
			assertThat(beans.containsSingleton("reportTemplates")).isFalse();
			assertThatThrownBy(() -> CommandLine.command(context, "export")).isInstanceOf(UserError.class)
				.hasMessage("Command 'export' is not available in this build.");
			// every command is found by its word
			context.getBeansOfType(Command.class)
				.forEach((bean, c) -> assertThat(bean).isEqualTo(c.name() + "Command"));
		}
	}

	/** A context started as {@link CommandLine#run} starts one for {@code command}. */
	private static ConfigurableApplicationContext commandContext(String command) {
		String url = MariaDbDatabase.create(CommandModeIntegrationTests.class);
		SpringApplication application = new SpringApplication(ClickReportApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(CommandLine.defaultProperties(command));
		return application.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + MariaDbDatabase.USER,
				"--spring.datasource.password=" + MariaDbDatabase.PASSWORD);
	}

}
