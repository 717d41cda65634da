package th.go.cdd.clickreport.grading;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/**
 * Makes the handler that runs the partitions of a step: on a bounded local thread pool,
 * or on worker processes over RabbitMQ ({@code click.batch.remote=true}).
 */
public interface PartitionHandlers {

	PartitionHandler forStep(String workerStepName, Step workerStep) throws Exception;

}
