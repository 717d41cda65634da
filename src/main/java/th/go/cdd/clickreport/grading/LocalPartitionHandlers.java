package th.go.cdd.clickreport.grading;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/** Runs partitions in this process, at most {@code click.batch.threads} at a time (default: the cores). */
@Component
@ConditionalOnProperty(name = "click.batch.remote", havingValue = "false", matchIfMissing = true)
class LocalPartitionHandlers implements PartitionHandlers {

	private final int threads;

	LocalPartitionHandlers(@Value("${click.batch.threads:0}") int threads) {
		this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	@Override
	public PartitionHandler forStep(String workerStepName, Step workerStep) throws Exception {
		// Threads are made per partition and end with it; the limit bounds how many run at once.
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("click-batch-");
		executor.setConcurrencyLimit(threads);
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setTaskExecutor(executor);
		handler.setStep(workerStep);
		handler.setGridSize(threads);
		handler.afterPropertiesSet();
		return handler;
	}

}
