package th.go.cdd.clickreport.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.grading.ProvinceSelection;

/**
 * Micrometer meters of the monthly runs, tagged with the province: {@code click.run.duration}
 * (timer, also tagged with the status), {@code click.run.districts} (districts graded) and
 * {@code click.run.notes} (warnings and rejects stored with the grades).
 */
class RunMetrics implements JobExecutionListener {

	private final MeterRegistry registry;

	private final JdbcTemplate jdbc;

	RunMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
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
		Integer districts = jdbc.queryForObject("SELECT COUNT(*) FROM grade WHERE job_execution_id = ?",
				Integer.class, execution.getId());
		List<Object> args = new ArrayList<>(List.of(month));
		String inRun = ProvinceSelection.condition(province, "g.province_code", args);
		Integer notes = jdbc.queryForObject("""
				SELECT COUNT(*) FROM grade_note n JOIN grade g
				  ON g.report_month = n.report_month AND g.district_code = n.district_code
				WHERE g.report_month = ? AND\s""" + inRun, Integer.class, args.toArray());
		Counter.builder("click.run.districts")
			.description("Districts graded by monthly runs")
			.tag("province", province)
			.register(registry)
			.increment(districts == null ? 0 : districts);
		Counter.builder("click.run.notes")
			.description("Warnings and rejected rows stored by monthly runs")
			.tag("province", province)
			.register(registry)
			.increment(notes == null ? 0 : notes);
	}

}
