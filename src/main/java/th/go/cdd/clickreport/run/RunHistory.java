package th.go.cdd.clickreport.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.grading.RunRecords;
import th.go.cdd.clickreport.grading.RunStatus;

/**
 * The history of runs as people look at it: grading_run (one row per run, written by the
 * job) joined with Spring Batch's executions (the authoritative status and the steps'
 * counts) and the audit log (who asked).
 */
@Repository
class RunHistory {

	static final String PROVINCE = "province";

	static final String MONTH = "month";

	static final String RERUN = "rerun";

	/** One run in the list. Times are Bangkok time. */
	record RunSummary(long id, String province, String provinceName, String month, RunStatus status,
			OffsetDateTime startedAt, OffsetDateTime finishedAt, Duration duration, int districtsGraded, int notes,
			String launchedBy) {

		public String statusTh() {
			return status.labelTh();
		}

		public String monthTh() {
			return ThaiFormat.month(YearMonth.parse(month));
		}

		public String startedText() {
			return RunText.shown(startedAt);
		}

		public String durationText() {
			return RunText.duration(duration);
		}

		public boolean running() {
			return status.running();
		}

		public boolean restartable() {
			return status.restartable();
		}

		/**
		 * "57 เชียงราย" for one province; the name alone ("ทุกจังหวัด", a list of names)
		 * for several.
		 */
		public String provinceLabel() {
			return ProvinceSelection.single(province) ? province + " " + provinceName : provinceName;
		}

		/**
		 * The archive page of the run's files: the month's folder of its province, or the
		 * archive's index.
		 */
		public String archivePath() {
			return ProvinceSelection.single(province) ? "/archive/" + province + "/" + month : "/archive";
		}

	}

	/** A step of a run with Spring Batch's counts. */
	record StepRow(String name, RunStatus status, long read, long written, long filtered, long skipped, long commits,
			long rollbacks, OffsetDateTime startedAt, Duration duration, boolean wholeSeconds, String exitDescription) {

		public String nameTh() {
			return RunText.step(name);
		}

		public String statusTh() {
			return status.labelTh();
		}

		public String startedText() {
			return RunText.shown(startedAt);
		}

		public String durationText() {
			return wholeSeconds ? RunText.wholeSeconds(duration) : RunText.duration(duration);
		}

	}

	/**
	 * A warning, rejected row or reason for invalidity stored with the month's grades.
	 */
	record NoteRow(String districtCode, String districtName, String severity, String source, String message) {

		public String severityTh() {
			return RunText.severity(severity);
		}

	}

	/**
	 * A run with its steps.
	 *
	 * @param latestOfMonth whether no later run of the same province and month exists
	 * (the month's grades and notes are this run's, and only this one can be restarted)
	 */
	record RunDetail(RunSummary run, MonthlyRunLauncher.Kind kind, String exitDescription, List<StepRow> steps,
			int districtsTotal, boolean latestOfMonth) {

		/**
		 * Why the run failed, as one Thai sentence (never the stack trace of
		 * {@link #exitDescription()}).
		 */
		public String failureTh() {
			return RunText.failure(run.status().name(), exitDescription);
		}

		public String kindTh() {
			return kind.labelTh();
		}

		/** Districts graded so far (for the progress bar). */
		public long districtsRead() {
			return soFar("gradeStep", "gradeDistrictsStep:", StepRow::read);
		}

		/**
		 * Districts in the grades CSVs and summaries written so far (the province outputs
		 * step).
		 */
		public long summarized() {
			return soFar("provinceOutputsStep", "provinceOutputsWorkerStep:", StepRow::written);
		}

		/**
		 * District PDFs written so far: the last part of a run's work, and most of its
		 * time.
		 */
		public long pagesWritten() {
			return soFar("districtPagesStep", "districtPagesWorkerStep:", StepRow::written);
		}

		/**
		 * A partitioned step's count: its partitions' own counts while they run (the step
		 * adds them up into its own only when they have all ended), the step's once it
		 * has.
		 */
		private long soFar(String step, String partitionPrefix, ToLongFunction<StepRow> count) {
			long total = steps.stream().filter(s -> s.name().equals(step)).mapToLong(count).sum();
			long partitions = steps.stream().filter(s -> s.name().startsWith(partitionPrefix)).mapToLong(count).sum();
			return Math.max(total, partitions);
		}

	}

	private final RunRecords records;

	private final Grades grades;

	private final Areas areas;

	private final AuditLog audit;

	private final JobRepository jobRepository;

	private final Clock clock;

	RunHistory(RunRecords records, Grades grades, Areas areas, AuditLog audit, JobRepository jobRepository,
			Clock clock) {
		this.records = records;
		this.grades = grades;
		this.areas = areas;
		this.audit = audit;
		this.jobRepository = jobRepository;
		this.clock = clock;
	}

