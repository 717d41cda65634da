package th.go.cdd.clickreport.reporting;

import java.util.List;

import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * The grade a report would earn now under its month's rubric, from the grader the monthly
 * job uses ({@link th.go.cdd.clickreport.rubric.Grader}): level and score, the status it
 * would have if submitted now (INVALID while item 1 is incomplete or wrong), the next
 * level up, and for each of the five items what was measured, what the next level needs
 * and whether it holds.
 *
 * @param nextLevel the level directly above, or null at the top
 * @param items the five items; those not met are what the report still needs for
 * {@code nextLevel}
 */
public record Projection(String level, int score, SubmissionStatus status, String nextLevel, List<Item> items) {

	/** One item of the rubric (1–5) as the grade's reasons give it. */
	public record Item(int no, String title, String measured, String requirement, boolean met) {
	}

	static Projection of(Grade grade, String[] titles) {
		List<Item> items = grade.items()
			.stream()
			.map(r -> new Item(r.itemNo(), titles[r.itemNo() - 1], r.measured(), r.requirement(), r.met()))
			.toList();
		String next = grade.items().isEmpty() ? null : grade.items().get(0).nextLevel();
		return new Projection(grade.level(), grade.score(), grade.status(), next, items);
	}

	/** What the report still needs for the next level (empty at the top level). */
	public List<Item> needs() {
		return nextLevel == null ? List.of() : items.stream().filter(i -> !i.met()).toList();
	}

}
