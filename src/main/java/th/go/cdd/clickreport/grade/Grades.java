package th.go.cdd.clickreport.grade;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.rubric.Grade.ItemReason;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.system.DbTime;
import th.go.cdd.clickreport.system.InLists;
import th.go.cdd.clickreport.system.LoadDataLocal;
import th.go.cdd.clickreport.system.TableRows;

/**
 * Questions asked of the month's grades (grade, grade_note) outside the job that writes
 * them: what a run's provinces came to, their warnings and rejected rows, a province's
 * graded districts. The provinces are always a list of codes ({@code IN (:provinces)}),
 * never a condition built as text.
 */
@Repository
public class Grades {

	/** What the month's grades of some provinces came to. */
	public record Totals(int districts, Map<String, Integer> levels, Long rubricId, int late, int notSubmitted,
			int invalid, int notes) {

		public int level(String code) {
			return levels.getOrDefault(code, 0);
		}

	}

	/**
	 * A warning, rejected row or reason for invalidity stored with a district's grade.
	 */
	public record DistrictNote(String districtCode, String districtName, String severity, String source,
			String message) {
	}

	/** A district's grade of a month's last run. */
	public record Graded(String level, int score, SubmissionStatus status) {
	}

	/** A district's grade as a run stores it. */
	public record Stored(Grade grade, String provinceCode, long runId) {
	}

	private static final TableRows.Table GRADE = new TableRows.Table("grade", "report_month", "district_code",
			"province_code", "job_execution_id", "rubric_id", "status", "level_code", "score", "submission_id",
			"submitted_at", "officials_total", "officials_downloaded", "services_relevant", "services_updated",
			"m2_all", "m2_any", "pr_times", "pr_channels", "activities", "downloads", "download_target", "graded_at",
			"next_level", "items_met", "items_floor_met", "items_target_met");

	private static final TableRows.Table NOTE = new TableRows.Table("grade_note", "report_month", "district_code",
			"seq", "severity", "source", "message");

	private final NamedParameterJdbcTemplate jdbc;

