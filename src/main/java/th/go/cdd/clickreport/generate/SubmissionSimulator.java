package th.go.cdd.clickreport.generate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import th.go.cdd.clickreport.generate.MonthPlan.Level;
import th.go.cdd.clickreport.generate.SimulatedSubmission.ActivityRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.DownloadRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.PrRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.ServiceRow;

/**
 * What one district sends for one month: nothing (about 3 %), one submission, or a draft
 * and the submission that replaces it (about 5 %). About 5 % arrive after the deadline,
 * about 1 % cannot be graded and about one in ten carries one wrong detail row, so every
 * path of the importer is used.
 */
final class SubmissionSimulator {

	/**
	 * Shares for a district of diligence d: missing 0.06·(1−d) and late 0.10·(1−d), about
	 * 3 % and 5 % overall.
	 */
	private static final double MISSING = 0.06;

	private static final double LATE = 0.10;

	private static final double INVALID = 0.01;

	private static final double TWICE = 0.05;

	private static final double WRONG_ROW = 0.10;

	private static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);

	private SubmissionSimulator() {
	}

	static List<SimulatedSubmission> simulate(long seed, District district, YearMonth month, GeneratedCounts counts) {
		DistrictProfile profile = DistrictProfile.draw(seed, district.code());
		SplittableRandom random = Seeds.month(seed, district.code(), month);
		counts.districtMonths++;
		if (random.nextDouble() < MISSING * (1 - profile.diligence())) {
			counts.notSubmitted++;
			return List.of();
		}
		Level level = MonthPlan.aim(profile, random);
		boolean late = random.nextDouble() < LATE * (1 - profile.diligence());
		boolean invalid = random.nextDouble() < INVALID;
		boolean twice = random.nextDouble() < TWICE;
		OffsetDateTime submittedAt = submittedAt(month, late, random);
		SplittableRandom finalRows = random.split();
		SplittableRandom draftRows = random.split();

		String prefix = "G" + seed + "-" + month + "-" + district.code() + "-";
		int total = profile.officialsTotal();
		MonthPlan plan = MonthPlan.forLevel(level, total, finalRows);
		int downloaded = plan.officialsDownloaded();
		if (invalid) {
			// Typed wrongly: no officials at all, or more who installed the app than
			// there are.
			boolean none = finalRows.nextBoolean();
			downloaded = none ? 0 : total + 1;
			total = none ? 0 : total;
			counts.invalid++;
		}
		counts.submitted++;
		counts.late += late ? 1 : 0;
		if (!twice) {
			return List.of(rows(prefix + 1, district, month, submittedAt, total, downloaded, plan, profile, finalRows,
					counts));
		}
		counts.submittedTwice++;
		MonthPlan draftPlan = MonthPlan.forLevel(level.below(), profile.officialsTotal(), draftRows);
		SimulatedSubmission draft = rows(prefix + 1, district, month, earlier(submittedAt, month, draftRows),
				profile.officialsTotal(), draftPlan.officialsDownloaded(), draftPlan, profile, draftRows, counts);
		SimulatedSubmission replacement = rows(prefix + 2, district, month, submittedAt, total, downloaded, plan,
				profile, finalRows, counts);
		if (draft.officialsDownloaded() == replacement.officialsDownloaded()
				&& draft.totalDownloads() == replacement.totalDownloads() && !draft.downloads().isEmpty()) {
			// The replacement must differ in its numbers: the draft is one download off.
			DownloadRow first = draft.downloads().get(0);
			draft.downloads().set(0, new DownloadRow(first.tambonCode(), Math.abs(first.downloads() - 1)));
		}
		return List.of(draft, replacement);
	}

	private static SimulatedSubmission rows(String id, District district, YearMonth month, OffsetDateTime at, int total,
			int downloaded, MonthPlan plan, DistrictProfile profile, SplittableRandom random, GeneratedCounts counts) {
		List<ServiceRow> services = DetailRows.services(plan, profile, random);
		List<PrRow> pr = DetailRows.prItems(plan, district, month, random);
		List<ActivityRow> activities = DetailRows.activities(plan, district, month, random);
		List<DownloadRow> downloads = DetailRows.downloads(plan, district, random);
		if (random.nextDouble() < WRONG_ROW) {
			switch (random.nextInt(3)) {
				case 0 -> pr.add(0, DetailRows.prItemOfPreviousMonth(district, month, random));
				case 1 -> pr.add(DetailRows.prItemWithUnknownChannel(district, month, random));
				default -> {
					if (downloads.isEmpty()) {
						pr.add(DetailRows.prItemWithUnknownChannel(district, month, random));
					}
					else {
						// A minus sign typed by mistake.
						int i = random.nextInt(downloads.size());
						downloads.set(i, new DownloadRow(downloads.get(i).tambonCode(), -1 - random.nextInt(9)));
					}
				}
			}
			pr.sort(Comparator.comparing(PrRow::publishedOn));
			counts.wrongRows++;
		}
		return new SimulatedSubmission(id, district.code(), month, at, total, downloaded, services, pr, activities,
				downloads);
	}

	/**
	 * In the first half of the next month, more often near the deadline; a late one
	 * between the 16th and the 24th. Offices report in working hours, and some in the
	 * evening of the deadline day.
	 */
	static OffsetDateTime submittedAt(YearMonth month, boolean late, SplittableRandom random) {
		YearMonth next = month.plusMonths(1);
		int day;
		int hour;
		if (late) {
			day = 16 + random.nextInt(9);
			hour = 8 + random.nextInt(12);
		}
		else {
			day = 1 + Math.max(random.nextInt(15), random.nextInt(15));
			hour = day == 15 && random.nextInt(4) == 0 ? 17 + random.nextInt(7) : 8 + random.nextInt(9);
		}
		return next.atDay(day).atTime(hour, random.nextInt(60), random.nextInt(60)).atOffset(BANGKOK);
	}

	/**
	 * A draft sent up to five days before its replacement, and not before 07:00 on the
	 * 1st.
	 */
	private static OffsetDateTime earlier(OffsetDateTime replacement, YearMonth month, SplittableRandom random) {
		OffsetDateTime earliest = month.plusMonths(1).atDay(1).atTime(7, 0).atOffset(BANGKOK);
		long minutes = Math.min(Duration.between(earliest, replacement).toMinutes(), Duration.ofDays(5).toMinutes());
		return replacement.minusMinutes(1 + random.nextLong(Math.max(1, minutes))).withSecond(random.nextInt(60));
	}

	static LocalDate dayIn(YearMonth month, SplittableRandom random) {
		return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
	}

}
