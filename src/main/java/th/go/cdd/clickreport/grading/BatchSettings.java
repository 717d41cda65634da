package th.go.cdd.clickreport.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the monthly job splits and commits its work ({@code click.batch.*}).
 *
 * @param chunkSize districts graded per chunk: one transaction each, and a restart
 * resumes at the chunk that failed. A chunk is mostly its queries, its commit and the
 * step's bookkeeping, so large chunks grade fast (docs/PERFORMANCE.md); queries still put
 * at most 200 keys in one IN list (system/InLists)
 * @param threads partitions run at once in this process; 0 for the number of cores
 * @param gradePartitionDistricts most districts in one partition of the grading: grading
 * is cheap per district and gets few, large partitions (each costs a step execution in
 * the batch tables)
 * @param partitionDistricts most districts in one partition of the province outputs and
 * district pages: rendering gets small partitions that spread evenly over threads and
 * workers
 * @param remote send partitions to {@code worker} processes over RabbitMQ
 * ({@code spring.rabbitmq.*}) instead of running them here. Read from the environment by
 * {@link PartitionMode} as well, which decides before any bean exists
 * @param queue the RabbitMQ queue of partitions
 * @param remoteGridSize the grid size a manager hands to a step's partitioner (Spring
 * Batch's {@code gridSize}); the partitioners split by {@code gradePartitionDistricts}
 * and {@code partitionDistricts} instead
 * @param remoteTimeoutMinutes how long a manager waits for the workers to finish a step's
 * partitions
 */
@ConfigurationProperties("click.batch")
public record BatchSettings(@DefaultValue("500") int chunkSize, @DefaultValue("0") int threads,
		@DefaultValue("500") int gradePartitionDistricts, @DefaultValue("50") int partitionDistricts,
		@DefaultValue("false") boolean remote, @DefaultValue("click.batch.partitions") String queue,
		@DefaultValue("8") int remoteGridSize, @DefaultValue("120") long remoteTimeoutMinutes) {

	public BatchSettings {
		positive("click.batch.chunk-size", chunkSize);
		if (threads < 0) {
			throw new IllegalArgumentException(
					"click.batch.threads must be 0 (the number of cores) or more, not " + threads);
		}
		positive("click.batch.grade-partition-districts", gradePartitionDistricts);
		positive("click.batch.partition-districts", partitionDistricts);
		if (queue == null || queue.isBlank()) {
			throw new IllegalArgumentException("click.batch.queue must name a queue");
		}
		positive("click.batch.remote-grid-size", remoteGridSize);
		positive("click.batch.remote-timeout-minutes", remoteTimeoutMinutes);
	}

	/**
	 * Partitions run at once in this process: {@code threads}, or the number of cores
	 * when that is 0.
	 */
	public int threadsOrCores() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	private static void positive(String property, long value) {
		if (value <= 0) {
			throw new IllegalArgumentException(property + " must be positive, not " + value);
		}
	}

}
