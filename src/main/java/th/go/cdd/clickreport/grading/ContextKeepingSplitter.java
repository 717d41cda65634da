package th.go.cdd.clickreport.grading;

import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spring Batch's splitter, plus one repair on restart. A restarted partition takes the
 * execution context its earlier execution saved; a process killed after the partitions'
 * executions were stored but before their contexts were leaves them empty, and the
 * restarted partition then knows neither its provinces nor its districts. Such a
 * partition gets the context the partitioner gives it again (the partitioners here give
 * the same partitions for the same run).
 */
final class ContextKeepingSplitter implements StepExecutionSplitter {

	private final SimpleStepExecutionSplitter splitter;

	private final JobRepository jobRepository;

	private final String stepName;

	private final Partitioner partitioner;

	ContextKeepingSplitter(JobRepository jobRepository, String stepName, Partitioner partitioner) {
		this.splitter = new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner);
		this.jobRepository = jobRepository;
		this.stepName = stepName;
		this.partitioner = partitioner;
	}

	@Override
	public String getStepName() {
		return stepName;
	}

	@Override
	public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
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
