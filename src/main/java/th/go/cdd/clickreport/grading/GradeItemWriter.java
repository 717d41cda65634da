package th.go.cdd.clickreport.grading;

import java.time.Clock;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Replaces the month's grades of the districts in a chunk, in the chunk's transaction: a
 * re-run never duplicates a grade, and a crash leaves whole chunks.
 */
class GradeItemWriter implements ItemWriter<GradedDistrict> {

	private final Grades grades;

	private final Clock clock;

	GradeItemWriter(Grades grades, Clock clock) {
		this.grades = grades;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends GradedDistrict> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		// a run grades one month, so every item has the same
		String month = chunk.getItems().get(0).month().toString();
		grades.replace(month,
				chunk.getItems()
					.stream()
					.map(g -> new Grades.Stored(g.grade(), g.district().provinceCode(), g.jobExecutionId()))
					.toList(),
				DbTime.text(clock.instant()));
	}

}
