package th.go.cdd.clickreport.area;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reference areas (province, district, subdistrict): the only class that reads them
 * on its own. They are written once, by {@link ReferenceAreasMigration}, and change only
 * with a migration. Other families' owners may join a name into their own queries; nobody
 * else asks these tables directly.
 */
@Repository
public class Areas {

	public record Province(String code, String nameTh) {
	}

	public record District(String code, String provinceCode, String nameTh) {
	}

	public record Subdistrict(String code, String districtCode, String nameTh) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	public Areas(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// --- provinces ---

	/** Every province in code order. */
	public List<Province> provinces() {
		return jdbc.query("SELECT code, name_th FROM province ORDER BY code", Map.of(),
				(rs, i) -> new Province(rs.getString(1), rs.getString(2)));
	}

	/** Every province code in order. */
	public List<String> provinceCodes() {
		return jdbc.queryForList("SELECT code FROM province ORDER BY code", Map.of(), String.class);
	}

	/** Code → Thai name of every province, in code order. */
	public Map<String, String> provinceNames() {
		Map<String, String> names = new LinkedHashMap<>();
		provinces().forEach(p -> names.put(p.code(), p.nameTh()));
		return names;
	}

	/** Code → Thai name of some provinces, in code order (unknown codes left out). */
	public Map<String, String> provinceNames(Collection<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		if (!codes.isEmpty()) {
			jdbc.query("SELECT code, name_th FROM province WHERE code IN (:codes) ORDER BY code",
					Map.of("codes", codes), rs -> {
						names.put(rs.getString(1), rs.getString(2));
					});
		}
		return names;
	}

	/** The Thai name of a province, or empty for a code that is not a province. */
	public Optional<String> provinceName(String code) {
		return jdbc.queryForList("SELECT name_th FROM province WHERE code = :code", Map.of("code", code), String.class)
			.stream()
			.findFirst();
	}

	public boolean provinceExists(String code) {
		return provinceName(code).isPresent();
	}

	/** Those of {@code codes} that are a province. */
	public Set<String> knownProvinces(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.queryForList("SELECT code FROM province WHERE code IN (:codes)",
				Map.of("codes", codes), String.class));
	}

	// --- districts ---

	public Optional<District> district(String code) {
		return jdbc
			.query("SELECT code, province_code, name_th FROM district WHERE code = :code", Map.of("code", code),
					(rs, i) -> new District(rs.getString(1), rs.getString(2), rs.getString(3)))
			.stream()
			.findFirst();
	}

	/** The districts of a province in code order. */
	public List<District> districtsOf(String province) {
		return jdbc.query(
				"SELECT code, province_code, name_th FROM district WHERE province_code = :province ORDER BY code",
				Map.of("province", province),
				(rs, i) -> new District(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	/** Code → Thai name of a province's districts, in code order. */
	public Map<String, String> districtNames(String province) {
		Map<String, String> names = new LinkedHashMap<>();
		districtsOf(province).forEach(d -> names.put(d.code(), d.nameTh()));
		return names;
	}

	/**
	 * Every district in code order (codes begin with their province's, so each province's
	 * stay together).
	 */
	public List<District> districts() {
		return jdbc.query("SELECT code, province_code, name_th FROM district ORDER BY code", Map.of(),
				(rs, i) -> new District(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	/** Every district code. */
	public Set<String> districtCodes() {
		return new HashSet<>(jdbc.queryForList("SELECT code FROM district", Map.of(), String.class));
	}

	/**
	 * How many districts the provinces have; all of them when {@code provinces} is null.
	 */
	public long districtCount(Collection<String> provinces) {
		Long count = provinces == null ? jdbc.queryForObject("SELECT COUNT(*) FROM district", Map.of(), Long.class)
				: provinces.isEmpty() ? Long.valueOf(0)
						: jdbc.queryForObject("SELECT COUNT(*) FROM district WHERE province_code IN (:codes)",
								Map.of("codes", provinces), Long.class);
		return count == null ? 0 : count;
	}

	/** Province code → how many districts it has. */
	public Map<String, Integer> districtCounts() {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.query("SELECT province_code, COUNT(*) FROM district GROUP BY province_code", Map.of(), rs -> {
			counts.put(rs.getString(1), rs.getInt(2));
		});
		return counts;
	}

	// --- sub-districts ---

	/** The sub-districts of a district in code order. */
	public List<Subdistrict> subdistrictsOf(String district) {
		return jdbc.query(
				"SELECT code, district_code, name_th FROM subdistrict WHERE district_code = :district ORDER BY code",
				Map.of("district", district),
				(rs, i) -> new Subdistrict(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	/** Sub-district code → its district's code, for all Thailand. */
	public Map<String, String> subdistrictDistricts() {
		Map<String, String> map = new HashMap<>();
		jdbc.query("SELECT code, district_code FROM subdistrict", Map.of(), rs -> {
			map.put(rs.getString(1), rs.getString(2));
		});
		return map;
	}

	/**
	 * Hands each district of the provinces (all when {@code provinces} is null) with each
	 * of its sub-districts to {@code rows}, one row per sub-district in code order:
	 * district code, province code, district name, sub-district code, sub-district name
	 * (the last two null for a district without any). Rows are streamed, not collected,
	 * so that memory does not grow with the areas read.
	 */
	public void eachDistrictWithSubdistricts(Collection<String> provinces, RowCallbackHandler rows) {
		if (provinces == null) {
			jdbc.query(DISTRICTS_WITH_SUBDISTRICTS + "ORDER BY d.code, s.code", Map.of(), rows);
		}
		else if (!provinces.isEmpty()) {
			jdbc.query(DISTRICTS_WITH_SUBDISTRICTS + "WHERE d.province_code IN (:codes) ORDER BY d.code, s.code",
					Map.of("codes", provinces), rows);
		}
	}

	private static final String DISTRICTS_WITH_SUBDISTRICTS = """
			SELECT d.code, d.province_code, d.name_th, s.code, s.name_th
			FROM district d LEFT JOIN subdistrict s ON s.district_code = d.code
			""";

}