	public Grades(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// --- writing (the grading job) ---

	/**
	 * Replaces the month's grades and notes of these districts, in the caller's
	 * transaction: a re-run never duplicates a grade. The rows go to MariaDB as
	 * {@code LOAD DATA LOCAL} ({@link LoadDataLocal}): a multi-row INSERT of them took
	 * the server as long to parse as to store.
	 * @param now when they were graded, as stored
	 */
	public void replace(String month, List<Stored> graded, String now) {
		if (graded.isEmpty()) {
			return;
		}
		List<String> districts = new ArrayList<>();
		List<Object[]> grades = new ArrayList<>();
		List<Object[]> notes = new ArrayList<>();
		for (Stored stored : graded) {
			Grade g = stored.grade();
			districts.add(g.districtCode());
			Grade.Measures m = g.measures();
			grades.add(new Object[] { month, g.districtCode(), stored.provinceCode(), stored.runId(), g.rubricId(),
					g.status().name(), g.level(), g.score(), g.submissionId(), DbTime.text(g.submittedAt()),
					m.officialsTotal(), m.officialsDownloaded(), m.servicesRelevant(), m.servicesUpdated(),
					m.servicesAllRelevantUpdated(), m.servicesAnyUpdated(), m.prTimes(), m.prChannels(), m.activities(),
					m.downloads(), m.downloadTarget(), now, g.items().get(0).nextLevel(),
					flags(g.items(), ItemReason::met), flags(g.items(), ItemReason::floorMet),
					flags(g.items(), ItemReason::targetMet) });
			int seq = 0;
			for (Note note : g.notes()) {
				notes.add(new Object[] { month, g.districtCode(), ++seq, note.severity().name(),
						ColumnText.clip(note.source(), 120), ColumnText.clip(note.message(), 1000) });
			}
		}
		replacePrevious(month, districts);
		LoadDataLocal.write(jdbc.getJdbcTemplate(), List.of(new TableRows(GRADE, grades), new TableRows(NOTE, notes)));
	}

	/**
	 * Deletes the earlier grades of these districts for the month, if any, and none when
	 * the month's first run finds nothing to replace. The check reads the districts'
	 * range of codes in one query (a chunk is consecutive districts of a partition). When
	 * every grade in that range is one of the chunk's, as in a run's chunk, one statement
	 * per table deletes the range: MariaDB reads it as a range of the primary key and
	 * locks only its rows. A list of codes instead (IN, even with the range beside it)
	 * was planned as a scan of the whole table while the month's grades were few, which
	 * locks every row it reads: on a re-run the partitions then waited for each other's
	 * rows, and a deadlock cost a chunk a retry one second later. Otherwise (a graded
	 * district between the chunk's that is not in it) the chunk's own are deleted by
	 * their codes.
	 */
	private void replacePrevious(String month, List<String> districts) {
		List<String> sorted = districts.stream().sorted().toList();
		Set<String> chunk = Set.copyOf(districts);
		Map<String, Object> range = Map.of("month", month, "first", sorted.get(0), "last",
				sorted.get(sorted.size() - 1));
		List<String> inRange = jdbc.queryForList("""
				SELECT district_code FROM grade
				WHERE report_month = :month AND district_code BETWEEN :first AND :last""", range, String.class);
		List<String> graded = inRange.stream().filter(chunk::contains).toList();
		if (graded.isEmpty()) {
			return;
		}
		if (graded.size() == inRange.size()) {
			jdbc.update("""
					DELETE FROM grade_note
					WHERE report_month = :month AND district_code BETWEEN :first AND :last""", range);
			jdbc.update("DELETE FROM grade WHERE report_month = :month AND district_code BETWEEN :first AND :last",
					range);
			return;
		}
		for (List<String> slice : InLists.slices(graded)) {
			Map<String, Object> gradedKeys = Map.of("month", month, "districts", slice);
			jdbc.update("DELETE FROM grade_note WHERE report_month = :month AND district_code IN (:districts)",
					gradedKeys);
			jdbc.update("DELETE FROM grade WHERE report_month = :month AND district_code IN (:districts)", gradedKeys);
		}
	}

	/**
	 * Items 1–5 as five characters, '1' where {@code met} holds: the reasons' decisions
	 * are stored on the grade row (their wording follows from the measures and the
	 * rubric; {@code Grader.reasons}).
	 */
	static String flags(List<ItemReason> items, Predicate<ItemReason> met) {
		StringBuilder flags = new StringBuilder(items.size());
		for (ItemReason item : items) {
			flags.append(met.test(item) ? '1' : '0');
		}
		return flags.toString();
	}

	// --- reading ---

	/** The month's totals of the provinces' grades. */
	public Totals totals(String month, Collection<String> provinces) {
		Map<String, Integer> levels = new HashMap<>();
		int[] counts = new int[4];
		Long[] rubric = { null };
		if (!provinces.isEmpty()) {
			jdbc.query("""
					SELECT g.level_code, g.status, COUNT(*), MAX(g.rubric_id) FROM grade g
					WHERE g.report_month = :month AND g.province_code IN (:provinces)
					GROUP BY g.level_code, g.status""", args(month, provinces), rs -> {
				int n = rs.getInt(3);
				if (rs.getString(1) != null) {
					levels.merge(rs.getString(1), n, Integer::sum);
				}
				counts[0] += n;
				switch (rs.getString(2)) {
					case "LATE" -> counts[1] += n;
					case "NOT_SUBMITTED" -> counts[2] += n;
					case "INVALID" -> counts[3] += n;
					default -> {
					}
				}
				long id = rs.getLong(4);
				rubric[0] = rubric[0] == null ? id : Math.max(rubric[0], id);
			});
		}
		return new Totals(counts[0], Map.copyOf(levels), rubric[0], counts[1], counts[2], counts[3],
				noteCount(month, provinces));
	}

	/** How many warnings and rejected rows the provinces' grades of the month carry. */
	public int noteCount(String month, Collection<String> provinces) {
		if (provinces.isEmpty()) {
			return 0;
		}
		Integer notes = jdbc.queryForObject("""
				SELECT COUNT(*) FROM grade_note n JOIN grade g
				  ON g.report_month = n.report_month AND g.district_code = n.district_code
				WHERE g.report_month = :month AND g.province_code IN (:provinces)""", args(month, provinces),
				Integer.class);
		return notes == null ? 0 : notes;
	}

	/** How many districts a run graded (a restart counts only those it graded itself). */
	public int gradedBy(long runId) {
		Integer graded = jdbc.queryForObject("SELECT COUNT(*) FROM grade WHERE job_execution_id = :run",
				Map.of("run", runId), Integer.class);
		return graded == null ? 0 : graded;
	}

	/**
	 * The provinces' current warnings and rejects of the month in district order, at most
	 * {@code limit}; only {@code district}'s when it is not null, and only of districts
	 * that submitted when {@code submittedOnly}.
	 */
	public List<DistrictNote> notes(String month, Collection<String> provinces, String district, boolean submittedOnly,
			int limit) {
		if (provinces.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource args = args(month, provinces).addValue("district", district == null ? "" : district)
			.addValue("notSubmitted", submittedOnly ? SubmissionStatus.NOT_SUBMITTED.name() : "")
			.addValue("limit", limit);
		return jdbc.query("""
				SELECT n.district_code, d.name_th, n.severity, n.source, n.message
				FROM grade_note n
				JOIN grade g ON g.report_month = n.report_month AND g.district_code = n.district_code
				JOIN district d ON d.code = n.district_code
				WHERE g.report_month = :month AND g.province_code IN (:provinces)
				  AND (:district = '' OR n.district_code = :district) AND g.status <> :notSubmitted
				ORDER BY n.district_code, n.seq LIMIT :limit""", args, (rs, i) -> new DistrictNote(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
	}

	/** A district's grade with its measures and name, as the grades CSV lists it. */
	public record Listed(String districtCode, String level, int score, String status, String districtName,
			LocalDateTime submittedAtUtc, int officialsTotal, int officialsDownloaded, int servicesRelevant,
			int servicesUpdated, int prTimes, int prChannels, int activities, int downloads, int downloadTarget) {
	}

	/** The month's grades of a province's districts in code order (tens of districts). */
	public List<Listed> listed(String province, String month) {
		return jdbc.query("""
				SELECT g.district_code, g.level_code, g.score, g.status, d.name_th, g.submitted_at,
				       g.officials_total, g.officials_downloaded, g.services_relevant, g.services_updated,
				       g.pr_times, g.pr_channels, g.activities, g.downloads, g.download_target
				FROM grade g JOIN district d ON d.code = g.district_code
				WHERE g.province_code = :province AND g.report_month = :month ORDER BY g.district_code""",
				Map.of("province", province, "month", month),
				(rs, i) -> new Listed(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getObject(6, LocalDateTime.class), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
						rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15)));
	}

	/**
	 * District code → its grade of the month's last run, for a province's districts that
	 * were graded.
	 */
	public Map<String, Graded> ofProvince(String province, String month) {
		Map<String, Graded> graded = new HashMap<>();
		jdbc.query("""
				SELECT district_code, level_code, score, status FROM grade
				WHERE province_code = :province AND report_month = :month""",
				Map.of("province", province, "month", month), rs -> {
					graded.put(rs.getString(1),
							new Graded(rs.getString(2), rs.getInt(3), SubmissionStatus.valueOf(rs.getString(4))));
				});
		return graded;
	}

	private static MapSqlParameterSource args(String month, Collection<String> provinces) {
		return new MapSqlParameterSource("month", month).addValue("provinces", provinces);
	}

}
