package th.go.cdd.clickreport.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.system.DbTime;

/**
 * The addresses files are delivered to (table delivery_recipient): per province its
 * governor's office (unit = the province's code) and per district its own (unit = the
 * district's code).
 */
@Repository
class RecipientRepository {

	/** A district of a province with its addresses. */
	record DistrictRecipients(String code, String nameTh, List<String> addresses) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Areas areas;

	RecipientRepository(NamedParameterJdbcTemplate jdbc, Clock clock, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.clock = clock;
	}

	/**
	 * The addresses of one unit (a province's office or a district), in the order they
	 * were added.
	 */
	List<String> addresses(String unit) {
		return jdbc.queryForList(
				"SELECT address FROM delivery_recipient WHERE unit_code = :unit ORDER BY added_at, address",
				Map.of("unit", unit), String.class);
	}

	/**
	 * Every district of {@code province} by code, with its addresses (none for most at
	 * first).
	 */
	List<DistrictRecipients> districts(String province) {
		Map<String, DistrictRecipients> districts = new LinkedHashMap<>();
		for (Areas.District d : areas.districtsOf(province)) {
			districts.put(d.code(), new DistrictRecipients(d.code(), d.nameTh(), new ArrayList<>()));
		}
		jdbc.query("""
				SELECT unit_code, address FROM delivery_recipient
				WHERE province_code = :province AND unit_code <> :province ORDER BY added_at, address""",
				Map.of("province", province), rs -> {
					DistrictRecipients district = districts.get(rs.getString(1));
					if (district != null) {
						district.addresses().add(rs.getString(2));
					}
				});
		return List.copyOf(districts.values());
	}

	/**
	 * The province of a unit (itself for a province, the district's for a district), or
	 * null when there is none.
	 */
	String provinceOf(String unit) {
		if (unit.length() == 2) {
			return areas.provinceExists(unit) ? unit : null;
		}
		return areas.district(unit).map(Areas.District::provinceCode).orElse(null);
	}

	/**
	 * Adds addresses to a unit; those it has already are left as they are.
	 * @return the addresses that were new
	 */
	List<String> add(String province, String unit, List<String> addresses, String by) {
		List<String> added = new ArrayList<>();
		for (String address : addresses) {
			int rows;
			try {
				rows = jdbc.update("""
						INSERT INTO delivery_recipient (unit_code, province_code, address, added_by, added_at)
						SELECT :unit, :province, :address, :by, :at FROM province
						WHERE code = :province AND NOT EXISTS
						  (SELECT 1 FROM delivery_recipient WHERE unit_code = :unit AND address = :address)""",
						new MapSqlParameterSource().addValue("unit", unit)
							.addValue("province", province)
							.addValue("address", address)
							.addValue("by", by)
							.addValue("at", DbTime.text(clock.instant())));
			}
			catch (DuplicateKeyException ex) {
				rows = 0; // added by someone else at the same moment
			}
			if (rows > 0) {
				added.add(address);
			}
		}
		return added;
	}

	/**
	 * @return whether the unit had the address
	 */
	boolean remove(String unit, String address) {
		return jdbc.update("DELETE FROM delivery_recipient WHERE unit_code = :unit AND address = :address",
				Map.of("unit", unit, "address", address)) > 0;
	}

}
