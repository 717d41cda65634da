package th.go.cdd.clickreport.reporting;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.ThaiFormat;

/**
 * Months whose grades are out of date: a district's report was submitted or returned
 * online, or a bundle with its submission was imported, after the run that wrote the
 * district's grade started. The runs pages say so and offer the re-run. Drafts,
 * acceptances and reopenings change no grade and do not count: only versions that were
 * submitted (they carry a submission) and returns.
 */
@Component
public class GradedMonthChanges {

	/**
	 * Districts of {@code provinceCode} whose report for {@code month} changed after
	 * their grade.
	 */
	public record Change(String provinceCode, String provinceName, String month, int districts) {

		/** เชียงราย · พฤศจิกายน 2569: 2 อำเภอ */
		public String text() {
			return provinceName + " เดือน" + ThaiFormat.month(YearMonth.parse(month)) + ": รายงาน " + districts
					+ " อำเภอส่งหรือถูกส่งกลับหลังการประมวลผลครั้งล่าสุด ผลของเดือนนี้ยังไม่รวมการเปลี่ยนแปลงนี้";
		}

	}

	private static final String GRADED_FROM = """
			(SELECT MAX(gr.started_at) FROM grade g JOIN grading_run gr ON gr.job_execution_id = g.job_execution_id
			  WHERE g.report_month = %1$s.report_month AND g.district_code = %1$s.district_code)""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Areas areas;

	GradedMonthChanges(NamedParameterJdbcTemplate jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/**
	 * Every changed month, newest month first; {@code provinceCode} null for every
	 * province.
	 */
	public List<Change> all(String provinceCode) {
		return query(provinceCode, null);
	}

	/** The change of one province and month, if any. */
	public List<Change> of(String provinceCode, String month) {
		return query(provinceCode, month);
	}

	/** Every province as [code, Thai name], by code: the choices of the province page. */
	public List<String[]> provinces() {
		return areas.provinces().stream().map(p -> new String[] { p.code(), p.nameTh() }).toList();
	}

	private List<Change> query(String provinceCode, String month) {
		String sql = """
				SELECT x.province_code, p.name_th, x.report_month, COUNT(DISTINCT x.district_code)
				FROM (
				  SELECT d.province_code, r.report_month, r.district_code
				  FROM online_report_version v
				  JOIN online_report r ON r.id = v.report_id
				  JOIN district d ON d.code = r.district_code
				  WHERE (v.submission_id IS NOT NULL OR v.state = 'RETURNED') AND v.saved_at > %s
				    AND d.province_code = COALESCE(:province, d.province_code) AND r.report_month = COALESCE(:month, r.report_month)
				  UNION ALL
				  SELECT d.province_code, s.report_month, s.district_code
				  FROM submission s
				  JOIN import_bundle b ON b.bundle_key = s.bundle_key
				  JOIN district d ON d.code = s.district_code
				  WHERE s.report_month IS NOT NULL AND b.first_imported > %s
				    AND d.province_code = COALESCE(:province, d.province_code) AND s.report_month = COALESCE(:month, s.report_month)
				) x
				JOIN province p ON p.code = x.province_code
				GROUP BY x.province_code, p.name_th, x.report_month
				ORDER BY x.report_month DESC, x.province_code"""
			.formatted(GRADED_FROM.formatted("r"), GRADED_FROM.formatted("s"));
		return jdbc.query(sql, new MapSqlParameterSource("province", provinceCode).addValue("month", month),
				(rs, i) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
	}

}
