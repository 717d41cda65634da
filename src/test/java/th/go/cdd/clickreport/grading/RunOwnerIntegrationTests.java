package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.system.DbTime;

/**
 * This process as the owner of runs: it signs them, stamps their heartbeat while it runs
 * them, and tells who is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RunOwnerIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, RunOwnerIntegrationTests.class);
		registry.add("click.runs.owner.heartbeat", () -> "200ms");
	}

	@Autowired
	RunOwner owner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RunRecords records;

	@Test
	void aClaimedRunIsSignedAndItsHeartbeatAdvancesUntilItIsReleased() throws Exception {
		records.add(9001, "57", "2024-05", DbTime.text(Instant.now()), "STARTED", null);
		owner.claim(9001);

		ProcessHandle self = ProcessHandle.current();
		assertThat(jdbc.queryForObject("SELECT owner_pid FROM grading_run WHERE job_execution_id = 9001", Long.class))
			.isEqualTo(self.pid());
		assertThat(
				jdbc.queryForObject("SELECT owner_host FROM grading_run WHERE job_execution_id = 9001", String.class))
			.isEqualTo(owner.me().host());
		assertThat(
				jdbc.queryForObject("SELECT owner_started FROM grading_run WHERE job_execution_id = 9001", Long.class))
			.isEqualTo(self.info().startInstant().orElseThrow().toEpochMilli());
		LocalDateTime first = heartbeat();
		Thread.sleep(1000);
		LocalDateTime later = heartbeat();
		assertThat(later).isAfter(first);

		owner.release(9001);
		Thread.sleep(400); // a beat under way when released may still land
		LocalDateTime released = heartbeat();
		Thread.sleep(1000);
		assertThat(heartbeat()).isEqualTo(released);
	}

	@Test
	void theOwnerIsGoneWhenItsProcessIsOrWhenAnotherHostStopsBeating() throws Exception {
		assertThat(owner.isGone(owner.me(), Instant.EPOCH)).isFalse();

		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		String host = owner.me().host();
		assertThat(owner.isGone(new RunOwner.Identity(host, ended.pid(), null), Instant.now())).isTrue();
		// a live process with another start time: the id was reused
		ProcessHandle self = ProcessHandle.current();
		long start = self.info().startInstant().orElseThrow().toEpochMilli();
		assertThat(owner.isGone(new RunOwner.Identity(host, self.pid(), start - 60_000), Instant.now())).isTrue();

		RunOwner.Identity elsewhere = new RunOwner.Identity("another-host.example", self.pid(), start);
		assertThat(owner.isGone(elsewhere, Instant.now().minusSeconds(110))).isFalse();
		assertThat(owner.isGone(elsewhere, Instant.now().minusSeconds(130))).isTrue();
		assertThat(owner.isGone(null, Instant.now().minusSeconds(130))).isTrue();
	}

	private LocalDateTime heartbeat() {
		return jdbc.queryForObject("SELECT heartbeat_at FROM grading_run WHERE job_execution_id = 9001",
				LocalDateTime.class);
	}

}
