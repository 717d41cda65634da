package th.go.cdd.clickreport.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import th.go.cdd.clickreport.report.OutputLayout;

/**
 * Sends the queue, on a thread of its own: every {@code click.delivery.sweep-interval},
 * and at once when {@link #nudge()}d (a run completed, an admin asked). Never on a run's
 * thread, so a slow or failed mail server never delays or fails a run.
 *
 * <p>
 * A message goes out in three steps: <b>claim</b> (one conditional UPDATE, committed:
 * status SENDING, this sender's token, a claim valid for
 * {@code click.delivery.claim-timeout}, the attempt counted), <b>send</b> (SMTP),
 * <b>record</b> (SENT, or FAILED with the error and the time of the next attempt,
 * exponential backoff, given up after {@code click.delivery.max-attempts}). Two servers
 * never send the same message at once: only one claim can succeed. A sender that dies
 * after its claim leaves the row SENDING; once the claim expires, any sender takes it
 * again.
 *
 * <p>
 * <b>At least once.</b> Had the sender died after the mail server accepted the message
 * and before SENT was recorded, the message goes out again after the claim expires: a
 * duplicate rather than a loss, for official documents. The window is the time between
 * the server's reply to the message's data and one UPDATE; the duplicate carries the same
 * Message-ID. A message is never lost: it stays QUEUED, FAILED or SENDING in the database
 * until it is SENT or given up.
 */
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final DeliveryRepository deliveries;

	private final DeliveryPlanner planner;

	private final MailSending mail;

	private final OutputLayout layout;

	private final DeliverySettings settings;

	private final Clock clock;

	private final String node;

	private final AtomicBoolean nudged = new AtomicBoolean();

	private final boolean autoStartup;

	private volatile ScheduledExecutorService executor;

	DeliveryWorker(DeliveryRepository deliveries, DeliveryPlanner planner, MailSending mail, OutputLayout layout,
			DeliverySettings settings, Clock clock, String node, boolean autoStartup) {
		this.autoStartup = autoStartup;
		this.deliveries = deliveries;
		this.planner = planner;
		this.mail = mail;
		this.layout = layout;
		this.settings = settings;
		this.clock = clock;
		this.node = node;
	}

	/** A name for this process among the servers that share the database. */
	static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown";
		}
		return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Sends what is due soon after this call, on the sender's thread; returns at once.
	 */
	void nudge() {
		ScheduledExecutorService running = executor;
		if (running != null && nudged.compareAndSet(false, true)) {
			try {
				running.execute(this::sweepQuietly);
			}
			catch (RuntimeException ex) {
				nudged.set(false); // shutting down: the next server start sends it
			}
		}
	}

	private void sweepQuietly() {
		nudged.set(false);
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Delivery: a sweep of the queue failed, tried again in {}: {}", settings.sweepInterval(),
					ex.toString());
		}
	}

	/**
	 * Queues the pending requests, then sends every message due now.
	 * @return the messages sent
	 */
	int sweep() {
		Instant now = clock.instant();
		for (DeliveryRepository.Request request : deliveries.claimRequests(node, now, now.plus(settings.claimTimeout()),
				20)) {
			try {
				planner.queue(request);
			}
			catch (IOException | RuntimeException ex) {
				// the claim runs out and the request is taken again
				log.warn("Province {} month {} run {}: delivery request {} could not be queued: {}",
						request.provinces(), request.month(), request.runId(), request.id(), ex.toString());
			}
		}
		int gaveUp = deliveries.giveUpAbandoned(clock.instant(), settings.maxAttempts(),
				"ผู้ส่งหยุดทำงานระหว่างส่งจนครบจำนวนครั้งที่กำหนด ยกเลิกการส่งอัตโนมัติ");
		if (gaveUp > 0) {
			log.warn("Delivery: {} message(s) given up, their senders stopped while sending them {} times", gaveUp,
					settings.maxAttempts());
		}
		int sent = 0;
		List<Long> due = deliveries.due(clock.instant(), settings.maxAttempts(), settings.batchSize());
		while (!due.isEmpty() && !Thread.currentThread().isInterrupted()) {
			for (long id : due) {
				if (sendOne(id)) {
					sent++;
				}
			}
			List<Long> more = deliveries.due(clock.instant(), settings.maxAttempts(), settings.batchSize());
			// only messages that are not the ones just tried (a failure is due again only
			// after its backoff)
			if (more.equals(due)) {
				break;
			}
			due = more;
		}
		return sent;
	}

	/**
	 * Claims, sends and records one message; false when another sender has it or it
	 * failed.
	 */
	boolean sendOne(long id) {
		Instant now = clock.instant();
		Optional<DeliveryRepository.Claimed> claim = deliveries.claim(id, node, UUID.randomUUID().toString(), now,
				now.plus(settings.claimTimeout()), settings.maxAttempts());
		if (claim.isEmpty()) {
			return false;
		}
		DeliveryRepository.Claimed m = claim.get();
		List<MailSending.Attachment> attachments = new ArrayList<>();
		try {
			for (DeliveryRepository.FileRef file : m.files()) {
				Path path = pathOf(m, file.name());
				byte[] bytes = Files.readAllBytes(path);
				String sha = DeliveryPlanner.sha256(bytes);
				if (!sha.equals(file.sha256())) {
					// A later run rewrote the file. The same content in new bytes (its
					// dates) is sent as it is now;
					// new content is the later run's to send (its request compared it
					// with this message's).
					if (!ContentFingerprint.of(path, sha).equals(file.contentSha256())) {
						deliveries.superseded(m, "ไฟล์ " + file.name()
								+ " ถูกแทนที่ด้วยการประมวลผลครั้งใหม่แล้ว ไฟล์ใหม่จะส่งตามคำขอของการประมวลผลครั้งนั้น");
						log.info("Province {} month {}: message {} to {} superseded, {} changed since it was queued",
								m.province(), m.month(), m.id(), m.recipient(), file.name());
						return false;
					}
					deliveries.fileRewritten(m.id(), file.name(), sha, bytes.length);
				}
				attachments.add(new MailSending.Attachment(file.name(), bytes));
			}
		}
		catch (NoSuchFileException ex) {
			return failed(m, "ไม่พบไฟล์ " + ex.getFile() + " ในคลังรายงาน");
		}
		catch (IOException ex) {
			return failed(m, "อ่านไฟล์ไม่ได้: " + ex.getMessage());
		}
		try {
			mail.send(m.id(), m.recipient(), m.subject(), m.body(), attachments);
		}
		catch (Exception ex) {
			return failed(m, "ส่งอีเมลไม่สำเร็จ: " + rootMessage(ex));
		}
		if (!deliveries.sent(m, clock.instant())) {
			log.warn(
					"Province {} month {}: message {} to {} was sent, but its claim had expired and another sender"
							+ " holds it (claim timeout {} too short for the mail server?)",
					m.province(), m.month(), m.id(), m.recipient(), settings.claimTimeout());
		}
		log.info("Province {} month {}: {} message {} sent to {} (attempt {})", m.province(), m.month(), m.kind(),
				m.id(), m.recipient(), m.attempts());
		return true;
	}

	private boolean failed(DeliveryRepository.Claimed m, String error) {
		Instant next = m.attempts() >= settings.maxAttempts() ? null
				: clock.instant().plus(settings.backoff(m.attempts()));
		deliveries.failed(m, error, next);
		log.warn("Province {} month {}: message {} to {} failed (attempt {} of {}{}): {}", m.province(), m.month(),
				m.id(), m.recipient(), m.attempts(), settings.maxAttempts(),
				next == null ? ", given up" : ", next at " + next, error);
		return false;
	}

	private Path pathOf(DeliveryRepository.Claimed m, String fileName) {
		return layout.monthDir(m.province(), m.month()).resolve(Path.of(fileName).getFileName().toString());
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != ex) {
			text.append(" (")
				.append(root.getClass().getSimpleName())
				.append(": ")
				.append(root.getMessage())
				.append(')');
		}
		return text.toString();
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "click-delivery");
			t.setDaemon(true);
			return t;
		});
		long every = Math.max(100, settings.sweepInterval().toMillis());
		started.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
		executor = started;
		log.info("Delivery: sender {} started, from {}, every {}, at most {} attempts", node, settings.from(),
				settings.sweepInterval(), settings.maxAttempts());
		nudge(); // what was left queued when the server stopped
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = executor;
		executor = null;
		if (running != null) {
			running.shutdown();
			try {
				// a message being sent now is finished, or left SENDING for another
				// sender after its claim
				if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
					running.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				running.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isAutoStartup() {
		return autoStartup;
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
