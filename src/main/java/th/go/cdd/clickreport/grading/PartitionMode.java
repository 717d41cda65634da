package th.go.cdd.clickreport.grading;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the partitions of this process's runs go. A manager
 * ({@code click.batch.remote=true}) sends them over RabbitMQ; every other process runs
 * them on its own threads. A worker ({@code worker} command,
 * {@code click.batch.worker=true}) is never a manager, even where the deployment's shared
 * settings say {@code click.batch.remote=true}: it only takes partitions.
 */
final class PartitionMode {

	private PartitionMode() {
	}

	static boolean sendsPartitions(Environment environment) {
		return environment.getProperty("click.batch.remote", Boolean.class, false)
				&& !environment.getProperty("click.batch.worker", Boolean.class, false);
	}

	/** This process sends its runs' partitions to workers over RabbitMQ. */
	static final class Remote implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return sendsPartitions(context.getEnvironment());
		}

	}

	/** This process runs its runs' partitions on its own threads. */
	static final class Local implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !sendsPartitions(context.getEnvironment());
		}

	}

}
