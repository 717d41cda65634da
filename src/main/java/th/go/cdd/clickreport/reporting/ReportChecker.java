package th.go.cdd.clickreport.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.ServiceDefinition;
import th.go.cdd.clickreport.submission.ActivityRules;
import th.go.cdd.clickreport.submission.Checked;
import th.go.cdd.clickreport.submission.DownloadRules;
import th.go.cdd.clickreport.submission.EntrySource;
import th.go.cdd.clickreport.submission.HeaderRules;
import th.go.cdd.clickreport.submission.OnlineSubmissions;
import th.go.cdd.clickreport.submission.PrItemRules;
import th.go.cdd.clickreport.submission.Problem;
import th.go.cdd.clickreport.submission.ServiceRules;

/**
 * Checks a report entered online by the rules of SPEC §6, the very validators the CSV
 * import uses ({@link HeaderRules}, {@link ServiceRules}, {@link PrItemRules},
 * {@link ActivityRules}, {@link DownloadRules}), and names each problem by its JSON path.
 * A report to submit must be whole and right; a draft may leave fields blank (a blank
 * field is not an error there, but its entry does not count), and what it does give must
 * be right. Plain Java: reference data comes in.
 */
final class ReportChecker {

	/**
	 * Most entries of one kind a report may hold (a district has at most a few dozen).
	 */
	static final int MAX_ENTRIES = 300;

	/** The longest name of an official's position (นายอำเภอ, พัฒนาการอำเภอ, …). */
	static final int MAX_POSITION = 200;

	private ReportChecker() {
	}

	/** What the check found: the errors, the warnings and the entries that count. */
	record Result(List<FieldError> errors, List<FieldError> warnings, Integer officialsTotal,
			Integer officialsDownloaded, List<String> headerProblems, List<ServiceEntry> services,
			List<Numbered<PrItemRules.PrItem>> prItems, List<Numbered<ActivityRules.Activity>> activities,
			List<DownloadRules.Download> downloads) {

		boolean ok() {
			return errors.isEmpty();
		}

		/**
		 * The entries to store as a graded submission (only for a report without errors).
		 */
		OnlineSubmissions.Entries entries() {
			return new OnlineSubmissions.Entries(officialsTotal, officialsDownloaded, services,
					prItems.stream().map(Numbered::value).toList(), activities.stream().map(Numbered::value).toList(),
					downloads);
		}

		/**
		 * The report as the grader sees a submission: invalid while item 1 is incomplete
		 * or wrong.
		 */
		DistrictMonth.Submission forGrader(Instant submittedAt) {
			String invalid = headerProblems.isEmpty() ? null : String.join("; ", headerProblems);
			return new DistrictMonth.Submission(0, "online", submittedAt, invalid,
					officialsTotal == null ? 0 : officialsTotal, officialsDownloaded == null ? 0 : officialsDownloaded,
					services,
					prItems.stream()
						.map(p -> new DistrictMonth.PrItem(p.no(), p.value().publishedOn(), p.value().channels()))
						.toList(),
					activities.stream().map(a -> new DistrictMonth.Activity(a.no(), a.value().heldOn())).toList(),
					downloads.stream().mapToInt(DownloadRules.Download::downloads).sum(), List.of());
		}

	}

	/** An entry with its number in the report (1 = first). */
	record Numbered<T>(int no, T value) {
	}

