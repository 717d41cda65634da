package th.go.cdd.clickreport.run;

import java.time.Duration;
import java.time.LocalDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.Ordered;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.grading.RunRecords;

/**
 * Micrometer meters of the monthly runs, tagged with the province:
 * {@code click.run.duration} (timer, also tagged with the status),
 * {@code click.run.districts} (districts graded) and {@code click.run.notes} (warnings
 * and rejects stored with the grades).
 */
class RunMetrics implements JobExecutionListener, Ordered {

	private final MeterRegistry registry;

	private final Grades grades;

	private final Areas areas;

	RunMetrics(MeterRegistry registry, Grades grades, Areas areas) {
		this.registry = registry;
		this.grades = grades;
		this.areas = areas;
	}

	@Override
	public int getOrder() {
		return RunRecords.JOB_LISTENER_ORDER;
	}

	@Override
	public void afterJob(JobExecution execution) {
		String province = execution.getJobParameters().getString(RunHistory.PROVINCE);
		String month = execution.getJobParameters().getString(RunHistory.MONTH);
		if (province == null || month == null) {
			return;
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
		if (start != null) {
			Timer.builder("click.run.duration")
				.description("How long a monthly run took")
				.tag("province", province)
				.tag("status", execution.getStatus().name())
				.register(registry)
				.record(Duration.between(start, end));
		}
		int districts = grades.gradedBy(execution.getId());
		int notes = grades.noteCount(month, ProvinceSelection.codes(province, areas));
		Counter.builder("click.run.districts")
			.description("Districts graded by monthly runs")
			.tag("province", province)
			.register(registry)
			.increment(districts);
		Counter.builder("click.run.notes")
			.description("Warnings and rejected rows stored by monthly runs")
			.tag("province", province)
			.register(registry)
			.increment(notes);
	}

}
