package th.go.cdd.clickreport.generate;

import java.util.List;
import java.util.SplittableRandom;

/** A district of the reference data with its sub-districts, as the generator reads it. */
record District(String code, String provinceCode, String nameTh, List<Subdistrict> subdistricts) {

	/** Bangkok (10) has เขต and แขวง; every other province อำเภอ and ตำบล. */
	static final String BANGKOK = "10";

	record Subdistrict(String code, String nameTh) {
	}

	/** อำเภอเชียงของ, or เขตพระนคร in Bangkok. */
	String displayName() {
		return (BANGKOK.equals(provinceCode) ? "เขต" : "อำเภอ") + nameTh;
	}

	/** One of its sub-districts by name (ตำบลริมกก, แขวงวังบูรพาภิรมย์), for a title. */
	String anySubdistrictName(SplittableRandom random) {
		if (subdistricts.isEmpty()) {
			return displayName();
		}
		String name = subdistricts.get(random.nextInt(subdistricts.size())).nameTh();
		return (BANGKOK.equals(provinceCode) ? "แขวง" : "ตำบล") + name;
	}

}
