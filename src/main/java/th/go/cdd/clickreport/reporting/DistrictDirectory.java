package th.go.cdd.clickreport.reporting;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * The reference data online reporting needs (read only): a district's province and name, its
 * sub-districts, a province's districts. The sub-district → district map of all Thailand (~7,500 rows)
 * is read once: reference data changes only with a migration, that is with a new release.
 */
@Component
class DistrictDirectory {

	record District(String code, String provinceCode, String nameTh) {
	}

	record Subdistrict(String code, String nameTh) {
	}

	/** A district's grade of a month's last run. */
	record Graded(String level, int score, SubmissionStatus status) {
	}

	private final JdbcTemplate jdbc;

	private volatile Map<String, String> subdistrictDistrict;

	private final Areas areas;

	DistrictDirectory(JdbcTemplate jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
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

	/** District code → its grade of the month's last run, for a province's districts that were graded. */
	Map<String, Graded> graded(String provinceCode, YearMonth month) {
		Map<String, Graded> graded = new HashMap<>();
		jdbc.query("SELECT district_code, level_code, score, status FROM grade WHERE province_code = ? AND report_month = ?",
				rs -> {
					graded.put(rs.getString(1),
							new Graded(rs.getString(2), rs.getInt(3), SubmissionStatus.valueOf(rs.getString(4))));
				}, provinceCode, month.toString());
		return graded;
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
