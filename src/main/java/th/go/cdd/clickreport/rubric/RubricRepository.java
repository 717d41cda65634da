package th.go.cdd.clickreport.rubric;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads rubric versions (thresholds as data, SPEC §4) from the rubric tables. */
@Repository
public class RubricRepository {

	private final JdbcTemplate jdbc;

	private final Map<Long, Rubric> byId = new ConcurrentHashMap<>();

	RubricRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rubric in force for {@code month}: the latest one whose effective period holds
	 * the month's first day.
	 */
	public Optional<Rubric> findInForce(YearMonth month) {
		Date first = Date.valueOf(month.atDay(1));
		List<Long> ids = jdbc.queryForList("""
				SELECT id FROM rubric
				WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)
				ORDER BY effective_from DESC, id DESC""", Long.class, first, first);
		return ids.isEmpty() ? Optional.empty() : Optional.of(get(ids.get(0)));
	}

	/**
	 * A rubric by id, read once per process: a rubric's rows are never changed once it
	 * exists (a change of the rules is a new rubric with its own effective period), and
	 * reports write every grade's reasons from its rubric.
	 */
	public Rubric get(long id) {
		return byId.computeIfAbsent(id, this::load);
	}

	private Rubric load(long id) {
		List<LevelRule> levels = new ArrayList<>();
		List<LevelRule> floors = new ArrayList<>();
		jdbc.query("""
				SELECT level_code, kind, officials_min_pct, officials_strict, services_rule, pr_min_times,
				       pr_min_channels, activities_min, download_target_needed, points
				FROM rubric_level WHERE rubric_id = ? ORDER BY rank_order""", rs -> {
			LevelRule rule = new LevelRule(rs.getString("level_code"), rs.getInt("officials_min_pct"),
					rs.getBoolean("officials_strict"), LevelRule.ServicesRule.valueOf(rs.getString("services_rule")),
					rs.getInt("pr_min_times"), rs.getInt("pr_min_channels"), rs.getInt("activities_min"),
					rs.getBoolean("download_target_needed"), rs.getInt("points"));
			("FLOOR".equals(rs.getString("kind")) ? floors : levels).add(rule);
		}, id);
		if (floors.size() != 1) {
			throw new IllegalStateException("Rubric " + id + " needs exactly one FLOOR row (the D floors)");
		}
		LevelRule floor = floors.get(0);
		List<ServiceDefinition> services = jdbc.query(
				"SELECT service_code, name_th FROM rubric_service WHERE rubric_id = ? ORDER BY sort_order",
				(rs, i) -> new ServiceDefinition(rs.getString(1), rs.getString(2)), id);
		return jdbc.queryForObject("""
				SELECT id, code, name_th, effective_from, effective_to, deadline_day, downloads_per_subdistrict
				FROM rubric WHERE id = ?""", (rs, i) -> {
			Date to = rs.getDate("effective_to");
			return new Rubric(rs.getLong("id"), rs.getString("code"), rs.getString("name_th"),
					rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate(),
					rs.getInt("deadline_day"), rs.getInt("downloads_per_subdistrict"), levels, floor, services);
		}, id);
	}

	/** The first day any rubric is in force, to explain a month that has none. */
	public Optional<LocalDate> earliestEffectiveFrom() {
		Date d = jdbc.queryForObject("SELECT MIN(effective_from) FROM rubric", Date.class);
		return Optional.ofNullable(d).map(Date::toLocalDate);
	}

}
