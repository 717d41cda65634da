package th.go.cdd.clickreport.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * How long each step of a job execution took, measured with {@link System#nanoTime()}:
 * the batch tables keep START_TIME/END_TIME, but on MariaDB through Connector/J only to
 * the second. The bench adds it to the job's steps ({@link #listenTo}); the product's
 * steps carry no timing listener. Kept in memory for the most recent {@value #KEPT} job
 * executions; a restarted step adds to its earlier time.
 */
final class StepTimings implements StepExecutionListener {

	static final int KEPT = 64;

	private final Map<Long, Long> started = new ConcurrentHashMap<>();

	private final Map<Long, Map<String, Long>> nanos = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Long>> eldest) {
			return size() > KEPT;
		}
	};

	/**
	 * Starts timing {@code step} (a step the job runs, built by the product's job
	 * configuration).
	 */
	void listenTo(Step step) {
		if (!(step instanceof AbstractStep listening)) {
			throw new IllegalStateException(
					"Cannot time step " + step.getName() + " (" + step.getClass().getName() + ")");
		}
		listening.registerStepExecutionListener(this);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		started.put(stepExecution.getId(), System.nanoTime());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		Long start = started.remove(stepExecution.getId());
		if (start != null) {
			long took = System.nanoTime() - start;
			synchronized (nanos) {
				nanos.computeIfAbsent(stepExecution.getJobExecutionId(), id -> new LinkedHashMap<>())
					.merge(stepExecution.getStepName(), took, Long::sum);
			}
		}
		return null; // the step's own exit status stands
	}

	/**
	 * Step name → time taken, in the order the steps finished; empty when the execution
	 * is unknown.
	 */
	Map<String, Duration> of(long jobExecutionId) {
		Map<String, Duration> durations = new LinkedHashMap<>();
		synchronized (nanos) {
			nanos.getOrDefault(jobExecutionId, Map.of()).forEach((step, n) -> durations.put(step, Duration.ofNanos(n)));
		}
		return Collections.unmodifiableMap(durations);
	}

	/**
	 * The time a step of a job execution took, or {@link Duration#ZERO} when it did not
	 * run.
	 */
	Duration of(long jobExecutionId, String stepName) {
		return of(jobExecutionId).getOrDefault(stepName, Duration.ZERO);
	}

}
