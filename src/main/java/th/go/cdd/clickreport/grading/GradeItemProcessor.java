package th.go.cdd.clickreport.grading;

import java.time.Instant;
import java.time.YearMonth;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;

/** Reads a district's submission for the month and hands it to the plain-Java {@link Grader}. */
class GradeItemProcessor implements ItemProcessor<DistrictToGrade, GradedDistrict> {

	private final SubmissionReader submissions;

	private final Rubric rubric;

	private final YearMonth month;

	private final Instant cutoff;

	private final long jobExecutionId;

	GradeItemProcessor(SubmissionReader submissions, Rubric rubric, YearMonth month, Instant cutoff,
			long jobExecutionId) {
		this.submissions = submissions;
		this.rubric = rubric;
		this.month = month;
		this.cutoff = cutoff;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public GradedDistrict process(DistrictToGrade district) {
		return new GradedDistrict(district, month, jobExecutionId,
				Grader.grade(rubric, month, submissions.read(district, month, cutoff)));
	}

}
