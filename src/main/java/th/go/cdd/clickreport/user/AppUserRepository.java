package th.go.cdd.clickreport.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.area.Areas;

/**
 * The users in table app_user; passwords arrive here already hashed. Names are looked up
 * in their normal form ({@link Usernames}) whatever the database's collation.
 */
@Repository
class AppUserRepository {

	record AppUser(String username, String passwordHash, Role role, String districtCode, boolean enabled,
			LocalDateTime createdAtUtc, String provinceCode, boolean mustChangePassword,
			boolean passwordFromEnvironment) {
	}

	private static final RowMapper<AppUser> MAPPER = (rs, i) -> new AppUser(rs.getString("username"),
			rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("district_code"),
			rs.getBoolean("enabled"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("province_code"),
			rs.getBoolean("must_change_password"), rs.getBoolean("password_from_environment"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Areas areas;

	AppUserRepository(NamedParameterJdbcTemplate jdbc, Clock clock, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.clock = clock;
	}

	Optional<AppUser> find(String username) {
		String name = Usernames.normalise(username);
		if (name.isEmpty() || name.length() > Usernames.MAX) {
			return Optional.empty();
		}
		return jdbc.query("SELECT * FROM app_user WHERE LOWER(username) = :name", Map.of("name", name), MAPPER)
			.stream()
			.findFirst();
	}

	/** Every user, or those limited to {@code province} when it is not null. */
	List<AppUser> all(String province) {
		if (province == null) {
			return jdbc.query("SELECT * FROM app_user ORDER BY role, username", MAPPER);
		}
		return jdbc.query("SELECT * FROM app_user WHERE province_code = :province ORDER BY role, username",
				Map.of("province", province), MAPPER);
	}

	boolean anyEnabledAdmin() {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE",
				Map.of(), Integer.class);
		return count != null && count > 0;
	}

	/**
	 * Adds a user; the province is the district's when a district is given.
	 * @throws org.springframework.dao.DuplicateKeyException when the name is taken
	 */
	void add(String username, String passwordHash, Role role, String districtCode, String provinceCode,
			boolean mustChangePassword, boolean fromEnvironment) {
		jdbc.update("""
				INSERT INTO app_user (username, password_hash, role, district_code, province_code, enabled, created_at,
				                      must_change_password, password_from_environment)
				VALUES (:username, :hash, :role, :district,
				        COALESCE((SELECT d.province_code FROM district d WHERE d.code = :district), :province),
				        TRUE, :now, :mustChange, :fromEnvironment)""",
				new MapSqlParameterSource().addValue("username", Usernames.normalise(username))
					.addValue("hash", passwordHash)
					.addValue("role", role.name())
					.addValue("district", districtCode)
					.addValue("province", provinceCode)
					.addValue("now", Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
					.addValue("mustChange", mustChangePassword)
					.addValue("fromEnvironment", fromEnvironment));
	}

	/**
	 * Sets a password. One set on the pages or the API is never undone by
	 * CLICK_ADMIN_PASSWORD at the next start ({@code fromEnvironment} false); one given
	 * to someone else may be one-time.
	 */
	void setPassword(String username, String passwordHash, boolean mustChange, boolean fromEnvironment) {
		jdbc.update("""
				UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange,
				       password_from_environment = :fromEnvironment
				 WHERE LOWER(username) = :name""",
				new MapSqlParameterSource("hash", passwordHash).addValue("mustChange", mustChange)
					.addValue("fromEnvironment", fromEnvironment)
					.addValue("name", Usernames.normalise(username)));
	}

	/**
	 * @return whether there was such a user
	 */
	boolean setRole(String username, Role role, String districtCode, String provinceCode) {
		return jdbc.update(
				"""
						UPDATE app_user SET role = :role, district_code = :district,
						       province_code = COALESCE((SELECT d.province_code FROM district d WHERE d.code = :district), :province)
						 WHERE LOWER(username) = :name""",
				new MapSqlParameterSource("role", role.name()).addValue("district", districtCode)
					.addValue("province", provinceCode)
					.addValue("name", Usernames.normalise(username))) > 0;
	}

	void makeEnabledAdmin(String username) {
		jdbc.update("""
				UPDATE app_user SET role = 'ADMIN', enabled = TRUE, district_code = NULL, province_code = NULL
				 WHERE LOWER(username) = :name""", Map.of("name", Usernames.normalise(username)));
	}

	boolean remove(String username) {
		return jdbc.update("DELETE FROM app_user WHERE LOWER(username) = :name",
				Map.of("name", Usernames.normalise(username))) > 0;
	}

	boolean districtExists(String code) {
		return areas.district(code).isPresent();
	}

	boolean provinceExists(String code) {
		return areas.provinceExists(code);
	}

	/** The province of a district, or null when there is no such district. */
	String provinceOfDistrict(String district) {
		return areas.district(district).map(Areas.District::provinceCode).orElse(null);
	}

	String districtName(String district) {
		return areas.district(district).map(Areas.District::nameTh).orElse("");
	}

	/**
	 * The districts of {@code province} that no REPORTER account is bound to, in code
	 * order.
	 */
	List<String> districtsWithoutReporter(String province) {
		return jdbc.queryForList("""
				SELECT d.code FROM district d
				 WHERE d.province_code = :province
				   AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.district_code = d.code AND u.role = 'REPORTER')
				 ORDER BY d.code""", Map.of("province", province), String.class);
	}

}