	/**
	 * @param subdistricts the district's sub-districts from the reference data
	 * @param subdistrictDistrict every sub-district of Thailand → its district
	 */
	static Result check(String districtCode, YearMonth month, Rubric rubric, List<String> subdistricts,
			Map<String, String> subdistrictDistrict, ReportContent report, boolean draft) {
		Errors errors = new Errors(draft);
		List<FieldError> warnings = new ArrayList<>();

		// item 1
		tooMany(report.officials(), "officials", errors);
		for (int i = 0; i < report.officials().size() && i < MAX_ENTRIES; i++) {
			String position = report.officials().get(i).position();
			if (position != null && position.codePointCount(0, position.length()) > MAX_POSITION) {
				errors.add("officials[" + i + "].position", position,
						"ชื่อตำแหน่งยาวเกิน " + MAX_POSITION + " ตัวอักษร");
			}
		}
		String rawTotal = report.officialsTotal();
		String rawDownloaded = report.officialsDownloaded();
		if (blank(rawTotal) && blank(rawDownloaded) && !report.officials().isEmpty()) {
			int yes = 0;
			for (int i = 0; i < report.officials().size(); i++) {
				ReportContent.Official official = report.officials().get(i);
				Boolean downloaded = HeaderRules.yesNo(official.downloaded());
				if (downloaded == null) {
					errors.add("officials[" + i + "].downloaded", official.downloaded(),
							"ตำแหน่ง " + (blank(official.position()) ? (i + 1) : official.position().strip())
									+ ": ต้องระบุว่าดาวน์โหลดแล้วหรือยัง");
				}
				else if (downloaded) {
					yes++;
				}
			}
			rawTotal = Integer.toString(report.officials().size());
			rawDownloaded = Integer.toString(yes);
		}
		Checked<HeaderRules.Officials> officials = HeaderRules.officials(rawTotal, rawDownloaded, EntrySource.FORM);
		List<String> headerProblems = new ArrayList<>();
		for (Problem p : officials.problems()) {
			headerProblems.add(p.message());
			String raw = p.field().property().equals("officialsTotal") ? rawTotal : rawDownloaded;
			errors.add(p.field().property(), raw, p.message());
		}

		// item 2
		Set<String> known = new LinkedHashSet<>(rubric.services().stream().map(ServiceDefinition::code).toList());
		List<ServiceEntry> services = new ArrayList<>();
		Map<String, Integer> seenServices = new HashMap<>();
		tooMany(report.services(), "services", errors);
		for (int i = 0; i < report.services().size() && i < MAX_ENTRIES; i++) {
			ReportContent.Service s = report.services().get(i);
			Checked<ServiceEntry> entry = ServiceRules.check(nonNull(s.code()), s.relevant(), s.updated(), known,
					seenServices::get, EntrySource.FORM);
			String path = "services[" + i + "].";
			errors.addAll(path, entry.problems(), field -> switch (field) {
				case SERVICE_CODE -> s.code();
				case RELEVANT -> s.relevant();
				default -> s.updated();
			});
			if (entry.ok()) {
				services.add(entry.value());
				seenServices.put(entry.value().serviceCode(), i + 1);
			}
		}

		// item 3
		List<Numbered<PrItemRules.PrItem>> prItems = new ArrayList<>();
		tooMany(report.prMedia(), "prMedia", errors);
		for (int i = 0; i < report.prMedia().size() && i < MAX_ENTRIES; i++) {
			ReportContent.PrMedia p = report.prMedia().get(i);
			Checked<PrItemRules.PrItem> item = PrItemRules.check(p.publishedOn(), p.channels(), false, p.title(),
					p.link(), EntrySource.FORM);
			String path = "prMedia[" + i + "].";
			errors.addAll(path, item.problems(), field -> switch (field) {
				case PUBLISHED_ON -> p.publishedOn();
				case CHANNELS -> String.join("", p.channels());
				case TITLE -> p.title();
				default -> p.link();
			});
			if (item.ok()) {
				prItems.add(new Numbered<>(i + 1, item.value()));
				outsideMonth(item.value().publishedOn(), month, path + "publishedOn", "สื่อประชาสัมพันธ์", warnings);
			}
		}

		// item 4
		List<Numbered<ActivityRules.Activity>> activities = new ArrayList<>();
		tooMany(report.activities(), "activities", errors);
		for (int i = 0; i < report.activities().size() && i < MAX_ENTRIES; i++) {
			ReportContent.Activity a = report.activities().get(i);
			Checked<ActivityRules.Activity> activity = ActivityRules.check(a.heldOn(), a.title(), a.participants(),
					EntrySource.FORM);
			String path = "activities[" + i + "].";
			errors.addAll(path, activity.problems(), field -> switch (field) {
				case HELD_ON -> a.heldOn();
				case TITLE -> a.title();
				default -> a.participants();
			});
			if (activity.ok()) {
				activities.add(new Numbered<>(i + 1, activity.value()));
				outsideMonth(activity.value().heldOn(), month, path + "heldOn", "กิจกรรม", warnings);
			}
		}

		// item 5: every sub-district of the district, each once
		List<DownloadRules.Download> downloads = new ArrayList<>();
		Map<String, Integer> seenTambons = new HashMap<>();
		tooMany(report.downloads(), "downloads", errors);
		for (int i = 0; i < report.downloads().size() && i < MAX_ENTRIES; i++) {
			ReportContent.Download d = report.downloads().get(i);
			Checked<DownloadRules.Download> download = DownloadRules.check(nonNull(d.tambonCode()), d.downloads(),
					districtCode, subdistrictDistrict, seenTambons::get, EntrySource.FORM);
			String path = "downloads[" + i + "].";
			errors.addAll(path, download.problems(),
					field -> field.property().equals("tambonCode") ? d.tambonCode() : d.downloads());
			if (download.ok()) {
				downloads.add(download.value());
				seenTambons.put(download.value().subdistrictCode(), i + 1);
			}
		}
		if (!draft) {
			List<String> missing = subdistricts.stream().filter(code -> !seenTambons.containsKey(code)).toList();
			if (!missing.isEmpty() && errors.list.stream().noneMatch(e -> e.field().startsWith("downloads["))) {
				errors.add("downloads", "x", "ยังไม่ได้กรอกยอดดาวน์โหลดของตำบล " + String.join(", ", missing)
						+ " (ต้องกรอกทุกตำบลของอำเภอ ใส่ 0 ถ้าไม่มี)");
			}
		}
		Integer total = officials.value().total();
		Integer downloaded = officials.value().downloaded();
		return new Result(List.copyOf(errors.list), List.copyOf(warnings), total, downloaded, headerProblems, services,
				prItems, activities, downloads);
	}

	private static void tooMany(List<?> entries, String field, Errors errors) {
		if (entries.size() > MAX_ENTRIES) {
			errors.add(field, "x", "มีได้ไม่เกิน " + MAX_ENTRIES + " รายการ");
		}
	}

	private static void outsideMonth(LocalDate date, YearMonth month, String field, String what,
			List<FieldError> warnings) {
		if (!YearMonth.from(date).equals(month)) {
			warnings.add(new FieldError(field, what + "ลงวันที่ " + ThaiFormat.date(date) + " อยู่นอกเดือน "
					+ ThaiFormat.month(month) + " จึงไม่นับ"));
		}
	}

	private static boolean blank(String raw) {
		return raw == null || raw.isBlank();
	}

	private static String nonNull(String raw) {
		return raw == null ? "" : raw;
	}

	/** Errors with their paths; a draft leaves out those of blank fields. */
	private static final class Errors {

		final boolean draft;

		final List<FieldError> list = new ArrayList<>();

		Errors(boolean draft) {
			this.draft = draft;
		}

		void add(String field, String raw, String message) {
			if (!(draft && blank(raw))) {
				list.add(new FieldError(field, message));
			}
		}

		void addAll(String path, List<Problem> problems,
				java.util.function.Function<th.go.cdd.clickreport.submission.EntryField, String> raw) {
			for (Problem p : problems) {
				add(path + p.field().property(), raw.apply(p.field()), p.message());
			}
		}

	}

}
