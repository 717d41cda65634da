package th.go.cdd.clickreport.grading;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.RubricRepository;

/**
 * Test oracle for partitioned runs: the districts of two provinces graded one at a time
 * on the test's thread, with the same submission reader and grader, as "level score
 * status" by district code.
 */
final class OneByOneGrading {

	private OneByOneGrading() {
	}

	static Map<String, String> expected(JdbcTemplate jdbc, RubricRepository rubrics, SubmissionReader submissions,
			YearMonth month, String province1, String province2) {
		Rubric rubric = rubrics.findInForce(month).orElseThrow();
		Instant cutoff = Instant.now();
		Map<String, String> expected = new TreeMap<>();
		jdbc.query("SELECT d.code, d.province_code, d.name_th, "
				+ "(SELECT COUNT(*) FROM subdistrict s WHERE s.district_code = d.code) "
				+ "FROM district d WHERE d.province_code IN (?, ?) ORDER BY d.code", rs -> {
					DistrictToGrade district = new DistrictToGrade(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getInt(4));
					Grade grade = Grader.grade(rubric, month, submissions.read(district, month, cutoff));
					expected.put(district.code(), grade.level() + " " + grade.score() + " " + grade.status());
				}, province1, province2);
		return expected;
	}

	/**
	 * The reasons the grader gives each district of a province, one district at a time.
	 */
	static Map<String, List<Grade.ItemReason>> reasons(JdbcTemplate jdbc, RubricRepository rubrics,
			SubmissionReader submissions, YearMonth month, String province) {
		Rubric rubric = rubrics.findInForce(month).orElseThrow();
		Instant cutoff = Instant.now();
		Map<String, List<Grade.ItemReason>> reasons = new TreeMap<>();
		jdbc.query("SELECT d.code, d.province_code, d.name_th, "
				+ "(SELECT COUNT(*) FROM subdistrict s WHERE s.district_code = d.code) "
				+ "FROM district d WHERE d.province_code = ? ORDER BY d.code", rs -> {
					DistrictToGrade district = new DistrictToGrade(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getInt(4));
					reasons.put(district.code(),
							Grader.grade(rubric, month, submissions.read(district, month, cutoff)).items());
				}, province);
		return reasons;
	}

	/** The stored grades of a month, in the same form. */
	static Map<String, String> stored(JdbcTemplate jdbc, YearMonth month) {
		Map<String, String> graded = new TreeMap<>();
		jdbc.query("SELECT district_code, level_code, score, status FROM grade WHERE report_month = ?", rs -> {
			graded.put(rs.getString(1), rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4));
		}, month.toString());
		return graded;
	}

}
