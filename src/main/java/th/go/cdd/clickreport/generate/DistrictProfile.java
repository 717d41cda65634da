package th.go.cdd.clickreport.generate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * What stays the same for a district from month to month: how diligent its office is
 * (0–1), how many heads of agencies it has (3–5; item 1) and which services concern it
 * (item 2: a district without tourism has no CDD พาเที่ยว data to keep).
 */
record DistrictProfile(double diligence, int officialsTotal, Set<String> relevantServices) {

	/** The services of SPEC §2 with the share of districts for which each is relevant. */
	static final List<String> SERVICES = List.of("SHOP", "KNOWLEDGE", "SAGE", "FUNDING", "TRAVEL", "CAREER108",
			"NEWS_EVENT");

	private static final double[] RELEVANT_SHARE = { 1.0, 0.97, 0.92, 0.85, 0.6, 0.9, 0.95 };

	static DistrictProfile draw(long seed, String districtCode) {
		SplittableRandom random = Seeds.district(seed, districtCode);
		double diligence = random.nextDouble();
		// นายอำเภอ, พัฒนาการอำเภอ, ท้องถิ่นอำเภอ and, in most districts, ที่ดินอำเภอ; a
		// few count a fifth.
		int draw = random.nextInt(100);
		int officials = draw < 70 ? 4 : draw < 85 ? 3 : 5;
		Set<String> relevant = new TreeSet<>();
		for (int i = 0; i < SERVICES.size(); i++) {
			if (random.nextDouble() < RELEVANT_SHARE[i]) {
				relevant.add(SERVICES.get(i));
			}
		}
		return new DistrictProfile(diligence, officials, Set.copyOf(relevant));
	}

	boolean relevant(String serviceCode) {
		return relevantServices.contains(serviceCode);
	}

}
