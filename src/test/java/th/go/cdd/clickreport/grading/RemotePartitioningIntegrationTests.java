package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.cli.CommandLine;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.support.CommandProcess;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * One manager and two workers sharing nothing but the MariaDB database, the output folder
 * and the RabbitMQ broker on this machine (127.0.0.1:5672, guest/guest). The workers are
 * processes of their own, started as an operator starts them
 * ({@code ClickReportApplication worker --option=…}); the manager is an application
 * context in the test, so that the test can launch and read the run. The manager sends
 * the partitions of a month, the workers grade and render them, and the grades are those
 * of grading one by one.
 */
class RemotePartitioningIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final String QUEUE = "click.test.partitions." + UUID.randomUUID();

	static final Duration START = Duration.ofMinutes(3);

	static ConfigurableApplicationContext manager;

	static final List<CommandProcess> workers = new ArrayList<>();

	static Path output;

	static Map<String, Object> common;

	@BeforeAll
	static void start() throws Exception {
		output = Files.createTempDirectory("click-remote");
		String url = MariaDbDatabase.create(RemotePartitioningIntegrationTests.class);
		common = new LinkedHashMap<>();
		common.put("spring.datasource.url", url);
		common.put("spring.datasource.username", MariaDbDatabase.USER);
		common.put("spring.datasource.password", MariaDbDatabase.PASSWORD);
		common.put("click.batch.queue", QUEUE);
		common.put("click.output-dir", output.toString());
		common.put("click.batch.chunk-size", "3");
		common.put("click.batch.partition-districts", "5");
		common.put("click.batch.grade-partition-districts", "5");

		// The manager runs as the command line would run it (no schedule, no recovery of
		// others' runs),
		// and migrates the new database before the workers start.
		Map<String, Object> managerProperties = new HashMap<>(CommandLine.defaultProperties("run"));
		managerProperties.putAll(common);
		managerProperties.put("click.batch.remote", "true");
		manager = start(managerProperties);
		for (int i = 0; i < 2; i++) {
			List<String> arguments = new ArrayList<>(List.of("worker", "--click.batch.threads=1"));
			arguments.addAll(options(common));
			// the second as a deployment's shared settings (one environment file for
			// every machine) have it:
			// remote=true; a worker still only takes partitions
			Map<String, String> environment = i == 1 ? Map.of("CLICK_BATCH_REMOTE", "true") : Map.of();
			workers.add(CommandProcess.start("worker-" + (i + 1), arguments, environment));
		}
		for (CommandProcess worker : workers) {
			worker.awaitLine(line -> line.startsWith("Worker taking partitions from queue " + QUEUE), START);
		}
	}

	/**
	 * Properties as command-line arguments, which (unlike defaults) win over
	 * application.properties.
	 */
	static ConfigurableApplicationContext start(Map<String, Object> properties) {
		String[] args = properties.entrySet()
			.stream()
			.filter(e -> !e.getKey().startsWith("logging."))
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ClickReportApplication.class).web(WebApplicationType.NONE).run(args);
	}

	static List<String> options(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
	}

	@AfterAll
	static void stop() throws Exception {
		for (CommandProcess worker : workers) {
			worker.close();
		}
		if (manager != null) {
			new RabbitAdmin(manager.getBean(ConnectionFactory.class)).deleteQueue(QUEUE);
			manager.close();
		}
	}

	/** How many partitions a worker process says it ran. */
	static long partitionsRun(CommandProcess worker) {
		return worker.lines().stream().filter(line -> line.contains(": worker ran partition ")).count();
	}

	@Test
	void workersGradeThePartitionsAManagerSendsExactlyAsLocalGradingDoes() throws Exception {
		JdbcTemplate jdbc = manager.getBean(JdbcTemplate.class);
		SubmissionRows rows = new SubmissionRows(jdbc);
		rows.levelA("S-5701", "5701", "2024-06-05T10:00:00+07:00", 10);
		rows.levelA("S-5712", "5712", "2024-06-25T10:00:00+07:00", 10);
		rows.levelA("S-1033", "1033", "2024-06-03T10:00:00+07:00", 9);

		MonthlyRunLauncher.Outcome outcome = manager.getBean(MonthlyRunLauncher.class).run("10,57", MAY);

		assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// 68 districts (50 + 18) in ranges of at most 5 that stay within a province (the
		// provinces between
		// are not in the run), 10 + 4 rounded up to 16 for the grid of 8, graded and then
		// rendered
		// (16 + 16), and one partition per province for its grades CSV and summary (2).
		// (a worker logs a partition just after its step execution is stored as
		// COMPLETED)
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (partitionsRun(workers.get(0)) + partitionsRun(workers.get(1)) < 34 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		long first = partitionsRun(workers.get(0));
		long second = partitionsRun(workers.get(1));
		assertThat(first + second).isEqualTo(34);
		assertThat(first).isPositive();
		assertThat(second).isPositive();

		Map<String, String> expected = OneByOneGrading.expected(jdbc, manager.getBean(RubricRepository.class),
				manager.getBean(SubmissionReader.class), MAY, "10", "57");
		Map<String, String> graded = OneByOneGrading.stored(jdbc, MAY);
		assertThat(graded).hasSize(68)
			.isEqualTo(expected)
			.containsEntry("5701", "A 10 SUBMITTED")
			.containsEntry("5712", "A 10 LATE")
			.containsEntry("1033", "D 4 SUBMITTED");
		// The workers wrote the outputs into the shared output folder.
		assertThat(output.resolve("57/2024-05/summary-57-2024-05.pdf")).isNotEmptyFile();
		assertThat(output.resolve("10/2024-05/district-1050-2024-05.pdf")).isNotEmptyFile();
		try (var files = Files.list(output.resolve("10/2024-05"))) {
			assertThat(files.filter(p -> p.getFileName().toString().startsWith("district-"))).hasSize(50);
		}
	}

	@Test
	void aWorkerThatCannotReachTheBrokerStopsWithOneSentence() throws Exception {
		List<String> arguments = new ArrayList<>(List.of("worker", "--spring.rabbitmq.port=1"));
		arguments.addAll(options(common));

		try (CommandProcess worker = CommandProcess.start("worker-without-broker", arguments, Map.of())) {
			assertThat(worker.exitCode(START)).isEqualTo(1);
			assertThat(worker.lines())
				.contains("Failed: Cannot reach RabbitMQ at localhost:1 (Connection refused): "
						+ "start it, or point spring.rabbitmq.host and spring.rabbitmq.port at it.")
				.noneMatch(line -> line.contains("Exception"));
		}
	}

}
