package th.go.cdd.clickreport.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.rubric.ThaiText;

/**
 * The history of runs as people look at it: grading_run (one row per run, written by the job) joined
 * with Spring Batch's executions (the authoritative status and the steps' counts) and the audit log
 * (who asked).
 */
@Repository
class RunHistory {

	static final String PROVINCE = "province";

	static final String MONTH = "month";

	static final String RERUN = "rerun";

	/** One run in the list. Times are Bangkok time. */
	record RunSummary(long id, String province, String provinceName, String month, String status,
			OffsetDateTime startedAt, OffsetDateTime finishedAt, Duration duration, int districtsGraded, int notes,
			String launchedBy) {

		public String statusTh() {
			return RunText.status(status);
		}

		public String monthTh() {
			return ThaiText.month(YearMonth.parse(month));
		}

		public String startedText() {
			return RunText.shown(startedAt);
		}

		public String durationText() {
			return RunText.duration(duration);
		}

		public boolean running() {
			return BatchStatus.valueOf(status).isRunning();
		}

		public boolean restartable() {
			return "FAILED".equals(status) || "STOPPED".equals(status);
		}

		/** "57 เชียงราย" for one province; the name alone ("ทุกจังหวัด", a list of names) for several. */
		public String provinceLabel() {
			return ProvinceSelection.single(province) ? province + " " + provinceName : provinceName;
		}

		/** The archive page of the run's files: the month's folder of its province, or the archive's index. */
		public String archivePath() {
			return ProvinceSelection.single(province) ? "/archive/" + province + "/" + month : "/archive";
		}

	}

	/** A step of a run with Spring Batch's counts. */
	record StepRow(String name, String status, long read, long written, long filtered, long skipped, long commits,
			long rollbacks, OffsetDateTime startedAt, Duration duration, boolean wholeSeconds, String exitDescription) {

		public String nameTh() {
			return RunText.step(name);
		}

		public String statusTh() {
			return RunText.status(status);
		}

		public String startedText() {
			return RunText.shown(startedAt);
		}

		public String durationText() {
			return wholeSeconds ? RunText.wholeSeconds(duration) : RunText.duration(duration);
		}

	}

	/** A warning, rejected row or reason for invalidity stored with the month's grades. */
	record NoteRow(String districtCode, String districtName, String severity, String source, String message) {

		public String severityTh() {
			return RunText.severity(severity);
		}

	}

	/**
	 * A run with its steps.
	 * @param kind FIRST_RUN, RESTART or RERUN
	 * @param latestOfMonth whether no later run of the same province and month exists (the month's
	 * grades and notes are this run's, and only this one can be restarted)
	 */
	record RunDetail(RunSummary run, String kind, String exitDescription, List<StepRow> steps, int districtsTotal,
			boolean latestOfMonth) {

		/** Why the run failed, as one Thai sentence (never the stack trace of {@link #exitDescription()}). */
		public String failureTh() {
			return RunText.failure(run.status(), exitDescription);
		}

		public String kindTh() {
			return switch (kind) {
				case "RESTART" -> "ทำงานต่อจากครั้งที่ล้มเหลว";
				case "RERUN" -> "ประมวลผลซ้ำ";
				default -> "ประมวลผลครั้งแรก";
			};
		}

		/** Districts graded so far (for the progress bar). */
		public long districtsRead() {
			return soFar("gradeStep", "gradeDistrictsStep:", StepRow::read);
		}

		/** Districts in the grades CSVs and summaries written so far (the province outputs step). */
		public long summarized() {
			return soFar("provinceOutputsStep", "provinceOutputsWorkerStep:", StepRow::written);
		}

		/** District PDFs written so far: the last part of a run's work, and most of its time. */
		public long pagesWritten() {
			return soFar("districtPagesStep", "districtPagesWorkerStep:", StepRow::written);
		}

		/**
		 * A partitioned step's count: its partitions' own counts while they run (the step adds them up
		 * into its own only when they have all ended), the step's once it has.
		 */
		private long soFar(String step, String partitionPrefix, ToLongFunction<StepRow> count) {
			long total = steps.stream().filter(s -> s.name().equals(step)).mapToLong(count).sum();
			long partitions = steps.stream().filter(s -> s.name().startsWith(partitionPrefix)).mapToLong(count).sum();
			return Math.max(total, partitions);
		}

	}

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final Clock clock;

