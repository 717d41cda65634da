package th.go.cdd.clickreport.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.grade.Grades;

/**
 * The reference data online reporting needs (read only): a district's province and name,
 * its sub-districts, a province's districts. The sub-district → district map of all
 * Thailand (~7,500 rows) is read once: reference data changes only with a migration, that
 * is with a new release.
 */
@Component
class DistrictDirectory {

	record District(String code, String provinceCode, String nameTh) {
	}

	record Subdistrict(String code, String nameTh) {
	}

	private volatile Map<String, String> subdistrictDistrict;

	private final Areas areas;

	private final Grades grades;

	DistrictDirectory(Areas areas, Grades grades) {
		this.areas = areas;
		this.grades = grades;
	}

	Optional<District> district(String code) {
		return areas.district(code).map(DistrictDirectory::district);
	}

	List<District> ofProvince(String provinceCode) {
		return areas.districtsOf(provinceCode).stream().map(DistrictDirectory::district).toList();
	}

	Optional<String> provinceName(String provinceCode) {
		return areas.provinceName(provinceCode);
	}

	List<Subdistrict> subdistricts(String districtCode) {
		return areas.subdistrictsOf(districtCode).stream().map(s -> new Subdistrict(s.code(), s.nameTh())).toList();
	}

	private static District district(Areas.District d) {
		return new District(d.code(), d.provinceCode(), d.nameTh());
	}

	/**
	 * District code → its grade of the month's last run, for a province's districts that
	 * were graded.
	 */
	Map<String, Grades.Graded> graded(String provinceCode, YearMonth month) {
		return grades.ofProvince(provinceCode, month.toString());
	}

	Map<String, String> subdistrictDistrict() {
		Map<String, String> map = subdistrictDistrict;
		if (map == null) {
			map = Map.copyOf(areas.subdistrictDistricts());
			subdistrictDistrict = map;
		}
		return map;
	}

}
