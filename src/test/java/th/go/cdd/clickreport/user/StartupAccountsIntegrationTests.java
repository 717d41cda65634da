package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.support.HttpTestClient;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Starting servers as an operator does (issues #15.3 and #15.6): two at once on a fresh
 * database with the same CLICK_ADMIN_* both start; a password the admin changed on the
 * pages outlives the next start with the variables; a production start refuses the quick
 * start's demo accounts.
 */
class StartupAccountsIntegrationTests {

	static final String ADMIN = "chief";

	static final String PASSWORD = "chief-password-1";

	/** Marker classes: one fresh database each. */
	static final class Cluster {

	}

	static final class Demo {

	}

	@TempDir
	Path output;

	/** Counts down once the application's logging system is set up. */
	private record LoggingSetUp(
			CountDownLatch done) implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			done.countDown();
		}

		@Override
		public int getOrder() {
			return LoggingApplicationListener.DEFAULT_ORDER + 1;
		}

	}

	private ConfigurableApplicationContext start(String url, String schedulerName, String... more) {
		return start(url, schedulerName, List.of(), more);
	}

	private ConfigurableApplicationContext start(String url, String schedulerName,
			List<ApplicationListener<?>> listeners, String... more) {
		List<String> args = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + MariaDbDatabase.USER,
						"--spring.datasource.password=" + MariaDbDatabase.PASSWORD, "--server.port=0",
						"--click.output-dir=" + output,
						// Quartz keeps JVM-wide registries by scheduler name; in
						// production each server is its own JVM
						"--spring.quartz.scheduler-name=" + schedulerName));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(ClickReportApplication.class)
			.listeners(listeners.toArray(ApplicationListener[]::new))
			.run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	@Test
	void twoServersStartedTogetherOnAFreshDatabaseBothStartAndAPasswordChangedOnThePagesOutlivesTheVariables()
			throws Exception {
		String url = MariaDbDatabase.create(Cluster.class);
		String[] env = { "--click.admin.username=" + ADMIN, "--click.admin.password=" + PASSWORD };
		CountDownLatch go = new CountDownLatch(1);
		// Two applications in one JVM share its logging system, whose set-up is not made
		// to run twice at once (in production each server is its own JVM): the second
		// node starts once the first one's logging is set up, and the rest of both starts
		// (the first admin, the schedule) still overlaps.
		CountDownLatch firstLogging = new CountDownLatch(1);
		ApplicationListener<ApplicationEnvironmentPreparedEvent> loggingSetUp = new LoggingSetUp(firstLogging);
		List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
		for (String node : new String[] { "node-a", "node-b" }) {
			boolean first = node.equals("node-a");
			nodes.add(CompletableFuture.supplyAsync(() -> {
				try {
					go.await();
					if (!first) {
						firstLogging.await(1, TimeUnit.MINUTES);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return start(url, "click-" + node, first ? List.of(loggingSetUp) : List.of(), env);
			}));
		}
		go.countDown();
		List<ConfigurableApplicationContext> started = new ArrayList<>();
		List<Throwable> failed = new ArrayList<>();
		for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
			try {
				started.add(node.join());
			}
			catch (RuntimeException ex) {
				failed.add(ex);
			}
		}
		try {
			assertThat(failed).as("servers that failed to start").isEmpty();
			JdbcTemplate jdbc = started.get(0).getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, ADMIN))
				.isOne();
			// both serve the admin
			for (ConfigurableApplicationContext node : started) {
				assertThat(new HttpTestClient(port(node)).get("/api/runs", ADMIN, PASSWORD).statusCode())
					.isEqualTo(200);
			}
			// the admin picks their own password on the pages
			HttpTestClient pages = new HttpTestClient(port(started.get(0)));
			pages.login(ADMIN, PASSWORD);
			pages.postForm("/password", Map.of("currentPassword", PASSWORD, "newPassword", "my-own-chosen-words",
					"confirmPassword", "my-own-chosen-words", "_csrf", pages.csrfToken("/password")));
		}
		finally {
			started.forEach(ConfigurableApplicationContext::close);
		}
		// the next start with the same variables leaves that password alone
		try (ConfigurableApplicationContext again = start(url, "click-node-c", env)) {
			HttpTestClient http = new HttpTestClient(port(again));
			assertThat(http.get("/api/runs", ADMIN, "my-own-chosen-words").statusCode()).isEqualTo(200);
			assertThat(http.get("/api/runs", ADMIN, PASSWORD).statusCode()).isEqualTo(401);
		}
	}

	@Test
	void aProductionStartRefusesTheQuickStartsDemoAccounts() {
		String url = MariaDbDatabase.create(Demo.class);
		try (ConfigurableApplicationContext quickstart = start(url, "click-quickstart",
				"--spring.profiles.active=quickstart")) {
			assertThat(new HttpTestClient(port(quickstart)).get("/api/runs", "admin", "admin").statusCode())
				.isEqualTo(200);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		assertThatThrownBy(() -> start(url, "click-production", "--click.admin.username=" + ADMIN,
				"--click.admin.password=" + PASSWORD))
			.hasRootCauseInstanceOf(DemoAccountsException.class)
			.rootCause()
			.hasMessage("The database holds the quick start's demo accounts admin/admin and viewer/viewer with the "
					+ "known password, so the server does not start outside the quickstart profile.");
	}

}
