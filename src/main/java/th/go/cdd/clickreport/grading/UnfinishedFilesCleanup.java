package th.go.cdd.clickreport.grading;

import java.io.IOException;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.Ordered;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.report.OutputLayout;

/**
 * Before a run, or its restart, writes a month's outputs, and again when it has ended,
 * removes the temporary files that a process stopped mid-write (killed, or a worker
 * machine lost) left in the month's folders: they were never moved into place, so no
 * reader has seen them, and the files they were to become are written again by the
 * restart or by the worker that took the partition over. Nobody else writes there at
 * those moments: a run of the same provinces and month is refused while one is going.
 */
class UnfinishedFilesCleanup implements JobExecutionListener, Ordered {

	private static final Logger log = LoggerFactory.getLogger(UnfinishedFilesCleanup.class);

	private final OutputLayout layout;

	private final Areas areas;

	UnfinishedFilesCleanup(OutputLayout layout, Areas areas) {
		this.layout = layout;
		this.areas = areas;
	}

	@Override
	public int getOrder() {
		return RunRecords.JOB_LISTENER_ORDER;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		removeUnfinished(execution);
	}

	/**
	 * A worker lost mid-partition during this run left its files before another took the
	 * partition over.
	 */
	@Override
	public void afterJob(JobExecution execution) {
		removeUnfinished(execution);
	}

	private void removeUnfinished(JobExecution execution) {
		String province = execution.getJobParameters().getString(MonthlyReportJobConfiguration.PROVINCE);
		YearMonth month = YearMonth.parse(execution.getJobParameters().getString(MonthlyReportJobConfiguration.MONTH));
		int deleted = 0;
		for (String code : ProvinceSelection.codes(province, areas)) {
			try {
				deleted += layout.deleteUnfinished(code, month);
			}
			catch (IOException ex) {
				// the run still writes and replaces every file; only the litter stays
				log.warn("Province {} month {} run {}: could not remove unfinished files in {}: {}", code, month,
						execution.getId(), layout.monthDir(code, month), ex.toString());
			}
		}
		if (deleted > 0) {
			log.info("Province {} month {} run {}: removed {} unfinished file(s) left by a process that stopped while "
					+ "writing", province, month, execution.getId(), deleted);
		}
	}

}
