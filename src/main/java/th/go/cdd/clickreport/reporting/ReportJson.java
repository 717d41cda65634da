package th.go.cdd.clickreport.reporting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.reporting.ReportException.Kind;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's JSON (SPEC §9): a request body read into a {@link ReportContent} (every
 * value as text, so that a wrong one is a 422 naming its field, never a 400 or a 500),
 * and the answers as records. Times are ISO with the Bangkok offset
 * ({@code 2024-06-05T10:12:00+07:00}).
 */
final class ReportJson {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

	private ReportJson() {
	}

	// ---- requests

	/** A PUT body: the content, "submit" and "version". */
	record SaveRequest(ReportContent content, boolean submit, Integer version) {
	}

	/** A body of return/accept/reopen: an optional reason and version. */
	record DecisionRequest(String reason, Integer version) {
	}

	static JsonNode parse(JsonMapper json, String body) {
		if (body == null || body.isBlank()) {
			throw new ReportException(Kind.UNREADABLE, null, "ไม่มีข้อมูลในคำขอ (ต้องส่งเป็น JSON)");
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ReportException(Kind.UNREADABLE, null, "ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง (บรรทัด "
					+ ex.getLocation().getLineNr() + " ตำแหน่ง " + ex.getLocation().getColumnNr() + ")");
		}
		if (root == null || !root.isObject()) {
			throw new ReportException(Kind.UNREADABLE, null, "ข้อมูลที่ส่งมาต้องเป็น JSON object ({ … })");
		}
		return root;
	}

	static SaveRequest saveRequest(JsonNode root) {
		List<FieldError> errors = new ArrayList<>();
		List<ReportContent.Official> officials = list(root, "officials", errors,
				n -> new ReportContent.Official(text(n, "position"), text(n, "downloaded")));
		List<ReportContent.Service> services = list(root, "services", errors,
				n -> new ReportContent.Service(text(n, "code"), text(n, "relevant"), text(n, "updated")));
		List<ReportContent.PrMedia> pr = list(root, "prMedia", errors,
				n -> new ReportContent.PrMedia(text(n, "publishedOn"), channels(n.get("channels")), text(n, "title"),
						text(n, "link")));
		List<ReportContent.Activity> activities = list(root, "activities", errors,
				n -> new ReportContent.Activity(text(n, "heldOn"), text(n, "title"), text(n, "participants")));
		List<ReportContent.Download> downloads = list(root, "downloads", errors,
				n -> new ReportContent.Download(text(n, "tambonCode"), text(n, "downloads")));
		boolean submit = false;
		JsonNode s = root.get("submit");
		if (s != null && !s.isNull()) {
			if (s.isBoolean()) {
				submit = s.booleanValue();
			}
			else {
				errors.add(new FieldError("submit", "submit ต้องเป็น true (ส่งรายงาน) หรือ false (บันทึกร่าง)"));
			}
		}
		Integer version = version(root, errors);
		if (!errors.isEmpty()) {
			throw new ReportException(Kind.INVALID, errors);
		}
		ReportContent content = new ReportContent(text(root, "officialsTotal"), text(root, "officialsDownloaded"),
				officials, services, pr, activities, downloads);
		return new SaveRequest(content, submit, version);
	}

	static DecisionRequest decisionRequest(JsonMapper json, String body) {
		if (body == null || body.isBlank()) {
			return new DecisionRequest(null, null);
		}
		JsonNode root = parse(json, body);
		List<FieldError> errors = new ArrayList<>();
		Integer version = version(root, errors);
		JsonNode reason = root.get("reason");
		if (reason != null && !reason.isNull() && !reason.isString()) {
			errors.add(new FieldError("reason", "reason ต้องเป็นข้อความ"));
		}
		if (!errors.isEmpty()) {
			throw new ReportException(Kind.INVALID, errors);
		}
		return new DecisionRequest(reason == null || reason.isNull() ? null : reason.stringValue(), version);
	}

