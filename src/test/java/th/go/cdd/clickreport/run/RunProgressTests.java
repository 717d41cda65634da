package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.grading.RunStatus;

/** How far a run has come, as its page and the API show it, from its steps' counts. */
class RunProgressTests {

	@Test
	void whileAPartitionedStepRunsItsPartitionsCountForItThenTheStepsOwnTotal() {
		RunHistory.RunDetail running = detail(step("gradeStep", 0, 0), step("gradeDistrictsStep:d5701-5709", 9, 9),
				step("gradeDistrictsStep:d5710-5718", 9, 9), step("provinceOutputsStep", 0, 0),
				step("provinceOutputsWorkerStep:p57", 0, 18), step("districtPagesStep", 0, 0),
				step("districtPagesWorkerStep:d5701-5709", 5, 5));

		assertThat(running.districtsRead()).isEqualTo(18);
		assertThat(running.summarized()).isEqualTo(18);
		assertThat(running.pagesWritten()).isEqualTo(5);

		RunHistory.RunDetail done = detail(step("gradeStep", 18, 18), step("gradeDistrictsStep:d5701-5709", 9, 9),
				step("gradeDistrictsStep:d5710-5718", 9, 9), step("provinceOutputsStep", 0, 18),
				step("provinceOutputsWorkerStep:p57", 0, 18), step("districtPagesStep", 18, 18),
				step("districtPagesWorkerStep:d5701-5709", 9, 9), step("districtPagesWorkerStep:d5710-5718", 9, 9));

		assertThat(done.districtsRead()).isEqualTo(18);
		assertThat(done.summarized()).isEqualTo(18);
		assertThat(done.pagesWritten()).isEqualTo(18);
	}

	private static RunHistory.RunDetail detail(RunHistory.StepRow... steps) {
		return new RunHistory.RunDetail(null, MonthlyRunLauncher.Kind.FIRST_RUN, "", List.of(steps), 18, true);
	}

	private static RunHistory.StepRow step(String name, long read, long written) {
		return new RunHistory.StepRow(name, RunStatus.STARTED, read, written, 0, 0, 0, 0, null, Duration.ZERO, false,
				"");
	}

}
