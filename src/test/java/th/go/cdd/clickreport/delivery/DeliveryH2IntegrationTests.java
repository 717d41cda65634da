package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * The quick start's database (H2 in MySQL mode) takes the delivery schema and its
 * queries: a run delivers, a reminder goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeliveryH2IntegrationTests {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:delivery;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.quartz.scheduler-name", () -> "click-DeliveryH2IntegrationTests");
		registry.add("click.output-dir", () -> output.toString());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecipientRepository recipients;

	@Autowired
	Reminders reminders;

	@Autowired
	RunDeliveries runDeliveries;

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void aRunDeliversAndAReminderGoesOnH2() throws Exception {
		SampleMonth.load(jdbc);
		recipients.add("57", "57", List.of("office@cdd.example.go.th"), "test");
		recipients.add("57", "5703", List.of("cd5703@cdd.example.go.th"), "test");

		long run = launcher.run("57", YearMonth.of(2024, 5)).execution().getId();
		// the office its summary and CSV, 5703 its page
		await().atMost(Duration.ofSeconds(30)).until(() -> runDeliveries.view(run).sent() == 2);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(runDeliveries.json(run).toString()).contains("summary-57-2024-05.pdf", "district-5703-2024-05.pdf",
				"status=SENT");

		assertThat(reminders.remind(LocalDate.of(2024, 6, 10))).isEqualTo(1);
		assertThat(reminders.remind(LocalDate.of(2024, 6, 10))).isZero();
		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 3);
		assertThat(runDeliveries.reminders("57")).hasSize(1)
			.allSatisfy(m -> assertThat(m.recipient()).isEqualTo("cd5703@cdd.example.go.th"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
