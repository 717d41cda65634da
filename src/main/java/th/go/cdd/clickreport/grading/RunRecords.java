package th.go.cdd.clickreport.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.system.DbTime;

/**
 * The record of each run of the monthly job (grading_run, and grading_run_province for
 * the provinces it covers): the only class that writes them, and the one others ask about
 * runs. Spring Batch's tables keep the authoritative status; a record adds who ran which
 * provinces and month, when, on which process, and what the month's grades came to.
 */
@Repository
public class RunRecords {

	/**
	 * The order of the monthly job's listeners other than the one that keeps the record:
	 * Spring Batch calls their {@code afterJob} after that one's, when the run's record
	 * is final.
	 */
	public static final int JOB_LISTENER_ORDER = 0;

	/**
	 * A run as recorded, with Spring Batch's status and times of it (local times as
	 * stored).
	 *
	 * @param selection the run's province parameter: a code, a comma list of codes or
	 * {@code all}
	 * @param recordedStatus the record's own status: it turns final only once the job's
	 * listener has written the run's totals
	 * @param launchedBy who asked for the run (the audit log), null for the schedule's
	 * first attempt
	 */
	public record Recorded(long id, String selection, String provinceName, String month, String batchStatus,
			String recordedStatus, LocalDateTime startedAt, LocalDateTime finishedAt, LocalDateTime batchStart,
			LocalDateTime batchEnd, int districtsGraded, int notes, String launchedBy) {
	}

	/**
	 * Which runs a list holds; null for no condition.
	 *
	 * @param province a province code: the runs that cover it (its own and those of
	 * several provinces); any other selection ({@code all}, a list): the runs of exactly
	 * that selection
	 * @param onlySelection the runs of exactly this selection (a reader limited to a
	 * province)
	 */
	public record Filter(String province, YearMonth month, String onlySelection) {
	}

	/** The owner of a running run as recorded, null fields when none has claimed it. */
	public record Owner(long id, String host, Long pid, Long started, Instant heartbeat) {
	}

	/** What the month's grades of a run's provinces came to when it ended. */
	public record Totals(Long rubricId, int districtsGraded, int levelA, int levelB, int levelC, int levelD,
			int notes) {
	}

	private static final String SELECT = """
			SELECT r.job_execution_id, r.province_code, p.name_th, r.report_month, e.STATUS, r.status,
			       r.started_at, r.finished_at, e.START_TIME, e.END_TIME, r.districts_graded, r.notes,
			       (SELECT a.username FROM audit_log a WHERE a.job_execution_id = r.job_execution_id
			        ORDER BY a.id LIMIT 1) AS launched_by
			FROM grading_run r
			JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
			LEFT JOIN province p ON p.code = r.province_code
			""";