	private static Integer version(JsonNode root, List<FieldError> errors) {
		JsonNode v = root.get("version");
		if (v == null || v.isNull()) {
			return null;
		}
		if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1) {
			return v.intValue();
		}
		errors
			.add(new FieldError("version", "version ต้องเป็นเลขฉบับล่าสุดที่เปิดอยู่ (จำนวนเต็มตั้งแต่ 1) หรือ null"));
		return null;
	}

	/**
	 * A scalar as text (numbers and booleans as JSON writes them); an object or array as
	 * its JSON, which no rule reads.
	 */
	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static List<String> channels(JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			return List.of(node.isValueNode() ? node.asString() : node.toString());
		}
		List<String> channels = new ArrayList<>();
		for (JsonNode c : node) {
			channels.add(c.isValueNode() ? c.asString() : c.toString());
		}
		return channels;
	}

	private static <T> List<T> list(JsonNode root, String name, List<FieldError> errors, Function<JsonNode, T> item) {
		JsonNode node = root.get(name);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			errors.add(new FieldError(name, name + " ต้องเป็นรายการ (JSON array [ … ])"));
			return List.of();
		}
		List<T> items = new ArrayList<>();
		int i = 0;
		for (JsonNode n : node) {
			if (!n.isObject()) {
				errors.add(new FieldError(name + "[" + i + "]",
						"รายการที่ " + (i + 1) + " ของ " + name + " ต้องเป็น JSON object ({ … })"));
			}
			else {
				items.add(item.apply(n));
			}
			i++;
		}
		return items;
	}

	// ---- answers

	record Errors(List<FieldError> errors) {
	}

	record Saved(int version, ReportState state, SubmissionStatus status, String submittedAt, List<FieldError> warnings,
			ProjectedJson projected) {

		static Saved of(ReportView v) {
			return new Saved(v.version(), v.state(), v.status(), time(v.submittedAt()), v.warnings(),
					ProjectedJson.of(v.projected()));
		}

	}

	record Checked(List<FieldError> errors, List<FieldError> warnings, ProjectedJson projected) {
	}

	record ProjectedJson(String level, int score, SubmissionStatus status, String nextLevel,
			List<Projection.Item> needs, List<Projection.Item> items) {

		static ProjectedJson of(Projection p) {
			return p == null ? null
					: new ProjectedJson(p.level(), p.score(), p.status(), p.nextLevel(), p.needs(), p.items());
		}

	}

	record Report(String district, String districtName, String province, String month, ReportState state,
			String stateTh, Integer version, SubmissionStatus status, String submittedAt, String returnReason,
			String deadline, Content content, ProjectedJson projected, List<FieldError> errors,
			List<FieldError> warnings, List<Version> history, List<Photo> photos, boolean editable) {

		static Report of(ReportView v) {
			return new Report(v.districtCode(), v.districtName(), v.provinceCode(), v.month().toString(), v.state(),
					v.state().labelTh(), v.version(), v.status(), time(v.submittedAt()), v.returnReason(),
					time(v.deadline().minusSeconds(1)), Content.of(v.content()), ProjectedJson.of(v.projected()),
					v.errors(), v.warnings(),
					v.history()
						.stream()
						.map(h -> new Version(h.version(), h.state(), h.savedBy(), time(h.savedAt()), h.reason(),
								h.submitted()))
						.toList(),
					v.photos()
						.stream()
						.map(p -> new Photo(p.id(), p.activityNo(), p.contentType(), p.sizeBytes(), p.uploadedBy(),
								time(p.uploadedAt())))
						.toList(),
					v.editable());
		}

	}

	record Version(int version, ReportState state, String savedBy, String savedAt, String reason, boolean submitted) {
	}

	record Photo(long id, int activityNo, String contentType, long sizeBytes, String uploadedBy, String uploadedAt) {

		static Photo of(ReportView.PhotoInfo p) {
			return new Photo(p.id(), p.activityNo(), p.contentType(), p.sizeBytes(), p.uploadedBy(),
					time(p.uploadedAt()));
		}

	}

	/**
	 * The content with numbers and yes/no as JSON numbers and booleans where they read as
	 * such, else as typed.
	 */
	record Content(Object officialsTotal, Object officialsDownloaded, List<Official> officials, List<Service> services,
			List<Pr> prMedia, List<Activity> activities, List<Download> downloads) {

		static Content of(ReportContent c) {
			return new Content(number(c.officialsTotal()), number(c.officialsDownloaded()),
					c.officials().stream().map(o -> new Official(o.position(), bool(o.downloaded()))).toList(),
					c.services()
						.stream()
						.map(s -> new Service(s.code(), bool(s.relevant()), bool(s.updated())))
						.toList(),
					c.prMedia().stream().map(p -> new Pr(p.publishedOn(), p.channels(), p.title(), p.link())).toList(),
					c.activities()
						.stream()
						.map(a -> new Activity(a.heldOn(), a.title(), number(a.participants())))
						.toList(),
					c.downloads().stream().map(d -> new Download(d.tambonCode(), number(d.downloads()))).toList());
		}

	}

	record Official(String position, Object downloaded) {
	}

	record Service(String code, Object relevant, Object updated) {
	}

	record Pr(String publishedOn, List<String> channels, String title, String link) {
	}

	record Activity(String heldOn, String title, Object participants) {
	}

	record Download(String tambonCode, Object downloads) {
	}

	record Overview(String province, String provinceName, String month, int districts, int submitted, int onTime,
			int late, int returned, int accepted, int drafts, int notStarted, double completenessPercent,
			double timelinessPercent, List<OverviewRow> rows) {

		static Overview of(ProvinceOverview o) {
			return new Overview(o.provinceCode(), o.provinceName(), o.month().toString(), o.districts(), o.submitted(),
					o.onTime(), o.late(), o.returned(), o.accepted(), o.drafts(), o.notStarted(),
					o.completenessPercent(), o.timelinessPercent(),
					o.rows()
						.stream()
						.map(r -> new OverviewRow(r.districtCode(), r.nameTh(), r.state(), r.status(),
								time(r.submittedAt()), r.version(), r.projectedLevel(), r.projectedScore(),
								r.gradedLevel(), r.gradedScore(), r.gradedStatus(), r.source()))
						.toList());
		}

	}

	record OverviewRow(String district, String name, ReportState state, SubmissionStatus status, String submittedAt,
			Integer version, String projectedLevel, Integer projectedScore, String gradedLevel, Integer gradedScore,
			SubmissionStatus gradedStatus, ReportSource source) {
	}

	static String time(Instant instant) {
		return instant == null ? null : TIME.format(instant.atZone(BangkokTime.ZONE));
	}

	private static Object number(String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip();
		return INTEGER.matcher(value).matches() ? (Object) Integer.valueOf(value) : raw;
	}

	private static Object bool(String raw) {
		if (raw == null) {
			return null;
		}
		return switch (raw.strip()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> raw;
		};
	}

}
