package th.go.cdd.clickreport.grading;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spring Batch's splitter, with a shortcut for a first execution and a repair on restart.
 *
 * <p>
 * The first execution of a job instance (a first run or a re-run, not a restart) has no
 * earlier executions of its partitions: its partitions are created straight from the
 * partitioner. Spring Batch's splitter looks each one up first, a transaction of several
 * statements per partition (a national run has 44) that can only find nothing. The grid
 * size is kept in the step's context under Spring Batch's key, as its splitter keeps it,
 * for a later restart.
 *
 * <p>
 * A restart goes through Spring Batch's splitter. A restarted partition takes the
 * execution context its earlier execution saved; a process killed after the partitions'
 * executions were stored but before their contexts were leaves them empty, and the
 * restarted partition then knows neither its provinces nor its districts. Such a
 * partition gets the context the partitioner gives it again (the partitioners here give
 * the same partitions for the same run).
 */
final class PartitionSplitter implements StepExecutionSplitter {

	/** Where Spring Batch's splitter keeps the grid size of a partitioned step. */
	static final String GRID_SIZE = SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE";

	/**
	 * Between the step's name and the partition's, as Spring Batch's splitter names them.
	 */
	private static final String SEPARATOR = ":";

	private final SimpleStepExecutionSplitter splitter;

	private final JobRepository jobRepository;

	private final String stepName;

	private final Partitioner partitioner;

	private final LongPredicate isRestart;

	/**
	 * @param isRestart whether a job execution (by id) carries on an earlier execution of
	 * its job instance ({@link RunRecords#isRestart})
	 */
	PartitionSplitter(JobRepository jobRepository, String stepName, Partitioner partitioner, LongPredicate isRestart) {
		this.splitter = new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner);
		this.jobRepository = jobRepository;
		this.stepName = stepName;
		this.partitioner = partitioner;
		this.isRestart = isRestart;
	}

	@Override
	public String getStepName() {
		return stepName;
	}

	@Override
	public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
		JobExecution job = stepExecution.getJobExecution();
		if (isRestart.test(job.getId())) {
			return restart(stepExecution, gridSize);
		}
		stepExecution.getExecutionContext().putLong(GRID_SIZE, gridSize);
		jobRepository.updateExecutionContext(stepExecution);
		Set<StepExecution> partitions = new HashSet<>();
		for (Map.Entry<String, ExecutionContext> partition : partitioner.partition(gridSize).entrySet()) {
			StepExecution execution = jobRepository.createStepExecution(stepName + SEPARATOR + partition.getKey(), job);
			execution.setExecutionContext(partition.getValue());
			jobRepository.updateExecutionContext(execution);
			partitions.add(execution);
		}
		return partitions;
	}

	private Set<StepExecution> restart(StepExecution stepExecution, int gridSize) throws JobExecutionException {
		Set<StepExecution> executions = splitter.split(stepExecution, gridSize);
		Map<String, ExecutionContext> again = null;
		for (StepExecution execution : executions) {
			if (!execution.getExecutionContext().isEmpty()) {
				continue;
			}
			if (again == null) {
				again = partitioner.partition(gridSize);
			}
			ExecutionContext context = again.get(execution.getStepName().substring(stepName.length() + 1));
			if (context != null) {
				context.entrySet().forEach(e -> execution.getExecutionContext().put(e.getKey(), e.getValue()));
				jobRepository.updateExecutionContext(execution);
			}
		}
		return executions;
	}

}
