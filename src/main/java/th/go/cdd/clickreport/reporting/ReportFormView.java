package th.go.cdd.clickreport.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.submission.HeaderRules;
import th.go.cdd.clickreport.submission.PrChannel;

/**
 * What report-form.html shows, made from the service's {@link ReportView}: the same
 * report in the form's shape (heads of agencies by position, a row per service, PR item,
 * activity and sub-district), with Thai wording for states, times and the projected
 * grade.
 */
record ReportFormView(String districtCode, String districtName, String provinceCode, String provinceName, String month,
		String monthTh, List<String[]> monthChoices, String state, String stateTh, boolean late, String deadlineTh,
		String timeLeftTh, boolean overdue, String submittedAtTh, String returnReason, boolean editable,
		boolean decidable, Integer version, Officials officials, List<ServiceRow> services, List<PrRow> prMedia,
		List<ActivityRow> activities, List<TambonRow> tambons, int downloadTarget, List<Choice> channels,
		String projectedLevel, Integer projectedScore, String needsTitle, List<String> needs, List<HistoryRow> history,
		String graded, List<FieldError> errors, List<String> warnings) {

	/**
	 * The MOI heads of agencies of SPEC §9 in the order the letter names them; the land
	 * office only where there is one.
	 */
	enum Position {

		CHIEF("นายอำเภอ", false), CD("พัฒนาการอำเภอ", false), LOCAL("ท้องถิ่นอำเภอ", false), LAND("ที่ดินอำเภอ", true);

		final String labelTh;

		final boolean optional;

		Position(String labelTh, boolean optional) {
			this.labelTh = labelTh;
			this.optional = optional;
		}

	}

	/** How the form names the heads it counts by number. */
	static final String OTHER_POSITION = "หัวหน้าส่วนราชการอื่น";

	/**
	 * The Thai names of the channel codes of SPEC §2, as the form's choices show them.
	 */

	record Officials(List<PositionRow> positions, Integer othersTotal, Integer othersDownloaded) {
	}

	record PositionRow(String code, String labelTh, boolean optional, boolean present, boolean downloaded) {
	}

	record ServiceRow(String code, String labelTh, boolean relevant, boolean updated) {
	}

	record PrRow(String publishedOn, String title, String link, List<String> channels) {
	}

	/** A saved activity (numbered from 1, as its photos are) with its photos. */
	record ActivityRow(int no, String heldOn, String title, String participants, List<PhotoRow> photos) {
	}

	record PhotoRow(long id, String label) {
	}

	record TambonRow(String code, String nameTh, String downloads) {
	}

	record Choice(String code, String labelTh) {
	}

	record HistoryRow(int version, String state, String stateTh, String by, String atTh, String note) {
	}

	/**
	 * @param graded the district's grade of the month's last run, null before one
	 */
	static ReportFormView of(ReportView view, String provinceName, Instant now, List<String[]> monthChoices,
			Grades.Graded graded) {
		ReportContent content = view.content() == null ? ReportContent.empty() : view.content();
		ReportState state = view.state() == null ? ReportState.NOT_STARTED : view.state();
		Map<String, ReportContent.Service> givenServices = new LinkedHashMap<>();
		content.services().forEach(s -> givenServices.putIfAbsent(s.code(), s));
		List<ServiceRow> services = view.services().stream().map(c -> {
			ReportContent.Service s = givenServices.get(c.code());
			// a service not yet entered is shown as relevant (SPEC §3 counts it so) and
			// not updated
			return new ServiceRow(c.code(), c.nameTh(), s == null || yes(s.relevant()), s != null && yes(s.updated()));
		}).toList();
		Map<String, String> givenDownloads = new LinkedHashMap<>();
		content.downloads().forEach(d -> givenDownloads.putIfAbsent(d.tambonCode(), d.downloads()));
		List<TambonRow> tambons = view.subdistricts()
			.stream()
			.map(t -> new TambonRow(t.code(), t.nameTh(), givenDownloads.get(t.code())))
			.toList();
		List<PrRow> pr = content.prMedia()
			.stream()
			.map(p -> new PrRow(p.publishedOn(), p.title(), p.link(), p.channels()))
			.toList();
		List<ActivityRow> activities = new ArrayList<>();
		for (int i = 0; i < content.activities().size(); i++) {
			ReportContent.Activity a = content.activities().get(i);
			int no = i + 1;
			List<PhotoRow> photos = view.photos()
				.stream()
				.filter(p -> p.activityNo() == no)
				.map(p -> new PhotoRow(p.id(),
						(p.contentType().endsWith("png") ? "PNG" : "JPEG") + " "
								+ Math.max(1, (p.sizeBytes() + 512) / 1024) + " KB"))
				.toList();
			activities.add(new ActivityRow(no, a.heldOn(), a.title(), a.participants(), photos));
		}
		List<Choice> channels = view.channels().stream().map(c -> new Choice(c, PrChannel.labelTh(c))).toList();
		List<HistoryRow> history = new ArrayList<>();
		for (int i = view.history().size() - 1; i >= 0; i--) {
			ReportView.VersionInfo v = view.history().get(i);
			history.add(new HistoryRow(v.version(), v.state().name(), v.state().labelTh(), v.savedBy(),
					ReportPageText.dateTime(v.savedAt()), v.reason()));
		}
		Projection projected = view.projected();
		boolean overdue = !now.isBefore(view.deadline());
		return new ReportFormView(view.districtCode(), view.districtName(), view.provinceCode(), provinceName,
				view.month().toString(), ThaiFormat.month(view.month()), monthChoices, state.name(),
				ReportPageText.state(view.state(), view.status()), view.status() == SubmissionStatus.LATE,
				ReportPageText.deadline(view.deadlineDay()), ReportPageText.timeLeft(now, view.deadline()), overdue,
				ReportPageText.dateTime(view.submittedAt()), state == ReportState.RETURNED ? view.returnReason() : null,
				view.editable(), view.decidable(), view.version(), officials(content), services, pr, activities,
				tambons, 10 * tambons.size(), channels, projected == null ? null : projected.level(),
				projected == null ? null : projected.score(), needsTitle(projected), needs(projected), history,
				graded == null ? null : "ระดับ " + graded.level() + " · " + graded.score() + " คะแนน",
				view.version() == null ? List.of() : view.errors(),
				view.warnings().stream().map(FieldError::message).toList());
	}

	/**
	 * The report's heads of agencies in the form's shape: the named positions, and the
	 * others by number.
	 */
	static Officials officials(ReportContent content) {
		List<PositionRow> positions = new ArrayList<>();
		if (!content.officials().isEmpty()) {
			int others = 0;
			int othersYes = 0;
			Map<String, Boolean> named = new LinkedHashMap<>();
			for (ReportContent.Official o : content.officials()) {
				String label = o.position() == null ? "" : o.position().strip();
				boolean known = false;
				for (Position p : Position.values()) {
					if (p.labelTh.equals(label) && !named.containsKey(label)) {
						named.put(label, yes(o.downloaded()));
						known = true;
						break;
					}
				}
				if (!known) {
					others++;
					othersYes += yes(o.downloaded()) ? 1 : 0;
				}
			}
			for (Position p : Position.values()) {
				Boolean downloaded = named.get(p.labelTh);
				positions.add(new PositionRow(p.name(), p.labelTh, p.optional, downloaded != null || !p.optional,
						Boolean.TRUE.equals(downloaded)));
			}
			return new Officials(positions, others, othersYes);
		}
		Integer total = number(content.officialsTotal());
		Integer downloaded = number(content.officialsDownloaded());
		if (total == null) {
			for (Position p : Position.values()) {
				positions.add(new PositionRow(p.name(), p.labelTh, p.optional, !p.optional, false));
			}
			return new Officials(positions, null, null);
		}
		// Only the two numbers were given (through the API): the named positions first,
		// the rest as others,
		// so that the form's totals are the report's.
		int left = Math.max(0, total);
		int yesLeft = downloaded == null ? 0 : Math.max(0, Math.min(downloaded, left));
		for (Position p : Position.values()) {
			boolean present = left > 0;
			boolean yes = present && yesLeft > 0;
			positions.add(new PositionRow(p.name(), p.labelTh, p.optional, present, yes));
			left -= present ? 1 : 0;
			yesLeft -= yes ? 1 : 0;
		}
		return new Officials(positions, left, yesLeft);
	}

	static String needsTitle(Projection projected) {
		if (projected == null) {
			return null;
		}
		return projected.nextLevel() == null ? "ได้ระดับสูงสุดแล้ว"
				: "สิ่งที่ยังขาดเพื่อให้ได้ระดับ " + projected.nextLevel();
	}

	static List<String> needs(Projection projected) {
		if (projected == null) {
			return List.of();
		}
		return projected.needs()
			.stream()
			.map(i -> "ข้อ " + i.no() + " " + i.title() + ": ต้อง" + i.requirement() + " (ตอนนี้ " + i.measured() + ")")
			.toList();
	}

	/** A yes as the import reads one (TRUE, Y, 1, ใช่, …). */
	private static boolean yes(String value) {
		return Boolean.TRUE.equals(HeaderRules.yesNo(value));
	}

	private static Integer number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(ThaiFormat.arabicDigits(value.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
