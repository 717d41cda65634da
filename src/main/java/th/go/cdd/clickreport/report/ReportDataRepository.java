package th.go.cdd.clickreport.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.rubric.ThaiText;

/**
 * Reads a graded month back from the database as the records the templates print. A
 * summary holds one province (tens of districts); district pages are read a chunk of
 * districts at a time.
 */
@Repository
public class ReportDataRepository {

	/** The latest month that has grades, if any. */
	public Optional<YearMonth> latestGradedMonth() {
		String month = jdbc.queryForObject("SELECT MAX(report_month) FROM grade", String.class);
		return Optional.ofNullable(month).map(YearMonth::parse);
	}

	/** The first {@code limit} graded districts of {@code month}, by code. */
	public List<DistrictPage> gradedDistricts(YearMonth month, int limit) {
		return jdbc.query(
				"SELECT province_code, district_code FROM grade WHERE report_month = ? ORDER BY district_code LIMIT ?",
				(rs, n) -> new DistrictPage(rs.getString(1), rs.getString(2)), month.toString(), limit);
	}

	/**
	 * How many months the downloads chart of the summary covers, ending with the graded
	 * month.
	 */
	static final int HISTORY_MONTHS = 6;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final RubricRepository rubrics;

	private final Areas areas;

	ReportDataRepository(JdbcTemplate jdbc, RubricRepository rubrics, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.rubrics = rubrics;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	public SummaryReport summary(String province, YearMonth month, LocalDate issuedOn) {
		Map<String, String> previous = new HashMap<>();
		jdbc.query("SELECT district_code, level_code FROM grade WHERE province_code = ? AND report_month = ?", rs -> {
			previous.put(rs.getString(1), rs.getString(2));
		}, province, month.minusMonths(1).toString());

		record Graded(String code, String name, String status, String level, int score, List<Boolean> targets) {
		}
		List<Graded> graded = new ArrayList<>();
		Tally tally = new Tally();
		jdbc.query("""
				SELECT g.district_code, d.name_th, g.status, g.level_code, g.score, g.downloads, g.download_target,
				       g.officials_total, g.officials_downloaded,
				       (SELECT COUNT(*) FROM subdistrict s WHERE s.district_code = g.district_code) AS subdistricts,
				       g.items_target_met
				FROM grade g JOIN district d ON d.code = g.district_code
				WHERE g.province_code = ? AND g.report_month = ? ORDER BY g.district_code""", rs -> {
			graded.add(new Graded(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					flags(rs.getString(11))));
			tally.levels.merge(rs.getString(4), 1, Integer::sum);
			tally.statuses.merge(rs.getString(3), 1, Integer::sum);
			tally.downloads += rs.getInt(6);
			tally.target += rs.getInt(7);
			tally.officialsTotal += rs.getInt(8);
			tally.officialsDownloaded += rs.getInt(9);
			tally.subdistricts += rs.getInt(10);
		}, province, month.toString());

		List<SummaryReport.DistrictRow> rows = new ArrayList<>();
		for (Graded g : graded) {
			rows.add(new SummaryReport.DistrictRow(g.code(), g.name(), SubmissionStatus.valueOf(g.status()), g.level(),
					g.score(), g.targets(), previous.get(g.code())));
		}
		SummaryReport.Totals totals = new SummaryReport.Totals(rows.size(), tally.level("A"), tally.level("B"),
				tally.level("C"), tally.level("D"), tally.status("SUBMITTED"), tally.status("LATE"),
				tally.status("NOT_SUBMITTED"), tally.status("INVALID"), tally.downloads, tally.target,
				tally.subdistricts, tally.officialsTotal, tally.officialsDownloaded);
		return new SummaryReport(province, provinceName(province), month, issuedOn, rubricName(province, month), rows,
				totals, downloadHistory(province, month));
	}

	/** Provincial totals, added up while the district rows stream past. */
	private static final class Tally {

		final Map<String, Integer> levels = new HashMap<>();

		final Map<String, Integer> statuses = new HashMap<>();

		int downloads;

		int target;

		int subdistricts;

		int officialsTotal;

		int officialsDownloaded;

		int level(String code) {
			return levels.getOrDefault(code, 0);
		}

		int status(String code) {
			return statuses.getOrDefault(code, 0);
		}

	}

	/**
	 * The province's downloads of the months up to {@code month} that have grades, oldest
	 * first: one query.
	 */
	List<SummaryReport.MonthDownloads> downloadHistory(String province, YearMonth month) {
		List<String> months = new ArrayList<>();
		for (int back = HISTORY_MONTHS - 1; back >= 0; back--) {
			months.add(month.minusMonths(back).toString());
		}
		Map<String, SummaryReport.MonthDownloads> graded = new HashMap<>();
		named.query("""
				SELECT report_month, COALESCE(SUM(downloads), 0), COALESCE(SUM(download_target), 0)
				FROM grade WHERE province_code = :province AND report_month IN (:months) GROUP BY report_month""",
				Map.of("province", province, "months", months), rs -> {
					YearMonth m = YearMonth.parse(rs.getString(1));
					graded.put(m.toString(), new SummaryReport.MonthDownloads(m, rs.getInt(2), rs.getInt(3)));
				});
		List<SummaryReport.MonthDownloads> history = new ArrayList<>();
		for (String m : months) {
			if (graded.containsKey(m)) {
				history.add(graded.get(m));
			}
		}
		return history;
	}

	public DistrictReport district(String province, YearMonth month, String districtCode, LocalDate issuedOn) {
		return districts(month, List.of(new DistrictPage(province, districtCode)), issuedOn).get(0);
	}

	/**
	 * The pages of several districts of a month (a chunk), in the order given, read in
	 * four queries whatever their number: their grades and notes, and the names of their
	 * provinces and rubrics.
	 * @throws EmptyResultDataAccessException when one of them has no grade for the month
	 */
	public List<DistrictReport> districts(YearMonth month, List<DistrictPage> pages, LocalDate issuedOn) {
		if (pages.isEmpty()) {
			return List.of();
		}
		List<String> codes = pages.stream().map(DistrictPage::districtCode).distinct().toList();
		List<String> provinces = pages.stream().map(DistrictPage::provinceCode).distinct().toList();
		Map<String, Object> args = Map.of("month", month.toString(), "codes", codes, "provinces", provinces);
		Map<String, List<DistrictReport.Note>> notes = new HashMap<>();
		named.query("""
				SELECT district_code, severity, source, message FROM grade_note
				WHERE report_month = :month AND district_code IN (:codes) ORDER BY district_code, seq""", args, rs -> {
			notes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new DistrictReport.Note(Note.Severity.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
		});
		Map<String, String> provinceNames = areas.provinceNames(provinces);
		Map<String, String> rubricNames = new HashMap<>();
		named.query("""
				SELECT g.province_code, r.name_th FROM rubric r JOIN (
				  SELECT province_code, MAX(rubric_id) AS rubric_id FROM grade
				  WHERE province_code IN (:provinces) AND report_month = :month GROUP BY province_code) g
				ON r.id = g.rubric_id""", args, rs -> {
			rubricNames.put(rs.getString(1), rs.getString(2));
		});
		Map<String, DistrictReport> reports = new HashMap<>();
		named.query("""
				SELECT d.name_th, g.status, g.level_code, g.score, g.submitted_at, g.district_code, g.province_code,
				       g.rubric_id, g.officials_total, g.officials_downloaded, g.services_relevant, g.services_updated,
				       g.m2_all, g.m2_any, g.pr_times, g.pr_channels, g.activities, g.downloads, g.download_target,
				       g.items_met, g.items_floor_met
				FROM grade g JOIN district d ON d.code = g.district_code
				WHERE g.report_month = :month AND g.district_code IN (:codes)""", args, rs -> {
			Rubric rubric = rubrics.get(rs.getLong("rubric_id"));
			Grade.Measures measures = new Grade.Measures(rs.getInt("officials_total"),
					rs.getInt("officials_downloaded"), rs.getInt("services_relevant"), rs.getInt("services_updated"),
					rs.getBoolean("m2_all"), rs.getBoolean("m2_any"), rs.getInt("pr_times"), rs.getInt("pr_channels"),
					rs.getInt("activities"), rs.getInt("downloads"), rs.getInt("download_target"));
			List<DistrictReport.Item> items = items(Grader.reasons(rubric, rs.getString("level_code"),
					SubmissionStatus.valueOf(rs.getString("status")), measures), flags(rs.getString("items_met")),
					flags(rs.getString("items_floor_met")));
			Timestamp at = rs.getTimestamp(5);
			LocalDateTime bangkok = at == null ? null
					: at.toLocalDateTime()
						.atOffset(ZoneOffset.UTC)
						.atZoneSameInstant(BangkokTime.ZONE)
						.toLocalDateTime();
			String code = rs.getString(6);
			String province = rs.getString(7);
			reports.put(code, new DistrictReport(province, provinceNames.get(province), code, rs.getString(1), month,
					issuedOn, rubricNames.getOrDefault(province, ""), SubmissionStatus.valueOf(rs.getString(2)),
					rs.getString(3), rs.getInt(4), bangkok, items, List.copyOf(notes.getOrDefault(code, List.of()))));
		});
		List<DistrictReport> ordered = new ArrayList<>();
		for (DistrictPage page : pages) {
			DistrictReport report = reports.get(page.districtCode());
			if (report == null) {
				throw new EmptyResultDataAccessException(
						"District " + page.districtCode() + " has no grade for " + month, 1);
			}
			ordered.add(report);
		}
		return ordered;
	}

	/**
	 * A grade's items for its page: the wording written from the grade's measures and
	 * rubric, whether each was met as stored when it was graded.
	 */
	private static List<DistrictReport.Item> items(List<Grade.ItemReason> reasons, List<Boolean> met,
			List<Boolean> floorMet) {
		List<DistrictReport.Item> items = new ArrayList<>();
		for (Grade.ItemReason r : reasons) {
			int i = r.itemNo() - 1;
			items.add(new DistrictReport.Item(r.itemNo(), ThaiText.ITEM_TITLES[i], r.measured(), r.nextLevel(),
					r.requirement(), met.get(i), floorMet.get(i)));
		}
		return List.copyOf(items);
	}

	/**
	 * Items 1–5 as stored on a grade row: five characters, '1' where the item was met.
	 */
	static List<Boolean> flags(String stored) {
		List<Boolean> flags = new ArrayList<>(stored.length());
		for (char c : stored.toCharArray()) {
			flags.add(c == '1');
		}
		return List.copyOf(flags);
	}

	String provinceName(String province) {
		return areas.provinceName(province).orElseThrow(() -> new EmptyResultDataAccessException(1));
	}

	private String rubricName(String province, YearMonth month) {
		List<String> names = jdbc.queryForList("""
				SELECT r.name_th FROM rubric r WHERE r.id = (SELECT MAX(g.rubric_id) FROM grade g
				  WHERE g.province_code = ? AND g.report_month = ?)""", String.class, province, month.toString());
		return names.isEmpty() ? "" : names.get(0);
	}

}