	// '' stands for "no condition": a typed parameter on both databases, unlike a bare
	// NULL
	private static final String LIST = SELECT + """
			WHERE (:only = '' OR r.province_code = :only)
			  AND (:covers = '' OR EXISTS (SELECT 1 FROM grading_run_province c
			                               WHERE c.job_execution_id = r.job_execution_id AND c.province_code = :covers))
			  AND (:selection = '' OR r.province_code = :selection)
			  AND (:month = '' OR r.report_month = :month)
			ORDER BY r.job_execution_id DESC LIMIT :limit OFFSET :offset""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Areas areas;

	private final TransactionTemplate transaction;

	RunRecords(NamedParameterJdbcTemplate jdbc, Areas areas, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.transaction = new TransactionTemplate(transactions);
	}

	// --- writing ---

	/**
	 * Adds a run with the provinces it covers.
	 * @return false when it is there already
	 */
	public boolean add(long id, String selection, String month, String at, String status, String outputDir) {
		List<String> provinces = ProvinceSelection.codes(selection, areas);
		try {
			return Boolean.TRUE.equals(transaction.execute(tx -> {
				jdbc.update(
						"""
								INSERT INTO grading_run (job_execution_id, province_code, report_month, started_at, status, output_dir)
								VALUES (:id, :selection, :month, :at, :status, :outputDir)""",
						new MapSqlParameterSource("id", id).addValue("selection", selection)
							.addValue("month", month)
							.addValue("at", at)
							.addValue("status", status)
							.addValue("outputDir", outputDir));
				jdbc.batchUpdate(
						"INSERT INTO grading_run_province (job_execution_id, province_code) VALUES (:id, :code)",
						provinces.stream()
							.map(code -> new MapSqlParameterSource("id", id).addValue("code", code))
							.toArray(SqlParameterSource[]::new));
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** A run listed while it waited for a worker begins now. */
	void started(long id, String at, String outputDir) {
		jdbc.update("""
				UPDATE grading_run SET started_at = :at, status = 'STARTED', output_dir = :outputDir
				WHERE job_execution_id = :id""",
				new MapSqlParameterSource("id", id).addValue("at", at).addValue("outputDir", outputDir));
	}

	/** The run has ended with {@code status}; its record is final from now on. */
	void finished(long id, String at, String status, Totals totals) {
		jdbc.update("""
				UPDATE grading_run SET finished_at = :at, status = :status, rubric_id = :rubric,
				  districts_graded = :graded, level_a = :a, level_b = :b, level_c = :c, level_d = :d, notes = :notes
				WHERE job_execution_id = :id""",
				new MapSqlParameterSource("id", id).addValue("at", at)
					.addValue("status", status)
					.addValue("rubric", totals.rubricId())
					.addValue("graded", totals.districtsGraded())
					.addValue("a", totals.levelA())
					.addValue("b", totals.levelB())
					.addValue("c", totals.levelC())
					.addValue("d", totals.levelD())
					.addValue("notes", totals.notes()));
	}

	/**
	 * An abandoned run marked FAILED: it ends now, and its record says so if it had not
	 * ended.
	 */
	void abandoned(long id, String at, boolean setFailed) {
		if (setFailed) {
			jdbc.update("UPDATE grading_run SET status = 'FAILED', finished_at = :at WHERE job_execution_id = :id",
					Map.of("id", id, "at", at));
		}
		else {
			jdbc.update("UPDATE grading_run SET finished_at = :at WHERE job_execution_id = :id",
					Map.of("id", id, "at", at));
		}
	}

	/** Makes a process the owner of the run and stamps it. */
	void own(long id, RunOwner.Identity owner, String now) {
		jdbc.update(
				"""
						UPDATE grading_run SET owner_host = :host, owner_pid = :pid, owner_started = :started, heartbeat_at = :now
						WHERE job_execution_id = :id""",
				Map.of("host", owner.host(), "pid", owner.pid(), "now", now, "id", id, "started",
						owner.started() == null ? -1L : owner.started()));
	}

	void heartbeat(List<Long> ids, String now) {
		jdbc.update("UPDATE grading_run SET heartbeat_at = :now WHERE job_execution_id IN (:ids)",
				Map.of("now", now, "ids", ids));
	}

	// --- reading ---

	/** The runs of the filter, newest first. */
	public List<Recorded> list(Filter filter, int limit, long offset) {
		String province = filter.province();
		boolean oneProvince = province != null && province.matches("\\d{2}");
		MapSqlParameterSource args = new MapSqlParameterSource("only", orNone(filter.onlySelection()))
			.addValue("covers", oneProvince ? province : "")
			.addValue("selection", oneProvince ? "" : orNone(province))
			.addValue("month", filter.month() == null ? "" : filter.month().toString())
			.addValue("limit", limit)
			.addValue("offset", offset);
		return jdbc.query(LIST, args, (rs, i) -> recorded(rs));
	}

	public Optional<Recorded> find(long id) {
		return jdbc.query(SELECT + " WHERE r.job_execution_id = :id", Map.of("id", id), (rs, i) -> recorded(rs))
			.stream()
			.findFirst();
	}

	/**
	 * The newest run of exactly this selection and month, across its first run and
	 * re-runs.
	 */
	public Optional<Long> latest(String selection, String month) {
		return Optional.ofNullable(jdbc.queryForObject(
				"SELECT MAX(job_execution_id) FROM grading_run WHERE province_code = :selection AND report_month = :month",
				Map.of("selection", selection, "month", month), Long.class));
	}

	/**
	 * Whether the execution carries on an earlier, failed or stopped, execution of its
	 * job instance.
	 */
	public boolean isRestart(long id) {
		Integer earlier = jdbc.queryForObject(
				"""
						SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
						JOIN BATCH_JOB_EXECUTION f ON f.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND f.JOB_EXECUTION_ID < e.JOB_EXECUTION_ID
						WHERE e.JOB_EXECUTION_ID = :id""",
				Map.of("id", id), Integer.class);
		return earlier != null && earlier > 0;
	}

	/**
	 * How many job instances (a first run and each re-run) the selection and month have
	 * had.
	 */
	long instances(String selection, String month) {
		Long count = jdbc.queryForObject("""
				SELECT COUNT(DISTINCT e.JOB_INSTANCE_ID) FROM grading_run r
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
				WHERE r.province_code = :selection AND r.report_month = :month""",
				Map.of("selection", selection, "month", month), Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * Whether a run of exactly this selection and month began at or after {@code since}.
	 */
	public boolean startedSince(String selection, String month, Instant since) {
		Integer count = jdbc.queryForObject("""
				SELECT COUNT(*) FROM grading_run
				WHERE province_code = :selection AND report_month = :month AND started_at >= :since""",
				Map.of("selection", selection, "month", month, "since",
						Timestamp.valueOf(LocalDateTime.ofInstant(since, ZoneOffset.UTC))),
				Integer.class);
		return count != null && count > 0;
	}

	/**
	 * The runs of the month under another selection than {@code selection} that share a
	 * province with it and are running or waiting to run: id → their selection.
	 */
	Map<Long, String> runningOverlaps(String selection, String month) {
		Map<Long, String> overlaps = new LinkedHashMap<>();
		jdbc.query("""
				SELECT DISTINCT r.job_execution_id, r.province_code FROM grading_run r
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
				JOIN grading_run_province c ON c.job_execution_id = r.job_execution_id
				WHERE r.report_month = :month AND r.province_code <> :selection
				  AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') AND c.province_code IN (:codes)
				ORDER BY r.job_execution_id""",
				Map.of("month", month, "selection", selection, "codes", ProvinceSelection.codes(selection, areas)),
				rs -> {
					overlaps.put(rs.getLong(1), rs.getString(2));
				});
		return overlaps;
	}

	/**
	 * The running (or waiting) executions of {@code jobName} with their recorded owners.
	 */
	List<Owner> runningOwners(String jobName) {
		return jdbc.query("""
				SELECT e.JOB_EXECUTION_ID, r.owner_host, r.owner_pid, r.owner_started, r.heartbeat_at
				FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				LEFT JOIN grading_run r ON r.job_execution_id = e.JOB_EXECUTION_ID
				WHERE i.JOB_NAME = :job AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')
				ORDER BY e.JOB_EXECUTION_ID""", Map.of("job", jobName), RunRecords::owner);
	}

	/**
	 * The runs whose execution has ended while their record has not: their process is
	 * writing the end now, or stopped while it was.
	 */
	List<Owner> endedUnrecorded() {
		return jdbc.query("""
				SELECT r.job_execution_id, r.owner_host, r.owner_pid, r.owner_started, r.heartbeat_at
				FROM grading_run r JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
				WHERE r.finished_at IS NULL AND e.STATUS NOT IN ('STARTING', 'STARTED', 'STOPPING')
				ORDER BY r.job_execution_id""", Map.of(), RunRecords::owner);
	}

	Optional<Owner> owner(long id) {
		return jdbc.query("""
				SELECT job_execution_id, owner_host, owner_pid, owner_started, heartbeat_at FROM grading_run
				WHERE job_execution_id = :id""", Map.of("id", id), RunRecords::owner).stream().findFirst();
	}

	private static Owner owner(ResultSet rs, int row) throws SQLException {
		String host = rs.getString(2);
		long pid = rs.getLong(3);
		long started = rs.getLong(4);
		boolean noStart = rs.wasNull() || started < 0;
		return new Owner(rs.getLong(1), host, host == null ? null : pid, host == null || noStart ? null : started,
				DbTime.instant(rs.getObject(5, LocalDateTime.class)));
	}

	private static Recorded recorded(ResultSet rs) throws SQLException {
		return new Recorded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), local(rs.getTimestamp(7)), local(rs.getTimestamp(8)), local(rs.getTimestamp(9)),
				local(rs.getTimestamp(10)), rs.getInt(11), rs.getInt(12), rs.getString(13));
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

	private static String orNone(String value) {
		return value == null ? "" : value;
	}

}
