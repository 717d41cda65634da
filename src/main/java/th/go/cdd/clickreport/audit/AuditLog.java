package th.go.cdd.clickreport.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.common.ColumnText;

/**
 * The audit log (table audit_log): who did what and when. Rows are only added. Times are
 * stored in UTC and shown in Bangkok time.
 */
@Repository
public class AuditLog {

	/** The user name the monthly schedule acts as. */
	public static final String SCHEDULER = "scheduler";

	/**
	 * The user name of what the server does by itself (e.g. marking interrupted runs at
	 * start).
	 */
	public static final String SYSTEM = "system";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One thing a user did; {@code province}, {@code month}, {@code runId} and
	 * {@code detail} may be null.
	 */
	public record Entry(String username, Action action, String province, YearMonth month, Long runId, String detail,
			String remoteAddr) {

		public static Entry of(String username, Action action) {
			return new Entry(username, action, null, null, null, null, null);
		}

		public Entry month(String province, YearMonth month) {
			return new Entry(username, action, province, month, runId, detail, remoteAddr);
		}

		public Entry run(Long runId) {
			return new Entry(username, action, province, month, runId, detail, remoteAddr);
		}

		public Entry detail(String detail) {
			return new Entry(username, action, province, month, runId, detail, remoteAddr);
		}

		public Entry from(String remoteAddr) {
			return new Entry(username, action, province, month, runId, detail, remoteAddr);
		}

	}

	/** A row as the audit page shows it. */
	public record Row(long id, LocalDateTime happenedAtUtc, String username, String action, String province,
			String month, Long runId, String detail, String remoteAddr) {
	}

	public void record(Entry entry) {
		record(clock.instant(), entry);
	}

	/**
	 * Records {@code entry} as done at {@code at} (e.g. when a scheduled run was asked
	 * for).
	 */
	public void record(Instant at, Entry entry) {
		jdbc.update("""
				INSERT INTO audit_log (happened_at, username, action, province_code, report_month, job_execution_id,
				  detail, remote_addr) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
				Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)), ColumnText.clip(entry.username(), 100),
				entry.action().name(), ColumnText.clip(entry.province(), 300),
				entry.month() == null ? null : entry.month().toString(), entry.runId(),
				ColumnText.clip(entry.detail(), 1000), ColumnText.clip(entry.remoteAddr(), 64));
	}

	/** The newest rows first, {@code limit} of them after skipping {@code offset}. */
	public List<Row> latest(int limit, long offset) {
		return jdbc.query(
				"""
						SELECT id, happened_at, username, action, province_code, report_month, job_execution_id, detail, remote_addr
						FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?""",
				(rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7, Long.class),
						rs.getString(8), rs.getString(9)),
				limit, offset);
	}

	/**
	 * Who asked for run {@code runId} (its first launch, restart or re-run entry), or
	 * null.
	 */
	public String launchedBy(long runId) {
		List<String> names = jdbc.queryForList(
				"SELECT username FROM audit_log WHERE job_execution_id = ? ORDER BY id LIMIT 1", String.class, runId);
		return names.isEmpty() ? null : names.get(0);
	}

}
