package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * Delivery against a real SMTP server (GreenMail on 127.0.0.1, a free port) and the real
 * MariaDB: the sample month is run, the messages read back and their attachments compared
 * with the archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeliveryIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final int SMTP_PORT = freePort();

	static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);

	static GreenMail smtp;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, DeliveryIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
		registry.add("click.delivery.from", () -> "click@cdd.example.go.th");
		registry.add("click.delivery.retry-initial", () -> "1s");
		registry.add("click.delivery.retry-max", () -> "1s");
		registry.add("click.delivery.claim-timeout", () -> CLAIM_TIMEOUT.toSeconds() + "s");
		// sweeps come from the run's completion and from the tests, not from the clock
		registry.add("click.delivery.sweep-interval", () -> "1h");
		registry.add("click.public-url", () -> "https://click.example.go.th/");
	}

	@Autowired
	MonthlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecipientRepository recipients;

	@Autowired
	DeliveryRepository deliveries;

	@Autowired
	DeliveryPlanner planner;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	MailSending mailSending;

	@Autowired
	DeliverySettings settings;

	@Autowired
	Reminders reminders;

	@Autowired
	OutputLayout layout;

	@Autowired
	Scheduler scheduler;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startSmtp() {
		smtp = startedSmtp();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void clean() throws Exception {
		for (String table : List.of("delivery_file", "delivery_message", "delivery_request", "delivery_recipient")) {
			jdbc.update("DELETE FROM " + table);
		}
		smtp.purgeEmailFromAllMailboxes();
		SampleMonth.load(jdbc);
	}

	@AfterEach
	void smtpUp() {
		if (!smtp.isRunning()) {
			smtp = startedSmtp();
		}
	}

	@Test
	void aCompletedRunSendsTheSummaryAndCsvToTheOfficeAndEachDistrictItsPageByteForByte() throws Exception {
		addRecipients();

		MonthlyRunLauncher.Outcome run = launcher.run("57", MAY);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		awaitStatus("SENT", 4);
		List<MimeMessage> received = List.of(smtp.getReceivedMessages());
		assertThat(received).hasSize(4);
		MimeMessage office = to(received, "office@cdd.example.go.th");
		assertThat(office.getSubject()).contains("จังหวัดเชียงราย")
			.contains("พฤษภาคม 2567")
			.doesNotContain("ฉบับปรับปรุง");
		String officeBody = body(office);
		assertThat(officeBody).contains("เรียน ผู้ว่าราชการจังหวัดเชียงราย")
			.contains("summary-57-2024-05.pdf")
			.contains("grades-57-2024-05.csv")
			.contains("จึงเรียนมาเพื่อโปรดทราบ");
		assertThat(attachments(office)).containsOnlyKeys("summary-57-2024-05.pdf", "grades-57-2024-05.csv");
		assertThat(attachments(office).get("summary-57-2024-05.pdf"))
			.isEqualTo(Files.readAllBytes(layout.summaryPdf("57", MAY)));
		assertThat(attachments(office).get("grades-57-2024-05.csv"))
			.isEqualTo(Files.readAllBytes(layout.gradesCsv("57", MAY)));
		for (String address : List.of("cd5702@cdd.example.go.th", "cd5702.chief@cdd.example.go.th")) {
			MimeMessage district = to(received, address);
			assertThat(district.getSubject()).contains("อำเภอเวียงชัย").contains("พฤษภาคม 2567");
			assertThat(body(district)).contains("เรียน พัฒนาการอำเภอเวียงชัย");
			assertThat(attachments(district)).containsOnlyKeys("district-5702-2024-05.pdf");
			assertThat(attachments(district).get("district-5702-2024-05.pdf"))
				.isEqualTo(Files.readAllBytes(layout.districtPdf("57", "5702", MAY)));
		}
		assertThat(attachments(to(received, "cd5701@cdd.example.go.th")).get("district-5701-2024-05.pdf"))
			.isEqualTo(Files.readAllBytes(layout.districtPdf("57", "5701", MAY)));
		// the record: each message once, its files' SHA-256 those of the archive's files
		assertThat(jdbc.queryForObject("SELECT sha256 FROM delivery_file WHERE file_name = 'summary-57-2024-05.pdf'",
				String.class))
			.isEqualTo(DeliveryPlanner.sha256(layout.summaryPdf("57", MAY)));
		assertThat(jdbc.queryForList("SELECT attempts FROM delivery_message", Integer.class)).containsOnly(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_message WHERE job_execution_id = ?",
				Integer.class, run.execution().getId()))
			.isEqualTo(4);
	}

	@Test
	void aReRunWithoutChangesSendsNothingAndOneWithAChangedDistrictSendsOnlyWhatChanged() throws Exception {
		addRecipients();
		launcher.run("57", MAY);
		awaitStatus("SENT", 4);
		smtp.purgeEmailFromAllMailboxes();

		MonthlyRunLauncher.Outcome same = launcher.run("57", MAY);
		awaitRequestQueued(same.execution().getId());
		worker.sweep();

		assertThat(same.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(jdbc.queryForObject("SELECT messages FROM delivery_request WHERE job_execution_id = ?",
				Integer.class, same.execution().getId()))
			.isZero();

		// 5702 corrects its report: its page, the summary and the CSV change; 5701's page
		// does not
		jdbc.update("UPDATE submission SET officials_downloaded = 1 WHERE source_id = 'S-5702'");
		MonthlyRunLauncher.Outcome changed = launcher.run("57", MAY);
		awaitRequestQueued(changed.execution().getId());
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 3);
		worker.sweep();

		List<MimeMessage> received = List.of(smtp.getReceivedMessages());
		assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("office@cdd.example.go.th", "cd5702@cdd.example.go.th",
					"cd5702.chief@cdd.example.go.th");
		MimeMessage office = to(received, "office@cdd.example.go.th");
		assertThat(office.getSubject()).contains("ฉบับปรับปรุง");
		assertThat(attachments(office).get("summary-57-2024-05.pdf"))
			.isEqualTo(Files.readAllBytes(layout.summaryPdf("57", MAY)));
		assertThat(attachments(to(received, "cd5702@cdd.example.go.th")).get("district-5702-2024-05.pdf"))
			.isEqualTo(Files.readAllBytes(layout.districtPdf("57", "5702", MAY)));
	}

	@Test
	void anAdminAskingForEverythingResendsEveryFile() throws Exception {
		addRecipients();
		MonthlyRunLauncher.Outcome run = launcher.run("57", MAY);
		awaitStatus("SENT", 4);
		smtp.purgeEmailFromAllMailboxes();

		deliveries.addRequest(run.execution().getId(), "57", MAY, true, "chief", clock.instant());
		worker.nudge();

		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 4);
		assertThat(attachments(to(List.of(smtp.getReceivedMessages()), "office@cdd.example.go.th")))
			.containsOnlyKeys("summary-57-2024-05.pdf", "grades-57-2024-05.csv");
	}

	@Test
	void aMailServerThatDropsConnectionsNeitherFailsNorDelaysTheRunAndTheMessagesGoOnceItIsBack() throws Exception {
		addRecipients();
		smtp.stop();
		try (ServerSocket dropping = new ServerSocket(SMTP_PORT, 50, InetAddress.getByName("127.0.0.1"))) {
			CompletableFuture.runAsync(() -> acceptAndClose(dropping));

			MonthlyRunLauncher.Outcome run = launcher.run("57", MAY);

			assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(jdbc.queryForObject("SELECT status FROM grading_run WHERE job_execution_id = ?", String.class,
					run.execution().getId()))
				.isEqualTo("COMPLETED");
			awaitStatus("FAILED", 4);
		}
		List<Map<String, Object>> failed = jdbc
			.queryForList("SELECT attempts, last_error, next_attempt_at FROM delivery_message");
		assertThat(failed).allSatisfy(row -> {
			assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
			assertThat((String) row.get("last_error")).startsWith("ส่งอีเมลไม่สำเร็จ");
			assertThat(row.get("next_attempt_at")).isNotNull();
		});

		smtp = startedSmtp();
		Thread.sleep(settings.retryInitial().toMillis() + 200);
		worker.sweep();
		worker.sweep();

		assertThat(jdbc.queryForList("SELECT status FROM delivery_message", String.class)).containsOnly("SENT");
		assertThat(jdbc.queryForList("SELECT attempts FROM delivery_message", Integer.class)).containsOnly(2);
		assertThat(deliveryIds(smtp.getReceivedMessages())).hasSize(4).doesNotHaveDuplicates();
	}

	@Test
	void aMessageClaimedBySenderThatDiedIsSentOnceAfterTheClaimTimesOut() throws Exception {
		MonthlyRunLauncher.Outcome run = launcher.run("57", MAY); // no recipients yet:
																	// nothing queued
		awaitRequestQueued(run.execution().getId());
		addRecipients();
		long request = deliveries.addRequest(1, "57", MAY, false, "test", clock.instant());
		// queued as a sender would, then claimed by a sender that dies before it sends
		// anything
		DeliveryRepository.Request claimed = deliveries
			.claimRequests("dead-node", clock.instant(), clock.instant().plus(CLAIM_TIMEOUT), 10)
			.get(0);
		assertThat(claimed.id()).isEqualTo(request);
		assertThat(planner.queue(claimed)).isEqualTo(4);
		Instant now = clock.instant();
		for (long id : deliveries.due(now, settings.maxAttempts(), 100)) {
			assertThat(deliveries.claim(id, "dead-node", UUID.randomUUID().toString(), now, now.plus(CLAIM_TIMEOUT),
					settings.maxAttempts()))
				.isPresent();
		}

		assertThat(worker.sweep()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		Thread.sleep(CLAIM_TIMEOUT.toMillis() + 300);
		assertThat(worker.sweep()).isEqualTo(4);
		assertThat(worker.sweep()).isZero();

		assertThat(deliveryIds(smtp.getReceivedMessages())).hasSize(4).doesNotHaveDuplicates();
		assertThat(jdbc.queryForList("SELECT status FROM delivery_message", String.class)).containsOnly("SENT");
		assertThat(jdbc.queryForList("SELECT attempts FROM delivery_message", Integer.class)).containsOnly(2);
	}

	@Test
	void twoServersSweepingTheSameQueueSendEachMessageOnce() throws Exception {
		MonthlyRunLauncher.Outcome run = launcher.run("57", MAY);
		awaitRequestQueued(run.execution().getId());
		addRecipients();
		for (int i = 0; i < 5; i++) {
			deliveries.addRequest(1, "57", MAY, true, "test", clock.instant());
		}
		DeliveryWorker other = new DeliveryWorker(deliveries, planner, mailSending, layout, settings, clock,
				"other-server", false);
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sweepAfter(go, worker));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sweepAfter(go, other));
		go.countDown();
		int sent = first.get() + second.get();
		sent += worker.sweep() + other.sweep();

		// each request supersedes the waiting messages of the one before: what is left is
		// sent once
		int toSend = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_message WHERE status = 'SENT'", Integer.class);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM delivery_message WHERE status IN ('QUEUED', 'SENDING', 'FAILED')", Integer.class))
			.isZero();
		assertThat(sent).isEqualTo(toSend);
		assertThat(deliveryIds(smtp.getReceivedMessages())).hasSize(toSend)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(jdbc
				.queryForList("SELECT CAST(id AS CHAR) FROM delivery_message WHERE status = 'SENT'", String.class));
		assertThat(toSend).isGreaterThanOrEqualTo(4);
	}

	@Test
	void remindersGoOnlyToDistrictsWithoutASubmissionOncePerDay() throws Exception {
		// 5701 and 5704 (invalid, but sent) have submitted May; 5703 has not
		recipients.add("57", "5701", List.of("cd5701@cdd.example.go.th"), "test");
		recipients.add("57", "5703", List.of("cd5703@cdd.example.go.th"), "test");
		recipients.add("57", "5704", List.of("cd5704@cdd.example.go.th"), "test");

		assertThat(reminders.remind(LocalDate.of(2024, 6, 10))).isEqualTo(1);
		assertThat(reminders.remind(LocalDate.of(2024, 6, 10))).isZero();
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
		worker.sweep();

		MimeMessage reminder = smtp.getReceivedMessages()[0];
		assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("cd5703@cdd.example.go.th");
		assertThat(reminder.getSubject())
			.isEqualTo("แจ้งเตือน: อำเภอเชียงของ ยังไม่ได้ส่งรายงาน Click ชุมชน ประจำเดือนพฤษภาคม 2567");
		assertThat(body(reminder)).contains("ภายในวันที่ 15 มิถุนายน 2567")
			.contains("https://click.example.go.th/report/5703/2024-05");
		assertThat(smtp.getReceivedMessages()).hasSize(1);

		assertThat(reminders.remind(LocalDate.of(2024, 6, 14))).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 2);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM delivery_message WHERE kind = 'REMINDER' AND status = 'SENT'", Integer.class))
			.isEqualTo(2);
		// the Quartz trigger: the 10th and 14th at 09:00, Bangkok time
		CronTrigger trigger = (CronTrigger) scheduler.getTrigger(ReminderSchedule.TRIGGER);
		assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 10,14 * ?");
		assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Bangkok");
	}

	// --- helpers ---

	private void addRecipients() {
		recipients.add("57", "57", List.of("office@cdd.example.go.th"), "test");
		recipients.add("57", "5701", List.of("cd5701@cdd.example.go.th"), "test");
		recipients.add("57", "5702", List.of("cd5702@cdd.example.go.th", "cd5702.chief@cdd.example.go.th"), "test");
	}

	private void awaitStatus(String status, int count) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM delivery_message WHERE status = ?", Integer.class,
					status) == count);
	}

	private void awaitRequestQueued(long runId) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM delivery_request WHERE job_execution_id = ? AND state = 'QUEUED'",
					Integer.class, runId) == 1);
	}

	private static int sweepAfter(CountDownLatch go, DeliveryWorker sender) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return sender.sweep();
	}

	private static List<String> deliveryIds(MimeMessage[] messages) throws Exception {
		List<String> ids = new ArrayList<>();
		for (MimeMessage m : messages) {
			ids.add(m.getHeader("X-Click-Delivery")[0]);
		}
		return ids;
	}

	private static MimeMessage to(List<MimeMessage> messages, String address) throws Exception {
		for (MimeMessage m : messages) {
			if (m.getAllRecipients()[0].toString().equals(address)) {
				return m;
			}
		}
		throw new AssertionError("No message to " + address);
	}

	private static String body(MimeMessage message) throws Exception {
		Object content = message.getContent();
		if (content instanceof String text) {
			return text;
		}
		Multipart multipart = (Multipart) content;
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return (String) part.getContent();
			}
		}
		throw new AssertionError("No text body");
	}

	private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
		Map<String, byte[]> files = new HashMap<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				try (InputStream in = part.getInputStream()) {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					in.transferTo(bytes);
					files.put(part.getFileName(), bytes.toByteArray());
				}
			}
		}
		return files;
	}

	private static void acceptAndClose(ServerSocket server) {
		while (!server.isClosed()) {
			try (Socket client = server.accept()) {
				// closed at once: the client sees the connection dropped before the
				// server's greeting
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private static GreenMail startedSmtp() {
		GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
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
