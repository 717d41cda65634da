package th.go.cdd.clickreport.rubric;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.rubric.DistrictMonth.Submission;
import th.go.cdd.clickreport.rubric.Grade.ItemReason;
import th.go.cdd.clickreport.rubric.Grade.Measures;
import th.go.cdd.clickreport.rubric.Note.Severity;

/**
 * Grades one district for one month against a rubric (SPEC §3–5). Plain Java: no Spring,
 * no JDBC, so every boundary of the rubric is tested directly.
 */
public final class Grader {

	private Grader() {
	}

	/**
	 * The last instant at which a report for {@code month} is on time, exclusive: the day
	 * after the deadline day, 00:00 Bangkok.
	 */
	public static Instant deadlineExclusive(Rubric rubric, YearMonth month) {
		return month.plusMonths(1).atDay(rubric.deadlineDay()).plusDays(1).atStartOfDay(BangkokTime.ZONE).toInstant();
	}

	public static Grade grade(Rubric rubric, YearMonth month, DistrictMonth district) {
		Submission submission = district.submission();
		int target = rubric.downloadsPerSubdistrict() * district.subdistricts();
		if (submission == null) {
			Measures measures = new Measures(0, 0, 0, 0, false, false, 0, 0, 0, 0, target);
			return ungradable(rubric, district, SubmissionStatus.NOT_SUBMITTED, null, measures,
					List.of(new Note(Severity.WARNING, "submission", "ไม่ได้ส่งรายงานประจำเดือน")));
		}
		List<Note> notes = new ArrayList<>(submission.importNotes());
		if (submission.invalidReason() != null) {
			notes.add(0, new Note(Severity.INVALID, "submissions.csv", submission.invalidReason()));
			Measures measures = new Measures(0, 0, 0, 0, false, false, 0, 0, 0, 0, target);
			return ungradable(rubric, district, SubmissionStatus.INVALID, submission, measures, notes);
		}

		Measures measures = measure(rubric, month, submission, target, notes);
		LevelRule reached = null;
		for (LevelRule level : rubric.levels()) {
			if (allMet(level, measures)) {
				reached = level;
				break;
			}
		}
		String levelCode;
		int score;
		if (reached != null) {
			levelCode = reached.levelCode();
			score = reached.points();
		}
		else {
			levelCode = rubric.floor().levelCode();
			score = floorsMet(rubric.floor(), measures) * rubric.floor().points();
		}
		SubmissionStatus status = submission.submittedAt().isBefore(deadlineExclusive(rubric, month))
				? SubmissionStatus.SUBMITTED : SubmissionStatus.LATE;
		if (status == SubmissionStatus.LATE) {
			notes.add(0, new Note(Severity.WARNING, "submitted_at",
					"ส่งรายงานหลังกำหนด (ภายในวันที่ " + rubric.deadlineDay() + " ของเดือนถัดไป)"));
		}
		return new Grade(district.districtCode(), rubric.id(), status, levelCode, score, submission.id(),
				submission.submittedAt(), measures, reasons(rubric, levelCode, measures, true), List.copyOf(notes));
	}

	private static Grade ungradable(Rubric rubric, DistrictMonth district, SubmissionStatus status,
			Submission submission, Measures measures, List<Note> notes) {
		return new Grade(district.districtCode(), rubric.id(), status, rubric.floor().levelCode(), 0,
				submission == null ? null : submission.id(), submission == null ? null : submission.submittedAt(),
				measures, reasons(rubric, rubric.floor().levelCode(), measures, false), List.copyOf(notes));
	}

	static Measures measure(Rubric rubric, YearMonth month, Submission s, int target, List<Note> notes) {
		Map<String, DistrictMonth.ServiceEntry> byCode = s.services()
			.stream()
			.collect(Collectors.toMap(DistrictMonth.ServiceEntry::serviceCode, Function.identity(), (a, b) -> a));
		int relevant = 0;
		int relevantUpdated = 0;
		boolean anyUpdated = false;
		for (ServiceDefinition service : rubric.services()) {
			DistrictMonth.ServiceEntry entry = byCode.get(service.code());
			// A service with no row counts as relevant and not updated (SPEC §3).
			boolean isRelevant = entry == null || entry.relevant();
			boolean isUpdated = entry != null && entry.updated();
			if (isRelevant) {
				relevant++;
				if (isUpdated) {
					relevantUpdated++;
				}
			}
			anyUpdated |= isUpdated;
		}
		for (DistrictMonth.ServiceEntry entry : s.services()) {
			if (rubric.services().stream().noneMatch(d -> d.code().equals(entry.serviceCode()))) {
				notes.add(new Note(Severity.WARNING, "services.csv",
						"บริการ " + entry.serviceCode() + " ไม่อยู่ในเกณฑ์ " + rubric.code() + " จึงไม่นับ"));
			}
		}

		int prTimes = 0;
		Set<String> channels = new HashSet<>();
		for (DistrictMonth.PrItem item : s.prItems()) {
			if (inMonth(item.publishedOn(), month)) {
				prTimes++;
				channels.addAll(item.channels());
			}
			else {
				notes.add(outsideMonth("pr_media.csv", item.line(), "สื่อประชาสัมพันธ์", item.publishedOn(), month));
			}
		}
		int activities = 0;
		for (DistrictMonth.Activity activity : s.activities()) {
			if (inMonth(activity.heldOn(), month)) {
				activities++;
			}
			else {
				notes.add(outsideMonth("activities.csv", activity.line(), "กิจกรรม", activity.heldOn(), month));
			}
		}
		int downloads = s.downloads();
		return new Measures(s.officialsTotal(), s.officialsDownloaded(), relevant, relevantUpdated,
				relevant > 0 && relevant == relevantUpdated, anyUpdated, prTimes, channels.size(), activities,
				downloads, target);
	}

