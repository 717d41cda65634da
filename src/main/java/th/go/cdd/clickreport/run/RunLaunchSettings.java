package th.go.cdd.clickreport.run;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runs started from the pages or the API ({@code click.runs.*}); how a run shows it is
 * still alive is {@code click.runs.owner.*} ({@code grading.RunOwnerSettings}).
 *
 * @param threads runs that go on at once
 * @param queue runs that may wait for a thread; more are refused
 */
@ConfigurationProperties("click.runs")
record RunLaunchSettings(@DefaultValue("2") int threads, @DefaultValue("8") int queue) {

	RunLaunchSettings {
		if (threads <= 0) {
			throw new IllegalArgumentException("click.runs.threads must be positive, not " + threads);
		}
		if (queue < 0) {
			throw new IllegalArgumentException("click.runs.queue must be 0 or more, not " + queue);
		}
	}

}
