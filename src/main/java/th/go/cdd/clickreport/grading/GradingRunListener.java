package th.go.cdd.clickreport.grading;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.system.DbTime;

/**
 * Keeps the record of each run (grading_run): who ran which province and month, when, how it ended
 * and what the month's grades came to.
 */
class GradingRunListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GradingRunListener.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String outputDir;

	GradingRunListener(JdbcTemplate jdbc, Clock clock, String outputDir) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.outputDir = outputDir;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		String month = execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH);
		if (!list(jdbc, execution.getId(), province, month, now(), "STARTED", outputDir)) {
			// listed while it waited for a worker (MonthlyRunLauncher): it starts now
			jdbc.update("UPDATE grading_run SET started_at = ?, status = 'STARTED', output_dir = ? WHERE job_execution_id = ?",
					now(), outputDir, execution.getId());
		}
		log.info("Province {} month {} run {}: started", province, month, execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		String month = execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH);
		jdbc.update("""
				UPDATE grading_run SET finished_at = ?, status = ?,
				  rubric_id = (SELECT MAX(g.rubric_id) FROM grade g WHERE g.province_code = ? AND g.report_month = ?),
				  districts_graded = (SELECT COUNT(*) FROM grade g WHERE g.job_execution_id = ?),
				  level_a = (SELECT COUNT(*) FROM grade g WHERE g.province_code = ? AND g.report_month = ? AND g.level_code = 'A'),
				  level_b = (SELECT COUNT(*) FROM grade g WHERE g.province_code = ? AND g.report_month = ? AND g.level_code = 'B'),
				  level_c = (SELECT COUNT(*) FROM grade g WHERE g.province_code = ? AND g.report_month = ? AND g.level_code = 'C'),
				  level_d = (SELECT COUNT(*) FROM grade g WHERE g.province_code = ? AND g.report_month = ? AND g.level_code = 'D'),
				  notes = (SELECT COUNT(*) FROM grade_note n JOIN grade g
				             ON g.report_month = n.report_month AND g.district_code = n.district_code
				           WHERE g.province_code = ? AND g.report_month = ?)
				WHERE job_execution_id = ?""", now(), execution.getStatus().name(), province, month, execution.getId(),
				province, month, province, month, province, month, province, month, province, month,
				execution.getId());
		log.info("Province {} month {} run {}: {}", province, month, execution.getId(), execution.getStatus());
	}

	/**
	 * Adds a run to the run history (grading_run).
	 * @return false when it is there already
	 */
	static boolean list(JdbcTemplate jdbc, long executionId, String province, String month, String at, String status,
			String outputDir) {
		try {
			jdbc.update("""
					INSERT INTO grading_run (job_execution_id, province_code, report_month, started_at, status, output_dir)
					VALUES (?, ?, ?, ?, ?, ?)""", executionId, province, month, at, status, outputDir);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private String now() {
		return DbTime.text(clock.instant());
	}

}