	private static boolean inMonth(LocalDate date, YearMonth month) {
		return YearMonth.from(date).equals(month);
	}

	private static Note outsideMonth(String file, int line, String what, LocalDate date, YearMonth month) {
		return new Note(Severity.WARNING, file + ":" + line,
				what + "ลงวันที่ " + ThaiFormat.date(date) + " อยู่นอกเดือน " + ThaiFormat.month(month) + " จึงไม่นับ");
	}

	private static boolean allMet(LevelRule level, Measures m) {
		return level.officialsMet(m.officialsDownloaded(), m.officialsTotal())
				&& level.servicesMet(m.servicesAllRelevantUpdated(), m.servicesAnyUpdated())
				&& level.prMet(m.prTimes(), m.prChannels()) && level.activitiesMet(m.activities())
				&& level.downloadsMet(m.downloads(), m.downloadTarget());
	}

	private static int floorsMet(LevelRule floor, Measures m) {
		boolean[] met = itemsMet(floor, m);
		int count = 0;
		for (boolean b : met) {
			count += b ? 1 : 0;
		}
		return count;
	}

	private static boolean[] itemsMet(LevelRule rule, Measures m) {
		return new boolean[] { rule.officialsMet(m.officialsDownloaded(), m.officialsTotal()),
				rule.servicesMet(m.servicesAllRelevantUpdated(), m.servicesAnyUpdated()),
				rule.prMet(m.prTimes(), m.prChannels()), rule.activitiesMet(m.activities()),
				rule.downloadsMet(m.downloads(), m.downloadTarget()) };
	}

	/**
	 * The reasons of a stored grade, as {@link #grade} gave them: they follow from its
	 * rubric, level, status and measures, so reports write them from the grade row.
	 */
	public static List<ItemReason> reasons(Rubric rubric, String levelCode, SubmissionStatus status, Measures m) {
		boolean measured = status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.LATE;
		return reasons(rubric, levelCode, m, measured);
	}

	/**
	 * For each item: what was measured, what the level above {@code levelCode} needs (the
	 * top level's own conditions at the top) and whether it is met, and whether the D
	 * floor holds.
	 */
	private static List<ItemReason> reasons(Rubric rubric, String levelCode, Measures m, boolean measured) {
		LevelRule above = rubric.levelAbove(levelCode);
		LevelRule shown = above != null ? above : rubric.level(levelCode);
		String next = above != null ? above.levelCode() : null;
		boolean[] met = measured ? itemsMet(shown, m) : new boolean[5];
		boolean[] floor = measured ? itemsMet(rubric.floor(), m) : new boolean[5];
		boolean[] target = measured ? itemsMet(rubric.levels().get(0), m) : new boolean[5];
		String none = "-";
		return List.of(
				new ItemReason(1, measured ? ThaiText.officials(m.officialsDownloaded(), m.officialsTotal()) : none,
						next, ThaiText.officialsRequirement(shown), met[0], floor[0], target[0]),
				new ItemReason(2, measured ? ThaiText.services(m) : none, next, ThaiText.servicesRequirement(shown),
						met[1], floor[1], target[1]),
				new ItemReason(3, measured ? ThaiText.pr(m.prTimes(), m.prChannels()) : none, next,
						ThaiText.prRequirement(shown), met[2], floor[2], target[2]),
				new ItemReason(4, measured ? ThaiText.activities(m.activities()) : none, next,
						ThaiText.activitiesRequirement(shown), met[3], floor[3], target[3]),
				new ItemReason(5, measured ? ThaiText.downloads(m.downloads(), m.downloadTarget()) : none, next,
						ThaiText.downloadsRequirement(shown, m.downloadTarget()), met[4], floor[4], target[4]));
	}

}
