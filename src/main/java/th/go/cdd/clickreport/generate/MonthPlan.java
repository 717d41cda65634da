package th.go.cdd.clickreport.generate;

import java.util.SplittableRandom;

/**
 * The shape of one district's report for one month before any text is drawn: how many
 * officials installed the app, whether its services are up to date, how many PR items on
 * how many channels, how many activities and whether the downloads reach the target.
 *
 * <p>
 * The generator aims each district-month at a level of the default rubric (SPEC §4,
 * FY2567-Q3) so that a national month shows the spread of real provinces. It only aims:
 * the grade is what the product's grader makes of the rows, and a rejected row can move
 * it.
 */
record MonthPlan(Level level, int officialsDownloaded, Services services, int prItems, boolean prOneChannel,
		int activities, boolean downloadsMet) {

	enum Level {

		A, B, C, D;

		Level below() {
			return this == D ? D : values()[ordinal() + 1];
		}

	}

	enum Services {

		ALL_UPDATED, SOME_NOT_UPDATED, ROW_MISSING, NONE_UPDATED

	}

	/**
	 * Cumulative shares D, C, B of the aimed levels (the rest is A) when 3/4 of the
	 * officials (B) is possible.
	 */
	private static final double[] WITH_B = { 0.25, 0.52, 0.88 };

	/**
	 * With 3 or 5 officials no share lies in [70 %, 80 %), so such a district is A, C or
	 * D.
	 */
	private static final double[] WITHOUT_B = { 0.37, 0.85, 0.85 };

	/**
	 * The level a district aims at this month: its diligence with some month-to-month
	 * noise (±0.15).
	 */
	static Level aim(DistrictProfile profile, SplittableRandom random) {
		double score = profile.diligence() + (random.nextDouble() - random.nextDouble()) * 0.15;
		double[] cut = count(profile.officialsTotal(), 70, 80) > 0 ? WITH_B : WITHOUT_B;
		return score < cut[0] ? Level.D : score < cut[1] ? Level.C : score < cut[2] ? Level.B : Level.A;
	}

	static MonthPlan forLevel(Level level, int officialsTotal, SplittableRandom random) {
		int prItems = 2 + random.nextInt(5);
		int activities = 2 + random.nextInt(4);
		switch (level) {
			case A:
				return new MonthPlan(level, officials(officialsTotal, 80, 101, random), Services.ALL_UPDATED, prItems,
						false, activities, true);
			case B: {
				int downloaded = officials(officialsTotal, 70, 80, random);
				return downloaded < 0 ? forLevel(Level.C, officialsTotal, random)
						: new MonthPlan(level, downloaded, Services.ALL_UPDATED, prItems, false, activities, true);
			}
			case C: {
				// Everything C needs, and at least one B condition missed.
				int downloaded = officials(officialsTotal, 60, 101, random);
				int lowShare = officials(officialsTotal, 60, 70, random);
				int miss = random.nextInt(100);
				if (lowShare >= 0 && miss < 40) {
					downloaded = lowShare;
				}
				else if (miss < 70) {
					prItems = 1;
				}
				else {
					activities = 1;
				}
				return new MonthPlan(level, downloaded, Services.ALL_UPDATED, prItems, false, activities, true);
			}
			default:
				return missSomeOfC(officialsTotal, random);
		}
	}

	/**
	 * A D month: a C-like report that misses one to three of C's conditions, downloads
	 * most often.
	 */
	private static MonthPlan missSomeOfC(int officialsTotal, SplittableRandom random) {
		int downloaded = officials(officialsTotal, 60, 101, random);
		Services services = Services.ALL_UPDATED;
		int prItems = 1 + random.nextInt(6);
		boolean oneChannel = false;
		int activities = 1 + random.nextInt(5);
		boolean downloadsMet = true;
		int[] weights = { 35, 20, 20, 15, 10 }; // downloads, officials, PR, services,
												// activities
		int misses = random.nextInt(100) < 55 ? 1 : random.nextInt(100) < 65 ? 2 : 3;
		for (int i = 0; i < misses; i++) {
			int item = pick(weights, random);
			weights[item] = 0;
			switch (item) {
				case 0 -> downloadsMet = false;
				case 1 -> downloaded = random.nextInt(100) < 15 ? 0 : officials(officialsTotal, 1, 60, random);
				case 2 -> {
					oneChannel = random.nextBoolean();
					prItems = oneChannel ? 1 + random.nextInt(3) : 0;
				}
				case 3 -> {
					int mode = random.nextInt(100);
					services = mode < 60 ? Services.SOME_NOT_UPDATED
							: mode < 85 ? Services.ROW_MISSING : Services.NONE_UPDATED;
				}
				default -> activities = 0;
			}
		}
		return new MonthPlan(Level.D, downloaded, services, prItems, oneChannel, activities, downloadsMet);
	}

	/**
	 * A number of officials k out of {@code total} with minPct ≤ k/total·100 < maxPct
	 * (integer arithmetic, as the grader compares), drawn evenly; -1 when no k fits.
	 */
	static int officials(int total, int minPct, int maxPctExclusive, SplittableRandom random) {
		int count = count(total, minPct, maxPctExclusive);
		return count == 0 ? -1 : first(total, minPct) + random.nextInt(count);
	}

	private static int count(int total, int minPct, int maxPctExclusive) {
		int count = 0;
		for (int k = first(total, minPct); k <= total && k * 100 < maxPctExclusive * total; k++) {
			count++;
		}
		return count;
	}

	/** The smallest k with k/total·100 ≥ minPct. */
	private static int first(int total, int minPct) {
		return (minPct * total + 99) / 100;
	}

	static int pick(int[] weights, SplittableRandom random) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		throw new IllegalStateException("weights must not all be zero");
	}

}
