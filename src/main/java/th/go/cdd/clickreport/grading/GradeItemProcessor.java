package th.go.cdd.clickreport.grading;

import java.time.YearMonth;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;

/** Hands a district's month to the plain-Java {@link Grader}. */
class GradeItemProcessor implements ItemProcessor<GradingInput, GradedDistrict> {

	private final Rubric rubric;

	private final YearMonth month;

	private final long jobExecutionId;

	GradeItemProcessor(Rubric rubric, YearMonth month, long jobExecutionId) {
		this.rubric = rubric;
		this.month = month;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public GradedDistrict process(GradingInput input) {
		return new GradedDistrict(input.district(), month, jobExecutionId, Grader.grade(rubric, month, input.facts()));
	}

}
