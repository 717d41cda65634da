package th.go.cdd.clickreport.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.system.DbTime;

/**
 * Keeps the record of each run (grading_run): who ran which provinces and month, when, how it ended
 * and what the month's grades of those provinces came to.
 */
class GradingRunListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GradingRunListener.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String outputDir;

	private final RunOwner owner;

	GradingRunListener(JdbcTemplate jdbc, Clock clock, String outputDir, RunOwner owner) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.outputDir = outputDir;
		this.owner = owner;
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
		// this process runs it now (a restart may run in another process than the first attempt)
		owner.claim(execution.getId());
		log.info("Province {} month {} run {}: started", province, month, execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		owner.release(execution.getId());
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		String month = execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH);
		// what the month's grades of the run's provinces came to (districts_graded: those this run graded)
		List<Object> args = new ArrayList<>(List.of(month));
		String inRun = ProvinceSelection.condition(province, "g.province_code", args);
		Map<String, Integer> levels = new HashMap<>();
		Long[] rubric = { null };
		jdbc.query("SELECT g.level_code, COUNT(*), MAX(g.rubric_id) FROM grade g WHERE g.report_month = ? AND " + inRun
				+ " GROUP BY g.level_code", rs -> {
					levels.put(rs.getString(1), rs.getInt(2));
					long id = rs.getLong(3);
					rubric[0] = rubric[0] == null ? id : Math.max(rubric[0], id);
				}, args.toArray());
		Integer notes = jdbc.queryForObject("""
				SELECT COUNT(*) FROM grade_note n JOIN grade g
				  ON g.report_month = n.report_month AND g.district_code = n.district_code
				WHERE g.report_month = ? AND\s""" + inRun, Integer.class, args.toArray());
		Integer graded = jdbc.queryForObject("SELECT COUNT(*) FROM grade WHERE job_execution_id = ?", Integer.class,
				execution.getId());
		jdbc.update("""
				UPDATE grading_run SET finished_at = ?, status = ?, rubric_id = ?, districts_graded = ?,
				  level_a = ?, level_b = ?, level_c = ?, level_d = ?, notes = ?
				WHERE job_execution_id = ?""", now(), execution.getStatus().name(), rubric[0], graded,
				levels.getOrDefault("A", 0), levels.getOrDefault("B", 0), levels.getOrDefault("C", 0),
				levels.getOrDefault("D", 0), notes, execution.getId());
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
