package th.go.cdd.clickreport.grading;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs partitions in this process on one pool of {@code click.batch.threads} threads
 * (default: the cores), shared by every partitioned step: runs that overlap share the
 * same bound.
 *
 * <p>
 * The threads live as long as the application: JasperReports, the JDK's text layout and
 * the JDBC driver keep per-thread caches, and a fresh thread per partition would build
 * them again each time.
 */
@Component
@Conditional(PartitionMode.Local.class)
class LocalPartitionHandlers implements PartitionHandlers, DisposableBean {

	private final int threads;

	private final ThreadPoolTaskExecutor pool;

	LocalPartitionHandlers(BatchSettings batch) {
		this.threads = batch.threadsOrCores();
		this.pool = new ThreadPoolTaskExecutor();
		pool.setThreadNamePrefix("click-batch-");
		pool.setCorePoolSize(this.threads);
		pool.setMaxPoolSize(this.threads);
		// partitions wait in the queue for a free thread
		pool.setQueueCapacity(Integer.MAX_VALUE);
		pool.setDaemon(true);
		pool.initialize();
	}

	@Override
	public PartitionHandler forStep(String workerStepName, Step workerStep) throws Exception {
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setTaskExecutor(pool);
		handler.setStep(workerStep);
		handler.setGridSize(threads);
		handler.afterPropertiesSet();
		return handler;
	}

	@Override
	public void destroy() {
		pool.shutdown();
	}

}
