package th.go.cdd.clickreport.delivery;

import java.time.Clock;

import org.quartz.Scheduler;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * Delivery by e-mail. Recipients can be managed whatever the settings; sending needs an
 * SMTP server ({@code spring.mail.host}, with which Spring Boot makes the
 * {@link JavaMailSender}). The server sends; commands ({@code run}) only queue (their
 * {@code click.schedule.enabled=false} turns the sender off unless
 * {@code click.delivery.send} says otherwise), and the server sends what they queued.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeliverySettings.class, ReminderSettings.class })
class DeliveryConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "spring.mail", name = "host")
	static class MailDeliveryConfiguration {

		@Bean
		MailSending mailSending(JavaMailSender mailSender, DeliverySettings settings) {
			return new MailSending(mailSender, settings);
		}

		@Bean
		DeliveryPlanner deliveryPlanner(DeliveryRepository deliveries, RecipientRepository recipients,
				OutputLayout layout, Areas areas, PlatformTransactionManager transactionManager, Clock clock) {
			return new DeliveryPlanner(deliveries, recipients, layout, areas,
					new TransactionTemplate(transactionManager), clock);
		}

		@Bean
		DeliveryWorker deliveryWorker(DeliveryRepository deliveries, DeliveryPlanner planner, MailSending mail,
				OutputLayout layout, DeliverySettings settings, Clock clock, Environment environment) {
			boolean send = settings.send() != null ? settings.send()
					: environment.getProperty("click.schedule.enabled", Boolean.class, true);
			return new DeliveryWorker(deliveries, planner, mail, layout, settings, clock, DeliveryWorker.nodeName(),
					send);
		}

		/**
		 * Hooks the delivery onto {@code monthlyReportJob}'s completion, whoever launches
		 * it.
		 */
		@Bean
		SmartInitializingSingleton deliveryOnCompletion(@Qualifier("monthlyReportJob") Job monthlyReportJob,
				DeliveryRepository deliveries, DeliveryWorker worker, Clock clock) {
			return () -> {
				if (monthlyReportJob instanceof AbstractJob job) {
					job.registerJobExecutionListener(new DeliveryJobListener(deliveries, worker::nudge, clock));
				}
			};
		}

		@Bean
		Reminders reminders(DeliveryRepository deliveries, RubricRepository rubrics, DeliveryWorker worker, Clock clock,
				ClickSettings click) {
			return new Reminders(deliveries, rubrics, worker::nudge, clock, click.publicUrl());
		}

		/**
		 * The reminders' Quartz trigger: in server mode (Quartz runs) with reminders on.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnProperty(name = { "click.schedule.enabled", "click.reminders.enabled" }, havingValue = "true",
				matchIfMissing = true)
		static class ReminderScheduleConfiguration {

			@Bean
			ReminderSchedule reminderSchedule(Scheduler scheduler, ReminderSettings settings) {
				return new ReminderSchedule(scheduler, settings);
			}

		}

	}

}
