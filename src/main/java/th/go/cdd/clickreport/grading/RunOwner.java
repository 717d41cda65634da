package th.go.cdd.clickreport.grading;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.system.DbTime;

/**
 * This process as the owner of runs: it writes its host name, process id and start time
 * into the runs it starts or queues (grading_run), and stamps their heartbeat every
 * {@code click.runs.owner.heartbeat} until they end. {@link #isGone} tells whether the
 * owner of a run still exists.
 */
@Component
@EnableConfigurationProperties(RunOwnerSettings.class)
class RunOwner implements DisposableBean {

	/**
	 * Who runs a run. {@code started} is the process's start time in epoch milliseconds,
	 * null when unknown.
	 */
	record Identity(String host, long pid, Long started) {

		@Override
		public String toString() {
			return "process " + pid + " on " + host;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(RunOwner.class);

	/**
	 * Start times read twice for one process agree to the clock tick; a reused id differs
	 * by far more.
	 */
	private static final long SAME_START_MILLIS = 1000;

	private final RunRecords records;

	private final Clock clock;

	private final RunOwnerSettings settings;

	private final Identity me;

	private final Set<Long> owned = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService heartbeat;

	RunOwner(RunRecords records, Clock clock, RunOwnerSettings settings) {
		this.records = records;
		this.clock = clock;
		this.settings = settings;
		ProcessHandle self = ProcessHandle.current();
		this.me = new Identity(hostName(), self.pid(), startMillis(self).orElse(null));
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "run-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long every = settings.heartbeat().toMillis();
		heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
	}

	Identity me() {
		return me;
	}

	Duration timeout() {
		return settings.timeout();
	}

	/**
	 * Makes this process the owner of the run (listed in grading_run already) and stamps
	 * it.
	 */
	void claim(long executionId) {
		owned.add(executionId);
		records.own(executionId, me, DbTime.text(clock.instant()));
	}

	/** The run has ended here: no more heartbeats for it. */
	void release(long executionId) {
		owned.remove(executionId);
	}

	private void beat() {
		List<Long> ids = List.copyOf(owned);
		if (ids.isEmpty()) {
			return;
		}
		try {
			records.heartbeat(ids, DbTime.text(clock.instant()));
		}
		catch (RuntimeException ex) {
			// the next beat tries again; a run is taken for abandoned only after
			// click.runs.owner.timeout
			log.warn("Runs {}: heartbeat not written: {}", ids, ex.getMessage());
		}
	}

	/**
	 * Whether the owner of a run no longer runs it: on this host, when no process with
	 * that id and start time exists; on another host, when its heartbeat is older than
	 * the timeout.
	 * @param owner null when the run names no owner (then only {@code lastSign} counts)
	 * @param lastSign the heartbeat, or the last time the run wrote anything when there
	 * is none
	 */
	boolean isGone(Identity owner, Instant lastSign) {
		if (owner != null && owner.host().equals(me.host())) {
			if (owner.pid() == me.pid()) {
				return !sameStart(owner.started(), me.started());
			}
			Optional<ProcessHandle> process = ProcessHandle.of(owner.pid());
			return process.isEmpty() || !process.get().isAlive()
					|| !sameStart(owner.started(), startMillis(process.get()).orElse(null));
		}
		return lastSign == null || lastSign.isBefore(clock.instant().minus(settings.timeout()));
	}

	private static boolean sameStart(Long recorded, Long actual) {
		// unknown on either side (a platform that does not tell): the process id alone
		// decides
		return recorded == null || recorded < 0 || actual == null || Math.abs(recorded - actual) <= SAME_START_MILLIS;
	}

	private static Optional<Long> startMillis(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String env = System.getenv("HOSTNAME");
			return env == null || env.isBlank() ? "localhost" : env;
		}
	}

	@Override
	public void destroy() {
		heartbeat.shutdownNow();
	}

}
