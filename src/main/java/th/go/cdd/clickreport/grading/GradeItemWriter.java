package th.go.cdd.clickreport.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Grade.ItemReason;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.system.DbTime;
import th.go.cdd.clickreport.system.InLists;

/**
 * Replaces the month's grades of the districts in a chunk, in the chunk's transaction: a re-run
 * never duplicates a grade, and a crash leaves whole chunks.
 */
class GradeItemWriter implements ItemWriter<GradedDistrict> {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	GradeItemWriter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends GradedDistrict> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		List<String> districts = new ArrayList<>();
		List<Object[]> grades = new ArrayList<>();
		List<Object[]> notes = new ArrayList<>();
		String now = DbTime.text(clock.instant());
		for (GradedDistrict graded : chunk) {
			Grade g = graded.grade();
			String month = graded.month().toString();
			districts.add(g.districtCode());
			Grade.Measures m = g.measures();
			grades.add(new Object[] { month, g.districtCode(), graded.district().provinceCode(),
					graded.jobExecutionId(), g.rubricId(), g.status().name(), g.level(), g.score(), g.submissionId(),
					DbTime.text(g.submittedAt()),
					m.officialsTotal(), m.officialsDownloaded(), m.servicesRelevant(), m.servicesUpdated(),
					m.servicesAllRelevantUpdated(), m.servicesAnyUpdated(), m.prTimes(), m.prChannels(),
					m.activities(), m.downloads(), m.downloadTarget(), now, g.items().get(0).nextLevel(),
					flags(g.items(), ItemReason::met), flags(g.items(), ItemReason::floorMet),
					flags(g.items(), ItemReason::targetMet) });
			int seq = 0;
			for (Note note : g.notes()) {
				notes.add(new Object[] { month, g.districtCode(), ++seq, note.severity().name(),
						ColumnText.clip(note.source(), 120), ColumnText.clip(note.message(), 1000) });
			}
		}
		replacePrevious(month(chunk), districts);
		jdbc.batchUpdate("""
				INSERT INTO grade (report_month, district_code, province_code, job_execution_id, rubric_id, status,
				  level_code, score, submission_id, submitted_at, officials_total, officials_downloaded,
				  services_relevant, services_updated, m2_all, m2_any, pr_times, pr_channels, activities,
				  downloads, download_target, graded_at, next_level, items_met, items_floor_met, items_target_met)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", grades);
		if (!notes.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO grade_note (report_month, district_code, seq, severity, source, message)
					VALUES (?, ?, ?, ?, ?, ?)""", notes);
		}
	}

	/**
	 * Deletes the earlier grades of these districts for the month, if any: one statement per table for
	 * the whole chunk (deletes cannot be rewritten into one batch), and none when the month's first
	 * run finds nothing to replace. The check reads the chunk's range of codes in one query (a chunk is
	 * consecutive districts of a partition) and keeps the chunk's own.
	 */
	private void replacePrevious(String month, List<String> districts) {
		List<String> sorted = districts.stream().sorted().toList();
		Set<String> chunk = Set.copyOf(districts);
		List<String> graded = jdbc
			.queryForList("SELECT district_code FROM grade WHERE report_month = ? AND district_code BETWEEN ? AND ?",
					String.class, month, sorted.get(0), sorted.get(sorted.size() - 1))
			.stream()
			.filter(chunk::contains)
			.toList();
		for (List<String> slice : InLists.slices(graded)) {
			Map<String, Object> gradedKeys = Map.of("month", month, "districts", slice);
			named.update("DELETE FROM grade_note WHERE report_month = :month AND district_code IN (:districts)",
					gradedKeys);
			named.update("DELETE FROM grade WHERE report_month = :month AND district_code IN (:districts)", gradedKeys);
		}
	}

	/**
	 * Items 1–5 as five characters, '1' where {@code met} holds: the reasons' decisions are stored on the
	 * grade row (their wording follows from the measures and the rubric; {@code Grader.reasons}).
	 */
	static String flags(List<ItemReason> items, Predicate<ItemReason> met) {
		StringBuilder flags = new StringBuilder(items.size());
		for (ItemReason item : items) {
			flags.append(met.test(item) ? '1' : '0');
		}
		return flags.toString();
	}

	/** The month of a chunk: a run grades one month, so every item has the same. */
	private static String month(Chunk<? extends GradedDistrict> chunk) {
		return chunk.getItems().get(0).month().toString();
	}

}
