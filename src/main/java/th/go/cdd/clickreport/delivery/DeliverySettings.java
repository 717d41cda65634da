package th.go.cdd.clickreport.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mails go out ({@code click.delivery.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender address
 * @param fromName the sender's name shown to recipients
 * @param maxAttempts attempts of a message before it is given up (an admin may ask again)
 * @param retryInitial wait after the first failure; doubled after each further one
 * @param retryMax the longest wait between attempts
 * @param claimTimeout how long a sender may hold a message it took; after that another
 * sender (or the same server after a restart) takes it again. Longer than the mail
 * timeouts, so a live sender is never overtaken
 * @param sweepInterval how often the sender looks for due messages (it also starts at
 * once when a run completes or an admin asks)
 * @param batchSize messages taken per sweep
 * @param send whether this process sends; not set: it sends unless it is a command
 * ({@code click.schedule.enabled=false}), so commands only queue and the server sends
 * what they queued
 */
@ConfigurationProperties("click.delivery")
record DeliverySettings(@DefaultValue("click-report@localhost") String from,
		@DefaultValue("ระบบรายงานผล Click ชุมชน") String fromName, @DefaultValue("6") int maxAttempts,
		@DefaultValue("1m") Duration retryInitial, @DefaultValue("1h") Duration retryMax,
		@DefaultValue("5m") Duration claimTimeout, @DefaultValue("30s") Duration sweepInterval,
		@DefaultValue("50") int batchSize, Boolean send) {

	/**
	 * The wait after the {@code attempts}-th failed attempt: initial, doubled each time,
	 * at most retryMax.
	 */
	Duration backoff(int attempts) {
		Duration wait = retryInitial;
		for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(retryMax) > 0 ? retryMax : wait;
	}

}