	private final Areas areas;

	RunHistory(JdbcTemplate jdbc, JobRepository jobRepository, Clock clock, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.jobRepository = jobRepository;
		this.clock = clock;
	}

	private static final String SELECT = """
			SELECT r.job_execution_id, r.province_code, p.name_th, r.report_month, e.STATUS, r.started_at,
			       r.finished_at, e.START_TIME, e.END_TIME, r.districts_graded, r.notes,
			       (SELECT a.username FROM audit_log a WHERE a.job_execution_id = r.job_execution_id
			        ORDER BY a.id LIMIT 1) AS launched_by
			FROM grading_run r
			JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
			LEFT JOIN province p ON p.code = r.province_code
			""";

	/**
	 * The newest runs first, optionally of one province (with the runs of several provinces that cover
	 * it: a province's list shows the national runs too) and month. A reader limited to a province
	 * ({@code onlyProvince}) gets the runs of exactly that province, never a run of several.
	 */
	List<RunSummary> list(String province, YearMonth month, int limit, long offset, String onlyProvince) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (onlyProvince != null) {
			sql.append(" AND r.province_code = ?");
			args.add(onlyProvince);
		}
		if (province != null && province.matches("\\d{2}")) {
			sql.append(" AND (r.province_code = 'all' OR CONCAT(',', r.province_code, ',') LIKE ?)");
			args.add("%," + province + ",%");
		}
		else if (province != null) {
			sql.append(" AND r.province_code = ?");
			args.add(province);
		}
		if (month != null) {
			sql.append(" AND r.report_month = ?");
			args.add(month.toString());
		}
		sql.append(" ORDER BY r.job_execution_id DESC LIMIT ? OFFSET ?");
		args.add(limit);
		args.add(offset);
		return jdbc.query(sql.toString(), (rs, i) -> summary(rs), args.toArray());
	}

	Optional<RunDetail> find(long id) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return Optional.empty();
		}
		if (execution == null) {
			return Optional.empty();
		}
		String province = execution.getJobParameters().getString(PROVINCE);
		String month = execution.getJobParameters().getString(MONTH);
		if (province == null || month == null) {
			return Optional.empty();
		}
		RunSummary run = jdbc.query(SELECT + " WHERE r.job_execution_id = ?", (rs, i) -> summary(rs), id)
			.stream()
			.findFirst()
			// Not begun yet (waiting for a worker): only the batch tables know it.
			.orElseGet(() -> new RunSummary(id, province, provinceName(province), month,
					execution.getStatus().name(), RunText.bangkokFromLocal(execution.getCreateTime()), null, null, 0,
					0, launchedBy(id)));
		List<StepRow> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.map(this::step)
			.toList();
		long total = areas.districtCount(ProvinceSelection.isAll(province) ? null : ProvinceSelection.codes(province, areas));
		Long latest = jdbc.queryForObject(
				"SELECT MAX(job_execution_id) FROM grading_run WHERE province_code = ? AND report_month = ?",
				Long.class, province, month);
		String kind = execution.getJobParameters().getLong(RERUN) != null ? "RERUN" : "FIRST_RUN";
		Integer earlier = jdbc.queryForObject(
				"SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ? AND JOB_EXECUTION_ID < ?",
				Integer.class, execution.getJobInstance().getInstanceId(), id);
		if (earlier != null && earlier > 0) {
			kind = "RESTART";
		}
		String exit = execution.getExitStatus().getExitDescription();
		return Optional.of(new RunDetail(run, kind, exit == null ? "" : exit, steps, (int) total,
				latest == null || latest <= id));
	}

	/** The month's current warnings and rejects; only those of {@code district} when it is not null. */
	List<NoteRow> notes(String province, String month, String district) {
		List<Object> args = new ArrayList<>(List.of(month));
		String sql = """
				SELECT n.district_code, d.name_th, n.severity, n.source, n.message
				FROM grade_note n
				JOIN grade g ON g.report_month = n.report_month AND g.district_code = n.district_code
				JOIN district d ON d.code = n.district_code
				WHERE g.report_month = ? AND\s""" + ProvinceSelection.condition(province, "g.province_code", args);
		if (district != null) {
			sql += " AND n.district_code = ?";
			args.add(district);
		}
		return jdbc.query(sql + " ORDER BY n.district_code, n.seq LIMIT 2000", (rs, i) -> new NoteRow(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), args.toArray());
	}

	List<String[]> provinces() {
		return areas.provinces().stream().map(p -> new String[] { p.code(), p.nameTh() }).toList();
	}

	/** The Thai name of one province; of several, "ทุกจังหวัด" or their names (the first three and how many more). */
	private String provinceName(String province) {
		if (ProvinceSelection.ALL.equals(province)) {
			return "ทุกจังหวัด";
		}
		List<String> names = List.copyOf(areas.provinceNames(ProvinceSelection.codes(province, areas)).values());
		if (names.size() <= 3) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, 3)) + " และอีก " + (names.size() - 3) + " จังหวัด";
	}

	private String launchedBy(long id) {
		List<String> names = jdbc.queryForList(
				"SELECT username FROM audit_log WHERE job_execution_id = ? ORDER BY id LIMIT 1", String.class, id);
		return names.isEmpty() ? null : names.get(0);
	}

	private StepRow step(StepExecution s) {
		LocalDateTime end = s.getEndTime() != null ? s.getEndTime()
				: s.getStartTime() == null ? null : LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
		Duration took = s.getStartTime() == null || end == null ? null : Duration.between(s.getStartTime(), end);
		// MySQL Connector/J stores Spring Batch's times on MariaDB 10.11 without their fraction (it takes
		// the server for MySQL 5.5): two times on a whole second say the duration is known to the second.
		// A step still running is timed against now, cut to the second like its start.
		boolean wholeSeconds = took != null && s.getStartTime().getNano() == 0
				&& (s.getEndTime() == null || end.getNano() == 0);
		if (wholeSeconds && s.getEndTime() == null) {
			took = Duration.between(s.getStartTime(), end.withNano(0));
		}
		String exit = s.getExitStatus().getExitDescription();
		return new StepRow(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
				s.getFilterCount(), s.getReadSkipCount() + s.getProcessSkipCount() + s.getWriteSkipCount(),
				s.getCommitCount(), s.getRollbackCount(), RunText.bangkokFromLocal(s.getStartTime()), took,
				wholeSeconds, exit == null ? "" : exit);
	}

	private RunSummary summary(ResultSet rs) throws SQLException {
		LocalDateTime started = local(rs.getTimestamp("started_at"));
		LocalDateTime finished = local(rs.getTimestamp("finished_at"));
		LocalDateTime batchStart = local(rs.getTimestamp("START_TIME"));
		LocalDateTime batchEnd = local(rs.getTimestamp("END_TIME"));
		String status = rs.getString("STATUS");
		// Spring Batch stores the end of a run just before the job's listeners record its totals in
		// grading_run: until they have (for a minute at most), the run is still finishing.
		if (finished == null && batchEnd != null && !BatchStatus.valueOf(status).isRunning()
				&& batchEnd.isAfter(LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).minusMinutes(1))) {
			status = BatchStatus.STARTED.name();
		}
		// grading_run's own times first: they keep their milliseconds on every database, Spring Batch's
		// lose them on MariaDB (see step()).
		Duration took;
		if (started != null && finished != null) {
			took = Duration.between(started, finished);
		}
		else if (batchStart != null && batchEnd != null) {
			took = Duration.between(batchStart, batchEnd);
		}
		else if (started != null && BatchStatus.valueOf(status).isRunning()) {
			took = Duration.between(started, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		else {
			took = null;
		}
		String province = rs.getString("province_code");
		String name = rs.getString("name_th");
		return new RunSummary(rs.getLong("job_execution_id"), province, name != null ? name : provinceName(province),
				rs.getString("report_month"), status, RunText.bangkokFromUtc(started), RunText.bangkokFromUtc(finished),
				took, rs.getInt("districts_graded"), rs.getInt("notes"), rs.getString("launched_by"));
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
