package th.go.cdd.clickreport.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.grading.ProvinceSelection;

/**
 * The deliveries of a run, for the run's page and {@code GET /api/runs/{id}}, and an
 * admin's request to deliver a run's files again.
 */
@Component
public class RunDeliveries {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** A message as the run page shows it. */
	public record MessageView(long id, String kindTh, String unit, String unitName, String recipient, String status,
			String statusTh, int attempts, String lastError, String createdText, String sentText, String nextText,
			String filesText, String shaText) {
	}

	/** A request as the run page shows it. */
	public record RequestView(long id, String requestedBy, String requestedText, String modeTh, String stateTh,
			String note) {
	}

	/** Everything the run page shows of delivery. */
	public record View(boolean mailConfigured, List<RequestView> requests, List<MessageView> messages, long sent,
			long waiting, long failed) {
	}

	private final DeliveryRepository deliveries;

	private final ObjectProvider<DeliveryWorker> worker;

	private final Areas areas;

	private final Clock clock;

	RunDeliveries(DeliveryRepository deliveries, ObjectProvider<DeliveryWorker> worker, Areas areas, Clock clock) {
		this.deliveries = deliveries;
		this.worker = worker;
		this.areas = areas;
		this.clock = clock;
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}). */
	public boolean mailConfigured() {
		return worker.getIfAvailable() != null;
	}

	public View view(long runId) {
		List<DeliveryRepository.MessageRow> rows = deliveries.messagesOfRun(runId);
		List<MessageView> messages = rows.stream().map(RunDeliveries::view).toList();
		List<RequestView> requests = deliveries.requestsOfRun(runId)
			.stream()
			.map(r -> new RequestView(r.id(), r.requestedBy(), shown(r.requestedAt()),
					r.resendAll() ? "ส่งทุกไฟล์" : "เฉพาะไฟล์ที่เปลี่ยนแปลง",
					"QUEUED".equals(r.state()) ? "จัดคิวแล้ว " + r.messages() + " ฉบับ" : "รอจัดคิว", r.note()))
			.toList();
		return new View(mailConfigured(), requests, messages, count(rows, MessageStatus.SENT),
				count(rows, MessageStatus.QUEUED) + count(rows, MessageStatus.SENDING),
				count(rows, MessageStatus.FAILED));
	}

	/** The deliveries of a run as {@code GET /api/runs/{id}} gives them. */
	public Json json(long runId) {
		List<RequestJson> requests = deliveries.requestsOfRun(runId)
			.stream()
			.map(r -> new RequestJson(r.id(), r.requestedBy(), text(r.requestedAt()), r.resendAll(), r.state(),
					r.messages(), r.note()))
			.toList();
		List<MessageJson> messages = deliveries.messagesOfRun(runId)
			.stream()
			.map(m -> new MessageJson(m.id(), m.kind().name(), m.unit(), m.unitName(), List.of(m.recipient()),
					m.status().name(), statusTh(m), m.attempts(), m.lastError(), text(m.createdAt()),
					text(m.lastAttemptAt()), text(m.nextAttemptAt()), text(m.sentAt()),
					m.files().stream().map(f -> new FileJson(f.name(), f.sha256(), f.size())).toList()))
			.toList();
		return new Json(mailConfigured(), requests, messages);
	}

	/**
	 * A run's deliveries in the API: whether mail is configured, the requests to send,
	 * the messages.
	 */
	public record Json(boolean mailConfigured, List<RequestJson> requests, List<MessageJson> messages) {
	}

	/**
	 * A request to deliver a run's files (after the run, or again from its page or the
	 * API).
	 */
	public record RequestJson(long id, String requestedBy, String requestedAt, boolean resendAll, String state,
			Integer messages, String note) {
	}

	/** One message to one recipient, with its files and how sending it went. */
	public record MessageJson(long id, String kind, String unit, String unitName, List<String> recipients,
			String status, String statusTh, int attempts, String lastError, String createdAt, String lastAttemptAt,
			String nextAttemptAt, String sentAt, List<FileJson> files) {
	}

	/** A file of a message and its SHA-256, as the archive holds it. */
	public record FileJson(String name, String sha256, long size) {
	}

	/**
	 * Asks for a run's files to be delivered again: all of them, or only those whose
	 * content differs from what each address was last sent. The sender does it on its own
	 * thread.
	 * @param provinceLimit the one province of an admin limited to it, or null
	 * @throws IllegalStateException when it cannot be done (no SMTP server, the run did
	 * not complete or is not the latest of its month, another province's run): a Thai
	 * sentence
	 * @throws IllegalArgumentException when there is no such run
	 */
	public Requested request(long runId, String provinceLimit, boolean resendAll, String by) {
		DeliveryWorker sender = worker.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (spring.mail.host) จึงส่งอีเมลไม่ได้");
		}
		DeliveryRepository.RunFacts run = deliveries.run(runId)
			.orElseThrow(() -> new IllegalArgumentException("ไม่มีการประมวลผลครั้งที่ " + runId));
		if (!"COMPLETED".equals(run.status())) {
			throw new IllegalStateException("ส่งอีเมลได้เฉพาะการประมวลผลที่สำเร็จแล้ว");
		}
		if (!run.latestOfMonth()) {
			throw new IllegalStateException("เดือนนี้มีการประมวลผลครั้งที่ใหม่กว่า ไฟล์ในคลังเป็นของครั้งนั้น"
					+ " กรุณาสั่งส่งจากหน้าของการประมวลผลครั้งล่าสุด");
		}
		String provinces = run.provinces();
		if (provinceLimit != null) {
			if (!ProvinceSelection.codes(provinces, areas).contains(provinceLimit)) {
				throw new IllegalStateException("บัญชีนี้สั่งส่งได้เฉพาะไฟล์ของจังหวัดที่รับผิดชอบ");
			}
			provinces = provinceLimit;
		}
		long id = deliveries.addRequest(runId, provinces, run.month(), resendAll, by, clock.instant());
		sender.nudge();
		return new Requested(id, provinces, run.month());
	}

	/** A request an admin made: its id, the provinces and month it delivers. */
	public record Requested(long id, String provinces, YearMonth month) {
	}

	/**
	 * The latest reminders sent (or queued) to the districts of a province, newest first.
	 */
	public List<MessageView> reminders(String province) {
		return deliveries.reminders(province, 100)
			.stream()
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.map(RunDeliveries::view)
			.toList();
	}

	private static MessageView view(DeliveryRepository.MessageRow m) {
		return new MessageView(m.id(), m.kind().labelTh(), m.unit(), m.unitName(), m.recipient(), m.status().name(),
				statusTh(m), m.attempts(), m.lastError(), shown(m.createdAt()), shown(m.sentAt()),
				shown(m.nextAttemptAt()),
				m.files().stream().map(DeliveryRepository.FileRef::name).collect(Collectors.joining(", ")),
				m.files().stream().map(f -> f.sha256().substring(0, 12)).collect(Collectors.joining(", ")));
	}

	private static String statusTh(DeliveryRepository.MessageRow m) {
		if (m.status() == MessageStatus.FAILED) {
			return m.nextAttemptAt() == null ? "ส่งไม่สำเร็จ (หยุดลองแล้ว)" : "ส่งไม่สำเร็จ (จะลองใหม่)";
		}
		return m.status().labelTh();
	}

	private static long count(List<DeliveryRepository.MessageRow> rows, MessageStatus status) {
		return rows.stream().filter(m -> m.status() == status).count();
	}

	/** 5/6/2567 10:00:00, Bangkok time with the Buddhist-Era year. */
	private static String shown(Instant at) {
		if (at == null) {
			return "-";
		}
		ZonedDateTime t = at.atZone(BangkokTime.ZONE);
		return t.getDayOfMonth() + "/" + t.getMonthValue() + "/" + (t.getYear() + 543) + " " + TIME.format(t);
	}

	private static String text(Instant at) {
		return at == null ? null : at.atZone(BangkokTime.ZONE).toOffsetDateTime().toString();
	}

}
