package th.go.cdd.clickreport.grading;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Spring Batch remote partitioning over RabbitMQ. The manager
 * ({@code click.batch.remote=true}) sends one message per partition to a durable queue
 * and follows the partitions' step executions in the shared database; workers
 * ({@code worker} command, {@code click.batch.worker=true}) take messages one at a time
 * and run the named worker step against the same database. A message is just
 * {@code <step name>:<step execution id>}: no Java deserialization of what arrives from
 * the broker.
 */
final class RemotePartitioning {

	private static final Logger log = LoggerFactory.getLogger(RemotePartitioning.class);

	private RemotePartitioning() {
	}

	static String encode(StepExecutionRequest request) {
		return request.getStepName() + ":" + request.getStepExecutionId();
	}

	static StepExecutionRequest decode(String message) {
		String[] parts = message.strip().split(":");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Not a partition request: " + message);
		}
		return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(PartitionMode.Remote.class)
	static class Manager {

		/**
		 * The flows are wired when they are made: a command's lazy start must still make
		 * them.
		 */
		@Bean
		static LazyInitializationExcludeFilter integrationFlowsAtStart() {
			return LazyInitializationExcludeFilter.forBeanTypes(IntegrationFlow.class);
		}

		@Bean
		Queue partitionQueue(BatchSettings batch) {
			return QueueBuilder.durable(batch.queue()).build();
		}

		@Bean
		DirectChannel partitionRequests() {
			return new DirectChannel();
		}

		@Bean
		IntegrationFlow partitionRequestsToRabbit(DirectChannel partitionRequests, AmqpTemplate amqp,
				BatchSettings batch) {
			return IntegrationFlow.from(partitionRequests)
				.transform(StepExecutionRequest.class, RemotePartitioning::encode)
				.handle(Amqp.outboundAdapter(amqp).routingKey(batch.queue()))
				.get();
		}

		@Bean
		PartitionHandlers remotePartitionHandlers(JobRepository jobRepository, DirectChannel partitionRequests,
				BatchSettings batch) {
			String queue = batch.queue();
			long timeoutMinutes = batch.remoteTimeoutMinutes();
			return (workerStepName, workerStep) -> {
				MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
				handler.setStepName(workerStepName);
				handler.setGridSize(batch.remoteGridSize());
				handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
				// No reply queue: the manager follows the partitions' step executions in
				// the job repository.
				handler.setJobRepository(jobRepository);
				handler.setPollInterval(200);
				handler.setTimeout(timeoutMinutes * 60_000);
				handler.afterPropertiesSet();
				// Nothing moves until a worker takes the messages: say where they wait,
				// so that an admin
				// whose run sits at 0 knows to start one.
				return (splitter, managerStep) -> {
					log.info(
							"Run {}: partitions of {} go to queue {}; they run as `worker` processes take them "
									+ "(up to {} min)",
							managerStep.getJobExecutionId(), workerStepName, queue, timeoutMinutes);
					return handler.handle(splitter, managerStep);
				};
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "click.batch.worker", havingValue = "true")
	static class Worker {

		@Bean
		Queue partitionQueue(BatchSettings batch) {
			return QueueBuilder.durable(batch.queue()).build();
		}

		@Bean
		BeanFactoryStepLocator stepLocator() {
			return new BeanFactoryStepLocator();
		}

		@Bean
		StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository,
				BeanFactoryStepLocator stepLocator) {
			StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
			handler.setJobRepository(jobRepository);
			handler.setStepLocator(stepLocator);
			return handler;
		}

		/**
		 * One partition at a time per consumer, so that busy workers leave the rest to
		 * idle ones.
		 */
		@Bean
		IntegrationFlow partitionRequestsFromRabbit(ConnectionFactory connectionFactory,
				StepExecutionRequestHandler handler, BatchSettings batch) {
			requireBroker(connectionFactory);
			int consumers = batch.threadsOrCores();
			return IntegrationFlow
				.from(Amqp.inboundAdapter(connectionFactory, batch.queue())
					.configureContainer(c -> c.concurrentConsumers(consumers).prefetchCount(1)))
				.handle(String.class, (payload, headers) -> {
					StepExecutionRequest request = decode(payload);
					StepExecution done = handler.handle(request);
					log.info("Run {}: worker ran partition {} of {}: {}", done.getJobExecutionId(), done.getStepName(),
							request.getStepName(), done.getStatus());
					return null;
				})
				.get();
		}

		/**
		 * A worker started while the broker is unreachable stops with one sentence (the
		 * command prints it) instead of retrying with a stack trace a second. Once
		 * running, it rides out broker restarts.
		 */
		private static void requireBroker(ConnectionFactory connectionFactory) {
			try (Connection connection = connectionFactory.createConnection()) {
				log.debug("RabbitMQ reachable: {}", connection);
			}
			catch (AmqpException ex) {
				Throwable cause = ex;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				throw new IllegalStateException("Cannot reach RabbitMQ at " + connectionFactory.getHost() + ":"
						+ connectionFactory.getPort() + " (" + cause.getMessage() + "): start it, or point "
						+ "spring.rabbitmq.host and spring.rabbitmq.port at it.");
			}
		}

	}

}
