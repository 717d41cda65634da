package th.go.cdd.clickreport.grading;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs how far a chunked step has come after each chunk, so that long work shows
 * progress.
 */
class ProgressListener<I, O> implements ChunkListener<I, O>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	private final String what;

	private StepExecution stepExecution;

	private long done;

	private final String readerCountKey;

	ProgressListener(String what, String readerName) {
		this.what = what;
		this.readerCountKey = readerName + ".read.count";
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		// A restarted step resumes after the items its reader had already passed.
		this.done = stepExecution.getExecutionContext().getInt(readerCountKey, 0);
	}

	@Override
	public void afterChunk(Chunk<O> chunk) {
		done += chunk.size();
		StepExecution step = this.stepExecution;
		if (step != null) {
			var params = step.getJobExecution().getJobParameters();
			log.info("Province {} month {} run {}: {}: {} done",
					params.getString(MonthlyReportJobConfiguration.PROVINCE),
					params.getString(MonthlyReportJobConfiguration.MONTH), step.getJobExecutionId(), what, done);
		}
	}

}
