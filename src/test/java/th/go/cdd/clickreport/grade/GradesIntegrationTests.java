package th.go.cdd.clickreport.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Replacing a month's grades on the real MariaDB server, as the partitions of a re-run do
 * side by side: each replaces the grades of its own range of districts in its own
 * transaction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GradesIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static String url;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		url = MariaDbDatabase.register(registry, GradesIntegrationTests.class);
	}

	@Autowired
	Grades grades;

	@Autowired
	Areas areas;

	@Autowired
	RubricRepository rubrics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	List<Areas.District> districts;

	/**
	 * The first run of May: every district of the country graded by run 1, and a note of
	 * the run's own beside each grade's.
	 */
	@BeforeEach
	void gradeEveryDistrictOnce() {
		jdbc.update("DELETE FROM grade_note");
		jdbc.update("DELETE FROM grade");
		districts = areas.districts();
		transaction.executeWithoutResult(
				status -> grades.replace(MAY.toString(), stored(districts, 1), "2024-06-16 09:00:00.000"));
		jdbc.update("""
				INSERT INTO grade_note (report_month, district_code, seq, severity, source, message)
				SELECT report_month, district_code, 99, 'WARNING', 'run 1', 'จากการจัดระดับครั้งแรก' FROM grade""");
	}

	/**
	 * The partitions of a re-run replace neighbouring ranges at the same time. A
	 * partition reads the first row past its range to find the range's end (and waits if
	 * the next partition holds it), but no other row of another partition: before, its
	 * delete was planned as a scan of the whole table, waited for the other partition's
	 * rows, and the two deadlocked when the other's scan came to its own.
	 */
	@Test
	void aPartitionReplacingItsRangeWaitsForNoRowOfAnotherPartition() throws Exception {
		int half = districts.size() / 2;
		List<Areas.District> first = districts.subList(0, half);
		List<Areas.District> second = districts.subList(half, districts.size());
		try (Connection other = DriverManager.getConnection(url, MariaDbDatabase.USER, MariaDbDatabase.PASSWORD);
				Statement statement = other.createStatement()) {
			// the other partition is replacing its range's grades, past the first one,
			// and
			// has not committed
			other.setAutoCommit(false);
			String range = "report_month = '2024-05' AND district_code BETWEEN '" + second.get(1).code() + "' AND '"
					+ second.get(second.size() - 1).code() + "'";
			statement.executeUpdate("DELETE FROM grade_note WHERE " + range);
			assertThat(statement.executeUpdate("DELETE FROM grade WHERE " + range)).isEqualTo(second.size() - 1);

			transaction.executeWithoutResult(status -> {
				// a wait for the other's rows fails after a second instead of 50
				jdbc.execute("SET SESSION innodb_lock_wait_timeout = 1");
				try {
					grades.replace(MAY.toString(), stored(first, 2), "2024-07-01 09:00:00.000");
				}
				finally {
					jdbc.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
				}
			});
			other.rollback();
		}

		assertThat(count("SELECT COUNT(*) FROM grade WHERE job_execution_id = 2")).isEqualTo(first.size());
		assertThat(count("SELECT COUNT(*) FROM grade WHERE job_execution_id = 1")).isEqualTo(second.size());
		assertThat(count("SELECT COUNT(*) FROM grade_note WHERE source = 'run 1' AND district_code < ?",
				second.get(0).code()))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM grade_note WHERE source = 'run 1' AND district_code >= ?",
				second.get(0).code()))
			.isEqualTo(second.size());
	}

	@Test
	void aGradedDistrictAmongTheChunksButNotInItKeepsItsGrade() {
		List<Areas.District> chunk = new ArrayList<>(districts.subList(0, 300));
		Areas.District left = chunk.remove(150);

		transaction.executeWithoutResult(
				status -> grades.replace(MAY.toString(), stored(chunk, 2), "2024-07-01 09:00:00.000"));

		assertThat(count("SELECT COUNT(*) FROM grade WHERE job_execution_id = 2")).isEqualTo(chunk.size());
		assertThat(count("SELECT COUNT(*) FROM grade WHERE job_execution_id = 1 AND district_code = ?", left.code()))
			.isOne();
		assertThat(count("SELECT COUNT(*) FROM grade_note WHERE source = 'run 1' AND district_code = ?", left.code()))
			.isOne();
		assertThat(count("SELECT COUNT(*) FROM grade WHERE report_month = '2024-05'")).isEqualTo(districts.size());
		assertThat(count("SELECT COUNT(*) FROM grade_note WHERE source = 'run 1'"))
			.isEqualTo(districts.size() - chunk.size());
	}

	@Test
	void gradesAndNotesGoToMariaDbAsLoadDataAndComeBackValueByValue() {
		Areas.District district = districts.get(0);
		Grades.Stored plain = stored(List.of(district), 2).get(0);
		Grade g = plain.grade();
		String hostile = "ผู้ที่\tป่า\nน้ำ \\N \\ \0 ฟ้า 😀";
		Grade withNotes = new Grade(g.districtCode(), g.rubricId(), g.status(), g.level(), g.score(), g.submissionId(),
				g.submittedAt(), g.measures(), g.items(),
				List.of(new Note(Note.Severity.WARNING, "pr_media.csv:7", hostile),
						new Note(Note.Severity.REJECT, "a\tb", "แถวที่ 8")));

		long[] loads = new long[2];
		transaction.executeWithoutResult(status -> {
			loads[0] = sessionLoads();
			grades.replace(MAY.toString(), List.of(new Grades.Stored(withNotes, plain.provinceCode(), 2)),
					"2024-07-01 09:00:00.123");
			loads[1] = sessionLoads();
		});

		// one LOAD DATA for the grades, one for the notes
		assertThat(loads[1] - loads[0]).isEqualTo(2);
		assertThat(jdbc.queryForList("""
				SELECT source, message FROM grade_note WHERE report_month = '2024-05' AND district_code = ?
				ORDER BY seq""", district.code())).containsExactly(
				Map.of("source", "pr_media.csv:7", "message", hostile),
				Map.of("source", "a\tb", "message", "แถวที่ 8"));
		Map<String, Object> row = jdbc.queryForMap("""
				SELECT job_execution_id, status, level_code, score, submission_id, graded_at, m2_all, items_met
				FROM grade WHERE report_month = '2024-05' AND district_code = ?""", district.code());
		assertThat(row).containsEntry("job_execution_id", 2L)
			.containsEntry("status", g.status().name())
			.containsEntry("level_code", g.level())
			.containsEntry("score", g.score())
			.containsEntry("submission_id", null)
			.containsEntry("graded_at", LocalDateTime.of(2024, 7, 1, 9, 0, 0, 123_000_000))
			.containsEntry("items_met", Grades.flags(g.items(), Grade.ItemReason::met));
	}

	private long sessionLoads() {
		return jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Com_load'", (rs, n) -> rs.getLong(2));
	}

	/** The districts' grades (nothing submitted) as run {@code runId} stores them. */
	private List<Grades.Stored> stored(List<Areas.District> of, long runId) {
		Rubric rubric = rubrics.findInForce(MAY).orElseThrow();
		return of.stream()
			.map(d -> new Grades.Stored(Grader.grade(rubric, MAY, new DistrictMonth(d.code(), 10, null)),
					d.provinceCode(), runId))
			.toList();
	}

	private int count(String sql, Object... args) {
		Integer n = jdbc.queryForObject(sql, Integer.class, args);
		return n == null ? 0 : n;
	}

}
