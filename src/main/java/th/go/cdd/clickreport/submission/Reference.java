package th.go.cdd.clickreport.submission;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.area.Areas;

/**
 * The reference data rows are checked against: about 900 districts and 7,500
 * sub-districts of all Thailand, and the service codes of every rubric (in order).
 */
record Reference(Set<String> districts, Map<String, String> subdistrictDistrict, Set<String> services) {

	static Reference load(Areas areas, JdbcTemplate jdbc) {
		Set<String> districts = areas.districtCodes();
		Map<String, String> subdistricts = areas.subdistrictDistricts();
		// a bundle may hold months of different rubrics, so a code of any rubric is
		// known; in the
		// newest rubric's order, as a reject lists them
		Set<String> services = new LinkedHashSet<>(jdbc.queryForList("""
				SELECT s.service_code FROM rubric_service s JOIN rubric r ON r.id = s.rubric_id
				ORDER BY r.effective_from DESC, s.sort_order""", String.class));
		return new Reference(Set.copyOf(districts), Map.copyOf(subdistricts), Collections.unmodifiableSet(services));
	}

}
