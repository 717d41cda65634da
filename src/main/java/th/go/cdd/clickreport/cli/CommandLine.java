package th.go.cdd.clickreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import th.go.cdd.clickreport.common.UserError;

/**
 * Runs one subcommand in a non-web application context and turns its outcome into an exit
 * status: 0 done, 1 failed, 2 the user's input was wrong (one sentence on stderr, no
 * stack trace).
 */
public final class CommandLine {

	private static final Set<String> COMMANDS = Set.of("import", "run", "generate", "bench", "worker", "verify",
			"help");

	private CommandLine() {
	}

	/**
	 * What a command's context leaves out. Quartz: its JDBC store registers JVM-wide
	 * connection providers by scheduler name. The actuator's health contributors and
	 * endpoints, and the metrics binders and observations: a command serves no endpoint
	 * and nothing reads its metrics before it exits; configuring them lengthened every
	 * command's start (docs/PERFORMANCE.md). Spring Boot refuses to start with a name
	 * here that is not an auto-configuration on the classpath. The registry the product's
	 * own gauges need ({@code MetricsAutoConfiguration} and the simple registry) stays.
	 */
	static final List<String> EXCLUDED_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsEndpointAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
			"org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
			"org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration",
			"org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration");

	/**
	 * Whether {@code args} name a command; otherwise the application starts as a server.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static int run(Class<?> application, String[] args) {
		String name = args[0];
		if (!COMMANDS.contains(name)) {
			System.err.println(
					"Unknown command '" + name + "'. Commands: import, run, generate, bench, worker, verify, help.");
			return 2;
		}
		if (name.equals("verify")) {
			// checks files only: no database, no application context
			try {
				return VerifyCommand.verify(Arrays.asList(args).subList(1, args.length), System.out);
			}
			catch (UserError ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
		}
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setLogStartupInfo(false);
		Map<String, Object> defaults = defaultProperties(name);
		String[] options = Arrays.copyOfRange(args, 1, args.length);
		if (name.equals("bench")) {
			options = benchOptions(options, defaults);
		}
		app.setDefaultProperties(defaults);
		try (ConfigurableApplicationContext context = app.run(options)) {
			if (name.equals("help")) {
				System.out.println("Usage: java -jar click-report.jar <command> [--option=value ...]");
				context.getBeanProvider(Command.class)
					.orderedStream()
					.forEach(c -> System.out.println("  " + c.usage()));
				System.out.println("  (no command)  start the server");
				return 0;
			}
			Command command = command(context, name);
			return command.execute(new DefaultApplicationArguments(options));
		}
		catch (UserError ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			System.err.println("Failed: " + rootMessage(ex));
			return 1;
		}
	}

	/**
	 * The bean of the command {@code name}, found by its bean name ({@code name} +
	 * "Command", as its class is named) so that only it and what it needs are made: the
	 * others may need much more (the bench's needs the whole job and the report
	 * templates).
	 * @throws UserError when this build has no such command
	 */
	static Command command(ConfigurableApplicationContext context, String name) {
		String bean = name + "Command";
		if (!context.containsBean(bean)) {
			throw new UserError("Command '" + name + "' is not available in this build.");
		}
		return context.getBean(bean, Command.class);
	}

	/**
	 * The settings a command runs with. Commands print their own results, so log lines
	 * (progress, warnings) stay short. A command does not start the schedule; like a
	 * server, it takes a run for interrupted only when the process that ran it is gone
	 * (grading/AbandonedRuns). A worker takes partitions from RabbitMQ and runs them; it
	 * never sends any.
	 */
	public static Map<String, Object> defaultProperties(String command) {
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("logging.pattern.console", "%d{HH:mm:ss} %-5level %msg%n");
		// A start that fails (database unreachable, migrations refused) is told in one
		// line by run(),
		// not as Spring's stack trace.
		defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		defaults.put("logging.level.org.springframework.context", "ERROR");
		defaults.put("spring.autoconfigure.exclude", String.join(",", EXCLUDED_AUTO_CONFIGURATIONS));
		defaults.put("click.schedule.enabled", "false");
		if (!command.equals("worker")) {
			// a command makes the beans it uses, not the pages', the API's or the mail's:
			// a shorter start
			defaults.put("spring.main.lazy-initialization", "true");
		}
		if (command.equals("worker")) {
			// a worker never sends partitions, whatever click.batch.remote says
			// (grading/PartitionMode)
			defaults.put("click.batch.worker", "true");
		}
		return defaults;
	}

	/**
	 * The bench prints its own progress (the job's per-chunk lines are quieted) and,
	 * unless {@code --click.output-dir} is given, writes the job's PDFs into a temporary
	 * folder that it deletes at the end, so that it never replaces the outputs of real
	 * runs.
	 */
	private static String[] benchOptions(String[] options, Map<String, Object> defaults) {
		defaults.put("logging.level.th.go.cdd.clickreport.grading", "WARN");
		defaults.put("logging.level.th.go.cdd.clickreport.report", "WARN");
		if (Arrays.stream(options).anyMatch(o -> o.startsWith("--click.output-dir="))) {
			return options;
		}
		try {
			String dir = Files.createTempDirectory("click-bench-output-").toString();
			String[] with = Arrays.copyOf(options, options.length + 2);
			with[options.length] = "--click.output-dir=" + dir;
			with[options.length + 1] = "--" + BenchCommand.SCRATCH_OUTPUT + "=" + dir;
			return with;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary folder for the bench's PDFs", ex);
		}
	}

	/**
	 * The innermost message of a failure, which is the one that says what went wrong
	 * (e.g. a refused connection).
	 */
	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof UserError) {
				break;
			}
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

}
