package th.go.cdd.clickreport.delivery;

import java.time.Clock;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.Ordered;

import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.grading.RunRecords;

/**
 * When a run completes, asks for its files to be delivered: one row in delivery_request
 * and a nudge to the sender, which does the rest on its own thread. Nothing here can fail
 * the run: an error is logged and the admin can ask again from the run's page.
 */
class DeliveryJobListener implements JobExecutionListener, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DeliveryJobListener.class);

	private final DeliveryRepository deliveries;

	private final Runnable nudge;

	private final Clock clock;

	DeliveryJobListener(DeliveryRepository deliveries, Runnable nudge, Clock clock) {
		this.deliveries = deliveries;
		this.nudge = nudge;
		this.clock = clock;
	}

	/** After the run's record is final: the delivery reads it. */
	@Override
	public int getOrder() {
		return RunRecords.JOB_LISTENER_ORDER;
	}

	@Override
	public void afterJob(JobExecution execution) {
		String province = execution.getJobParameters().getString("province");
		String month = execution.getJobParameters().getString("month");
		if (execution.getStatus() != BatchStatus.COMPLETED || province == null || month == null) {
			return;
		}
		try {
			long request = deliveries.addRequest(execution.getId(), province, YearMonth.parse(month), false,
					AuditLog.SYSTEM, clock.instant());
			log.info("Province {} month {} run {}: delivery request {} queued", province, month, execution.getId(),
					request);
			nudge.run();
		}
		catch (RuntimeException ex) {
			log.warn("Province {} month {} run {}: the delivery could not be queued ({}); an admin can ask for it"
					+ " on the run's page", province, month, execution.getId(), ex.toString());
		}
	}

}
