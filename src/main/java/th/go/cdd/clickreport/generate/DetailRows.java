package th.go.cdd.clickreport.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import th.go.cdd.clickreport.generate.SimulatedSubmission.ActivityRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.DownloadRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.PrRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.ServiceRow;
import th.go.cdd.clickreport.submission.PrChannel;

/**
 * The detail rows of a submission drawn to fit its {@link MonthPlan}. The lists returned
 * can be changed.
 */
final class DetailRows {

	/**
	 * How often district offices use each channel, in {@link PrChannel#CODES}' order:
	 * mostly Facebook, LINE, หอกระจายข่าว and meetings.
	 */
	private static final int[] CHANNEL_WEIGHTS = { 30, 20, 8, 3, 5, 4, 1, 3, 12, 12, 2 };

	/** Channel names typed instead of a code; the importer rejects such a row. */
	private static final String[] UNKNOWN_CHANNELS = { "INSTAGRAM", "FB", "LINE_OA", "POSTER" };

	private static final int MAX_DOWNLOADS = 25;

	private DetailRows() {
	}

	static List<ServiceRow> services(MonthPlan plan, DistrictProfile profile, SplittableRandom random) {
		List<ServiceRow> rows = new ArrayList<>();
		for (String code : DistrictProfile.SERVICES) {
			boolean relevant = profile.relevant(code);
			rows.add(new ServiceRow(code, relevant, relevant && plan.services() != MonthPlan.Services.NONE_UPDATED));
		}
		switch (plan.services()) {
			case SOME_NOT_UPDATED -> {
				int stale = random.nextInt(100) < 70 ? 1 : 2;
				for (int i = 0; i < stale; i++) {
					int at = random.nextInt(rows.size());
					// SHOP is relevant everywhere, so a stale service always exists.
					while (!rows.get(at).relevant()) {
						at = (at + 1) % rows.size();
					}
					rows.set(at, new ServiceRow(rows.get(at).serviceCode(), true, false));
				}
			}
			case ROW_MISSING -> rows.remove(random.nextInt(rows.size()));
			default -> {
			}
		}
		return rows;
	}

	static List<PrRow> prItems(MonthPlan plan, District district, YearMonth month, SplittableRandom random) {
		List<PrRow> items = new ArrayList<>();
		String only = PrChannel.CODES.get(MonthPlan.pick(CHANNEL_WEIGHTS, random));
		Set<String> used = new LinkedHashSet<>();
		for (int i = 0; i < plan.prItems(); i++) {
			Set<String> channels = new LinkedHashSet<>();
			if (plan.prOneChannel()) {
				channels.add(only);
			}
			else {
				int count = random.nextInt(100) < 50 ? 1 : random.nextInt(100) < 70 ? 2 : 3;
				while (channels.size() < count) {
					channels.add(PrChannel.CODES.get(MonthPlan.pick(CHANNEL_WEIGHTS, random)));
				}
			}
			if (!plan.prOneChannel() && i == plan.prItems() - 1) {
				// Levels A–C need two distinct channels over the month's items.
				Set<String> all = new LinkedHashSet<>(used);
				all.addAll(channels);
				while (all.size() < 2) {
					String extra = PrChannel.CODES.get(MonthPlan.pick(CHANNEL_WEIGHTS, random));
					channels.add(extra);
					all.add(extra);
				}
			}
			used.addAll(channels);
			items.add(new PrRow(SubmissionSimulator.dayIn(month, random), String.join(";", channels),
					ThaiTitles.pr(district, month, random)));
		}
		items.sort(Comparator.comparing(PrRow::publishedOn));
		return items;
	}

	static List<ActivityRow> activities(MonthPlan plan, District district, YearMonth month, SplittableRandom random) {
		List<ActivityRow> rows = new ArrayList<>();
		for (int i = 0; i < plan.activities(); i++) {
			// Most are meetings and trainings of 10–60 people; a fair or a booth draws up
			// to 200.
			int participants = random.nextInt(100) < 75 ? 10 + random.nextInt(51) : 61 + random.nextInt(140);
			rows.add(new ActivityRow(SubmissionSimulator.dayIn(month, random),
					ThaiTitles.activity(district, month, random), participants));
		}
		rows.sort(Comparator.comparing(ActivityRow::heldOn));
		return rows;
	}

	/**
	 * A row for every sub-district, 0–25 each, around the target of 10: above it in total
	 * when the plan meets the target, below it (by up to three per sub-district) when it
	 * does not.
	 */
	static List<DownloadRow> downloads(MonthPlan plan, District district, SplittableRandom random) {
		int n = district.subdistricts().size();
		int[] values = new int[n];
		for (int i = 0; i < n; i++) {
			values[i] = plan.downloadsMet() ? 5 + random.nextInt(16) : random.nextInt(16);
		}
		if (n > 0 && random.nextInt(8) == 0) {
			// A sub-district that held a download drive.
			values[random.nextInt(n)] = 18 + random.nextInt(MAX_DOWNLOADS - 17);
		}
		int sum = 0;
		for (int v : values) {
			sum += v;
		}
		int target = 10 * n;
		if (plan.downloadsMet()) {
			while (sum < target) {
				int i = random.nextInt(n);
				if (values[i] < MAX_DOWNLOADS) {
					values[i]++;
					sum++;
				}
			}
		}
		else if (sum >= target) {
			int goal = target - 1 - random.nextInt(3 * n);
			while (sum > Math.max(0, goal)) {
				int i = random.nextInt(n);
				if (values[i] > 0) {
					values[i]--;
					sum--;
				}
			}
		}
		List<DownloadRow> rows = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			rows.add(new DownloadRow(district.subdistricts().get(i).code(), values[i]));
		}
		return rows;
	}

	/**
	 * An item sent with this month's report but published in the previous month (counted
	 * nowhere, warned about).
	 */
	static PrRow prItemOfPreviousMonth(District district, YearMonth month, SplittableRandom random) {
		YearMonth previous = month.minusMonths(1);
		return new PrRow(previous.atDay(previous.lengthOfMonth() - random.nextInt(10)),
				PrChannel.CODES.get(MonthPlan.pick(CHANNEL_WEIGHTS, random)),
				ThaiTitles.pr(district, previous, random));
	}

	/**
	 * An item whose channels include a name that is not a channel code (the importer
	 * rejects the row).
	 */
	static PrRow prItemWithUnknownChannel(District district, YearMonth month, SplittableRandom random) {
		String unknown = UNKNOWN_CHANNELS[random.nextInt(UNKNOWN_CHANNELS.length)];
		String channels = random.nextBoolean() ? unknown : "FACEBOOK;" + unknown;
		return new PrRow(SubmissionSimulator.dayIn(month, random), channels, ThaiTitles.pr(district, month, random));
	}

}
