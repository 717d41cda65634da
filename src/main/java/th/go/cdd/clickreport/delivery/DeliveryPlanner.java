package th.go.cdd.clickreport.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.report.OutputLayout;

/**
 * Turns a delivery request into messages: for each province of the run, the summary PDF
 * and the grades CSV to each address of its governor's office, and each district's PDF to
 * each of that district's addresses. Unless the request asks for everything, a file goes
 * to an address only when its content's SHA-256 ({@link ContentFingerprint}) differs from
 * that of the file that address was last sent; a message with no file left is not queued.
 * A request is queued in one transaction, and each message's key is unique, so a sender
 * that dies halfway leaves nothing behind and the next one queues the request whole.
 */
class DeliveryPlanner {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

	private final DeliveryRepository deliveries;

	private final RecipientRepository recipients;

	private final OutputLayout layout;

	private final Areas areas;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeliveryPlanner(DeliveryRepository deliveries, RecipientRepository recipients, OutputLayout layout, Areas areas,
			TransactionTemplate transaction, Clock clock) {
		this.deliveries = deliveries;
		this.recipients = recipients;
		this.layout = layout;
		this.areas = areas;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Queues the messages of a request and marks it queued; returns how many were queued.
	 */
	int queue(DeliveryRepository.Request request) throws IOException {
		List<Planned> planned = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String province : ProvinceSelection.codes(request.provinces(), areas)) {
			plan(request, province, planned, notes);
		}
		String note = notes.isEmpty() ? null : String.join("; ", notes);
		Integer queued = transaction.execute(status -> {
			int count = 0;
			for (Planned p : planned) {
				List<DeliveryRepository.FileRef> files = p.files();
				if (!request.resendAll()) {
					files = files.stream()
						.filter(f -> !f.contentSha256()
							.equals(deliveries.lastDeliveredContent(p.recipient(), f.name())))
						.toList();
				}
				if (files.isEmpty()) {
					continue;
				}
				deliveries.supersede(p.recipient(), p.unit(), request.month(), request.id());
				boolean partial = files.size() < p.files().size() || p.deliveredBefore();
				DeliveryText.Text text = p.kind() == MessageKind.SUMMARY
						? DeliveryText.summary(p.provinceName(), request.month(),
								files.stream().map(DeliveryRepository.FileRef::name).toList(), partial, request.runId())
						: DeliveryText.district(p.unitName(), p.provinceName(), request.month(), files.get(0).name(),
								partial, request.runId());
				if (deliveries.queue(
						new DeliveryRepository.NewMessage(
								DeliveryRepository.dedupKey("RUN", String.valueOf(request.id()), p.unit(),
										p.recipient()),
								p.kind(), request.id(), request.runId(), p.province(), p.unit(), request.month(),
								p.recipient(), text.subject(), text.body(), files),
						clock.instant())) {
					count++;
				}
			}
			deliveries.requestQueued(request.id(), count, note, clock.instant());
			return count;
		});
		log.info("Province {} month {} run {}: delivery request {} queued {} message(s){}", request.provinces(),
				request.month(), request.runId(), request.id(), queued, note == null ? "" : " (" + note + ")");
		return queued == null ? 0 : queued;
	}

	/** One message to be: a unit's files for one address. */
	private record Planned(MessageKind kind, String province, String provinceName, String unit, String unitName,
			String recipient, List<DeliveryRepository.FileRef> files, boolean deliveredBefore) {
	}

	private void plan(DeliveryRepository.Request request, String province, List<Planned> planned, List<String> notes)
			throws IOException {
		String provinceName = deliveries.provinceName(province);
		List<String> office = recipients.addresses(province);
		if (office.isEmpty()) {
			notes.add("จังหวัด" + provinceName + " ยังไม่มีที่อยู่อีเมลของสำนักงานจังหวัด");
		}
		else {
			List<DeliveryRepository.FileRef> files = new ArrayList<>();
			for (Path file : List.of(layout.summaryPdf(province, request.month()),
					layout.gradesCsv(province, request.month()))) {
				if (Files.isRegularFile(file)) {
					files.add(fileRef(file));
				}
				else {
					notes.add("ไม่พบไฟล์ " + file.getFileName());
				}
			}
			if (!files.isEmpty()) {
				for (String address : office) {
					planned.add(new Planned(MessageKind.SUMMARY, province, provinceName, province, provinceName,
							address, files, deliveredBefore(address, files)));
				}
			}
		}
		Map<String, String> districts = deliveries.districtNames(province);
		int without = 0;
		for (RecipientRepository.DistrictRecipients district : recipients.districts(province)) {
			if (district.addresses().isEmpty()) {
				without++;
				continue;
			}
			Path file = layout.districtPdf(province, district.code(), request.month());
			if (!Files.isRegularFile(file)) {
				notes.add("ไม่พบไฟล์ " + file.getFileName());
				continue;
			}
			List<DeliveryRepository.FileRef> files = List.of(fileRef(file));
			for (String address : district.addresses()) {
				planned.add(new Planned(MessageKind.DISTRICT, province, provinceName, district.code(),
						districts.getOrDefault(district.code(), district.nameTh()), address, files,
						deliveredBefore(address, files)));
			}
		}
		if (without > 0) {
			notes.add("จังหวัด" + provinceName + " มี " + without + " อำเภอที่ยังไม่มีที่อยู่อีเมล");
		}
	}

	private boolean deliveredBefore(String address, List<DeliveryRepository.FileRef> files) {
		return files.stream().anyMatch(f -> deliveries.lastDeliveredContent(address, f.name()) != null);
	}

	static DeliveryRepository.FileRef fileRef(Path file) throws IOException {
		String sha = sha256(file);
		return new DeliveryRepository.FileRef(file.getFileName().toString(), sha, ContentFingerprint.of(file, sha),
				Files.size(file));
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
