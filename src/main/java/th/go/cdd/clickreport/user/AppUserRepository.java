package th.go.cdd.clickreport.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The users in table app_user; passwords arrive here already hashed. */
@Repository
class AppUserRepository {

	record AppUser(String username, String passwordHash, Role role, String districtCode, boolean enabled,
			LocalDateTime createdAtUtc, String provinceCode, boolean mustChangePassword) {
	}

	private static final RowMapper<AppUser> MAPPER = (rs, i) -> new AppUser(rs.getString("username"),
			rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("district_code"),
			rs.getBoolean("enabled"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("province_code"),
			rs.getBoolean("must_change_password"));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AppUserRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<AppUser> find(String username) {
		return jdbc.query("SELECT * FROM app_user WHERE username = ?", MAPPER, username).stream().findFirst();
	}

	List<AppUser> all() {
		return jdbc.query("SELECT * FROM app_user ORDER BY role, username", MAPPER);
	}

	boolean anyEnabledAdmin() {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE",
				Integer.class);
		return count != null && count > 0;
	}

	void add(String username, String passwordHash, Role role, String districtCode) {
		jdbc.update("""
				INSERT INTO app_user (username, password_hash, role, district_code, province_code, enabled, created_at)
				VALUES (?, ?, ?, ?, (SELECT d.province_code FROM district d WHERE d.code = ?), TRUE, ?)""", username,
				passwordHash, role.name(), districtCode, districtCode,
				Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
	}

	void setPassword(String username, String passwordHash) {
		jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordHash, username);
	}

	/** @return whether there was such a user */
	boolean setRole(String username, Role role, String districtCode) {
		return jdbc.update("""
				UPDATE app_user SET role = ?, district_code = ?,
				       province_code = (SELECT d.province_code FROM district d WHERE d.code = ?)
				 WHERE username = ?""", role.name(), districtCode, districtCode, username) > 0;
	}

	void makeEnabledAdmin(String username) {
		jdbc.update("UPDATE app_user SET role = 'ADMIN', enabled = TRUE, district_code = NULL, province_code = NULL WHERE username = ?",
				username);
	}

	boolean remove(String username) {
		return jdbc.update("DELETE FROM app_user WHERE username = ?", username) > 0;
	}

	boolean districtExists(String code) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM district WHERE code = ?", Integer.class, code);
		return count != null && count > 0;
	}

}
