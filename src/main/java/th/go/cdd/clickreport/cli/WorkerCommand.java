package th.go.cdd.clickreport.cli;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.grading.BatchSettings;

/**
 * {@code worker}: runs partitions of the monthly job that a manager
 * ({@code click.batch.remote=true}) sends over RabbitMQ, against the shared database,
 * until the process is stopped.
 */
@Component
class WorkerCommand implements Command {

	private final RabbitProperties rabbit;

	private final String queue;

	WorkerCommand(RabbitProperties rabbit, BatchSettings batch) {
		this.rabbit = rabbit;
		this.queue = batch.queue();
	}

	@Override
	public String name() {
		return "worker";
	}

	@Override
	public String usage() {
		return "worker   run partitions sent over RabbitMQ (spring.rabbitmq.*) by a manager with click.batch.remote=true";
	}

	@Override
	public int execute(ApplicationArguments arguments) throws InterruptedException {
		System.out.printf("Worker taking partitions from queue %s at %s:%d; stop it with Ctrl+C.%n", queue,
				rabbit.determineHost(), rabbit.determinePort());
		new CountDownLatch(1).await();
		return 0;
	}

}