	/**
	 * The newest runs first, optionally of one province (with the runs of several
	 * provinces that cover it: a province's list shows the national runs too) and month.
	 * A reader limited to a province ({@code onlyProvince}) gets the runs of exactly that
	 * province, never a run of several.
	 */
	List<RunSummary> list(String province, YearMonth month, int limit, long offset, String onlyProvince) {
		return records.list(new RunRecords.Filter(province, month, onlyProvince), limit, offset)
			.stream()
			.map(this::summary)
			.toList();
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
		RunSummary run = records.find(id)
			.map(this::summary)
			// Not begun yet (waiting for a worker): only the batch tables know it.
			.orElseGet(() -> new RunSummary(id, province, provinceName(province), month,
					RunStatus.of(execution.getStatus().name()), RunText.bangkokFromLocal(execution.getCreateTime()),
					null, null, 0, 0, audit.launchedBy(id)));
		List<StepRow> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.map(this::step)
			.toList();
		long total = areas
			.districtCount(ProvinceSelection.isAll(province) ? null : ProvinceSelection.codes(province, areas));
		Optional<Long> latest = records.latest(province, month);
		MonthlyRunLauncher.Kind kind = execution.getJobParameters().getLong(RERUN) != null
				? MonthlyRunLauncher.Kind.RERUN : MonthlyRunLauncher.Kind.FIRST_RUN;
		if (records.isRestart(id)) {
			kind = MonthlyRunLauncher.Kind.RESTART;
		}
		String exit = execution.getExitStatus().getExitDescription();
		return Optional.of(new RunDetail(run, kind, exit == null ? "" : exit, steps, (int) total,
				latest.isEmpty() || latest.get() <= id));
	}

	/**
	 * The month's current warnings and rejects; only those of {@code district} when it is
	 * not null.
	 */
	List<NoteRow> notes(String province, String month, String district) {
		return grades.notes(month, ProvinceSelection.codes(province, areas), district, false, 2000)
			.stream()
			.map(n -> new NoteRow(n.districtCode(), n.districtName(), n.severity(), n.source(), n.message()))
			.toList();
	}

	List<String[]> provinces() {
		return areas.provinces().stream().map(p -> new String[] { p.code(), p.nameTh() }).toList();
	}

	/**
	 * The Thai name of one province; of several, "ทุกจังหวัด" or their names (the first
	 * three and how many more).
	 */
	private String provinceName(String province) {
		if (ProvinceSelection.isAll(province)) {
			return "ทุกจังหวัด";
		}
		List<String> names = List.copyOf(areas.provinceNames(ProvinceSelection.codes(province, areas)).values());
		if (names.size() <= 3) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, 3)) + " และอีก " + (names.size() - 3) + " จังหวัด";
	}

	private StepRow step(StepExecution s) {
		LocalDateTime end = s.getEndTime() != null ? s.getEndTime()
				: s.getStartTime() == null ? null : LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
		Duration took = s.getStartTime() == null || end == null ? null : Duration.between(s.getStartTime(), end);
		// MySQL Connector/J stores Spring Batch's times on MariaDB 10.11 without their
		// fraction (it takes
		// the server for MySQL 5.5): two times on a whole second say the duration is
		// known to the second.
		// A step still running is timed against now, cut to the second like its start.
		boolean wholeSeconds = took != null && s.getStartTime().getNano() == 0
				&& (s.getEndTime() == null || end.getNano() == 0);
		if (wholeSeconds && s.getEndTime() == null) {
			took = Duration.between(s.getStartTime(), end.withNano(0));
		}
		String exit = s.getExitStatus().getExitDescription();
		return new StepRow(s.getStepName(), RunStatus.of(s.getStatus().name()), s.getReadCount(), s.getWriteCount(),
				s.getFilterCount(), s.getReadSkipCount() + s.getProcessSkipCount() + s.getWriteSkipCount(),
				s.getCommitCount(), s.getRollbackCount(), RunText.bangkokFromLocal(s.getStartTime()), took,
				wholeSeconds, exit == null ? "" : exit);
	}

	private RunSummary summary(RunRecords.Recorded r) {
		RunStatus status = RunStatus.of(r.batchStatus());
		// Spring Batch stores a run's end just before the job's listeners run; the
		// record's own listener
		// runs first of them, and until it has written the run's end and totals the run
		// is finishing.
		if (r.finishedAt() == null && !status.running() && RunStatus.of(r.recordedStatus()) == RunStatus.STARTED) {
			status = RunStatus.STARTED;
		}
		// grading_run's own times first: they keep their milliseconds on every database,
		// Spring Batch's
		// lose them on MariaDB (see step()).
		Duration took;
		if (r.startedAt() != null && r.finishedAt() != null) {
			took = Duration.between(r.startedAt(), r.finishedAt());
		}
		else if (r.batchStart() != null && r.batchEnd() != null) {
			took = Duration.between(r.batchStart(), r.batchEnd());
		}
		else if (r.startedAt() != null && status.running()) {
			took = Duration.between(r.startedAt(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		else {
			took = null;
		}
		return new RunSummary(r.id(), r.selection(),
				r.provinceName() != null ? r.provinceName() : provinceName(r.selection()), r.month(), status,
				RunText.bangkokFromUtc(r.startedAt()), RunText.bangkokFromUtc(r.finishedAt()), took,
				r.districtsGraded(), r.notes(), r.launchedBy());
	}

}
