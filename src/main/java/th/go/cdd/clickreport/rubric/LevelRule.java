package th.go.cdd.clickreport.rubric;

/**
 * The conditions of one level (or of the D floors) of a rubric.
 *
 * @param officialsMinPct item 1: officials who downloaded, as a whole percentage of all
 * officials
 * @param officialsStrict item 1 compares with {@code >} instead of {@code >=} (the D
 * floor "m1 > 0 %")
 * @param servicesRule item 2: ALL (every relevant service updated) or ANY (at least one
 * updated)
 * @param prMinTimes item 3: PR items published in the month
 * @param prMinChannels item 3: distinct channels over those items
 * @param activitiesMin item 4: activities held in the month
 * @param downloadTargetNeeded item 5: downloads must reach the target
 * @param points the score of the level, or for the floor the points per condition met
 */
public record LevelRule(String levelCode, int officialsMinPct, boolean officialsStrict, ServicesRule servicesRule,
		int prMinTimes, int prMinChannels, int activitiesMin, boolean downloadTargetNeeded, int points) {

	public enum ServicesRule {

		ALL, ANY

	}

	boolean officialsMet(int downloaded, int total) {
		// Integer arithmetic: 4/5 is exactly 80 %, never a rounded float.
		long lhs = (long) downloaded * 100;
		long rhs = (long) officialsMinPct * total;
		return officialsStrict ? lhs > rhs : lhs >= rhs;
	}

	boolean servicesMet(boolean allRelevantUpdated, boolean anyUpdated) {
		return servicesRule == ServicesRule.ALL ? allRelevantUpdated : anyUpdated;
	}

	boolean prMet(int times, int channels) {
		return times >= prMinTimes && channels >= prMinChannels;
	}

	boolean activitiesMet(int activities) {
		return activities >= activitiesMin;
	}

	boolean downloadsMet(int downloads, int target) {
		return !downloadTargetNeeded || downloads >= target;
	}

}
