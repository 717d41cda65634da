package th.go.cdd.clickreport.grading;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a process shows that it still runs its runs: every
 * {@code click.runs.owner.heartbeat} (default 15 s) it stamps them; a run of another host
 * that has not been stamped for {@code click.runs.owner.timeout} (default 2 min) is taken
 * as abandoned. A run of this host is abandoned as soon as its process is gone.
 */
@ConfigurationProperties("click.runs.owner")
record RunOwnerSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("2m") Duration timeout) {

	RunOwnerSettings {
		if (heartbeat.isNegative() || heartbeat.isZero()) {
			throw new IllegalArgumentException("click.runs.owner.heartbeat must be positive, not " + heartbeat);
		}
		if (timeout.compareTo(heartbeat.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("click.runs.owner.timeout (" + timeout
					+ ") must be at least twice click.runs.owner.heartbeat (" + heartbeat + ")");
		}
	}

}
