package th.go.cdd.clickreport.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.submission.CsvFile.Row;
import th.go.cdd.clickreport.submission.ImportResult.InvalidSubmission;
import th.go.cdd.clickreport.system.TableRows;

/**
 * One import of one bundle, inside one transaction. Files are read in SPEC §7 order:
 * submissions first, so that every detail row can be checked against its submission. Only
 * the bundle's submission ids and the reference data are held in memory; rows go to the
 * database in batches.
 */
final class ImportRun {

	private static final int MAX_ID = 64;

	private static final int MAX_REASON = 1000;

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Bundle bundle;

	private final Reference reference;

	private final Clock clock;

	private final IssueLog issues;

	/**
	 * The bundle's stored submissions by {@link #key(String) key}: what detail rows are
	 * checked against.
	 */
	private final Map<String, Stored> stored = new HashMap<>();

	/**
	 * The bundle's rejected submission ids (key → line), so that their detail rows say
	 * why they are rejected.
	 */
	private final Map<String, Integer> rejectedIds = new HashMap<>();

	private final List<SubmissionRow> pendingSubmissions = new ArrayList<>();

	/** Ids of the bundle's submissions that were stored before this import (updated). */
	private final List<Long> replacedIds = new ArrayList<>();

	private final Map<String, Integer> storedRows = new LinkedHashMap<>();

	private final List<InvalidSubmission> firstInvalid = new ArrayList<>();

	private int invalid;

	/** Writes the batches of rows while the next rows are read. */
	private final BatchWriter writer;

	private final Batch<ServiceRow> services;

	private final Batch<PrRow> prItems;

	private final Batch<ChannelRow> prChannels;

	private final Batch<ActivityRow> activities;

	private final Batch<DownloadRow> downloads;

	ImportRun(JdbcTemplate jdbc, Bundle bundle, Reference reference, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.bundle = bundle;
		this.reference = reference;
		this.clock = clock;
		this.writer = BatchWriter.onTransactionOf(jdbc);
		this.issues = new IssueLog(writer, bundle.key);
		this.services = new Batch<>(writer,
				new TableRows.Table("submission_service", "submission_id", "source_line", "service_code", "relevant",
						"updated"),
				null, r -> new Object[] { r.submissionId(), r.line(), r.serviceCode(), r.relevant(), r.updated() });
		this.prItems = new Batch<>(writer,
				new TableRows.Table("submission_pr", "submission_id", "source_line", "published_on", "title"), null,
				r -> new Object[] { r.submissionId(), r.line(), r.publishedOn(), r.title() });
		this.prChannels = new Batch<>(writer,
				new TableRows.Table("submission_pr_channel", "submission_id", "source_line", "channel_code"), prItems,
				r -> new Object[] { r.submissionId(), r.line(), r.channelCode() });
		this.activities = new Batch<>(writer,
				new TableRows.Table("submission_activity", "submission_id", "source_line", "held_on", "title",
						"participants"),
				null, r -> new Object[] { r.submissionId(), r.line(), r.heldOn(), r.title(), r.participants() });
		this.downloads = new Batch<>(writer,
				new TableRows.Table("submission_download", "submission_id", "source_line", "subdistrict_code",
						"downloads"),
				null, r -> new Object[] { r.submissionId(), r.line(), r.subdistrictCode(), r.downloads() });
	}

	ImportResult run() {
		try (writer) {
			return runWriting();
		}
	}

	private ImportResult runWriting() {
		// a re-import replaces what the same bundle said before
		jdbc.update("DELETE FROM import_issue WHERE bundle_key = ?", bundle.key);

		CsvFile submissions = bundle.files.get(BundleFile.SUBMISSIONS);
		warnIfNotUtf8(BundleFile.SUBMISSIONS, submissions);
		read(submissions, BundleFile.SUBMISSIONS, this::submission);
		flushSubmissions();
		if (stored.isEmpty() && issues.rejected() == 0) {
			issues.warn(BundleFile.SUBMISSIONS, 0, null, null, ImportReasons.noSubmissionRows(), null);
		}
		deleteDetails();

		importDetails(BundleFile.SERVICES, this::service, services);
		importDetails(BundleFile.PR_MEDIA, this::prItem, prChannels);
		importDetails(BundleFile.ACTIVITIES, this::activity, activities);
		importDetails(BundleFile.TAMBON_DOWNLOADS, this::download, downloads);
		issues.flush();
		writer.finish();

		recordBundle();
		return new ImportResult(bundle.key, bundle.dir.toString(), stored.size(), invalid,
				Collections.unmodifiableMap(new LinkedHashMap<>(storedRows)), issues.rejected(), issues.warnings(),
				issues.first(), List.copyOf(firstInvalid));
	}

	private void importDetails(BundleFile file, RowReader reader, Batch<?> batch) {
		storedRows.put(file.fileName(), 0);
		CsvFile csv = bundle.files.get(file);
		if (csv == null) {
			issues.warn(file, 0, null, null, ImportReasons.fileMissing(file), null);
			return;
		}
		if (csv.isEmpty()) {
			issues.warn(file, 0, null, null, ImportReasons.fileEmpty(file), null);
			return;
		}
		warnIfNotUtf8(file, csv);
		read(csv, file, reader);
		batch.flush();
	}

	private void warnIfNotUtf8(BundleFile file, CsvFile csv) {
		if (!csv.isUtf8()) {
			issues.warn(file, 0, null, null, ImportReasons.notUtf8(file), null);
		}
	}

	private void read(CsvFile csv, BundleFile file, RowReader reader) {
		try {
			csv.readRows(new CsvFile.RowHandler() {
				@Override
				public void row(Row row) {
					reader.read(row);
				}

				@Override
				public void broken(int line, String reason, String rawRow, Row fields) {
					brokenRow(file, line, reason, rawRow, fields);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.fileName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A row with a wrong field count still names its submission, most likely: the reject
	 * is then attached to it (so that the district sees it), and a broken submission's
	 * detail rows say why they are rejected.
	 */
	private void brokenRow(BundleFile file, int line, String reason, String rawRow, Row fields) {
		String id = fields == null ? "" : fields.get("submission_id");
		String district = null;
		if (file == BundleFile.SUBMISSIONS) {
			if (!id.isEmpty() && firstLineOf(id) == null) {
				rejectedIds.put(key(id), line);
			}
		}
		else if (!id.isEmpty() && stored.containsKey(key(id))) {
			district = stored.get(key(id)).districtCode;
		}
		issues.reject(file, line, id, district, ImportReasons.rejected(List.of(reason)), rawRow);
	}

	// ---- submissions.csv

	private void submission(Row row) {
		String id = row.get("submission_id");
		String rawDistrict = row.get("district_code");
		String district = CsvValues.code(rawDistrict);
		boolean knownDistrict = reference.districts().contains(district);
		List<String> rejects = new ArrayList<>();
		if (id.isEmpty()) {
			rejects.add(ImportReasons.empty("submission_id"));
		}
		else if (id.codePointCount(0, id.length()) > MAX_ID) {
			rejects.add(ImportReasons.submissionIdTooLong(MAX_ID));
		}
		else if (firstLineOf(id) != null) {
			rejects.add(ImportReasons.duplicateSubmissionId(id, firstLineOf(id)));
		}
		if (district.isEmpty()) {
			rejects.add(ImportReasons.noDistrict());
		}
		else if (!knownDistrict) {
			rejects.add(ImportReasons.unknownDistrict(rawDistrict));
		}
		if (!rejects.isEmpty()) {
			if (!id.isEmpty() && firstLineOf(id) == null) {
				rejectedIds.put(key(id), row.line);
			}
			issues.reject(BundleFile.SUBMISSIONS, row.line, id, knownDistrict ? district : null,
					ImportReasons.rejected(rejects), row.raw());
			return;
		}

		Checked<HeaderRules.Header> header = HeaderRules.csv(row.get("report_month"), row.get("submitted_at"),
				row.get("officials_total"), row.get("officials_downloaded"));
		List<String> invalidReasons = header.messages();
		YearMonth month = header.value().month();
		Instant submittedAt = header.value().submittedAt();
		Integer total = header.value().officialsTotal();
		Integer downloaded = header.value().officialsDownloaded();
		String invalidReason = invalidReasons.isEmpty() ? null
				: ColumnText.truncate(ImportReasons.invalid(invalidReasons), MAX_REASON);
		if (invalidReason != null) {
			invalid++;
			if (firstInvalid.size() < IssueLog.KEPT) {
				firstInvalid.add(new InvalidSubmission(row.line, id, district, invalidReason));
			}
		}
		stored.put(key(id), new Stored(district, row.line));
		pendingSubmissions
			.add(new SubmissionRow(id, district, month, submittedAt, total, downloaded, invalidReason, row.line));
		if (pendingSubmissions.size() >= Batch.SIZE) {
			flushSubmissions();
		}
	}

	private Integer firstLineOf(String id) {
		Stored s = stored.get(key(id));
		return s != null ? Integer.valueOf(s.line) : rejectedIds.get(key(id));
	}

	/**
	 * Upserts the pending submissions by source_id: portable SQL (select, update, insert,
	 * select) instead of a vendor upsert, and the generated ids are read back by
	 * source_id.
	 */
	private void flushSubmissions() {
		if (pendingSubmissions.isEmpty()) {
			return;
		}
		Map<String, Long> existing = idsBySourceId(pendingSubmissions);
		List<SubmissionRow> updates = new ArrayList<>();
		List<SubmissionRow> inserts = new ArrayList<>();
		for (SubmissionRow s : pendingSubmissions) {
			(existing.containsKey(key(s.sourceId())) ? updates : inserts).add(s);
		}
		String bundleKey = bundle.key;
		if (!updates.isEmpty()) {
			jdbc.batchUpdate("""
					UPDATE submission SET source_id = ?, bundle_key = ?, district_code = ?, report_month = ?,
					       submitted_at = ?, officials_total = ?, officials_downloaded = ?, invalid_reason = ?,
					       source_line = ?
					WHERE id = ?""", updates, updates.size(), (ps, s) -> {
				setSubmission(ps, s, bundleKey);
				ps.setLong(10, existing.get(key(s.sourceId())));
			});
		}
		if (!inserts.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO submission (source_id, bundle_key, district_code, report_month, submitted_at,
					                        officials_total, officials_downloaded, invalid_reason, source_line)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts, inserts.size(),
					(ps, s) -> setSubmission(ps, s, bundleKey));
		}
		updates.forEach(u -> replacedIds.add(existing.get(key(u.sourceId()))));
		Map<String, Long> ids = inserts.isEmpty() ? existing : idsBySourceId(pendingSubmissions);
		for (SubmissionRow s : pendingSubmissions) {
			stored.get(key(s.sourceId())).id = ids.get(key(s.sourceId()));
		}
		pendingSubmissions.clear();
	}

	private static void setSubmission(PreparedStatement ps, SubmissionRow s, String bundleKey) throws SQLException {
		ps.setString(1, s.sourceId());
		ps.setString(2, bundleKey);
		ps.setString(3, s.districtCode());
		ps.setString(4, s.month() == null ? null : s.month().toString());
		if (s.submittedAt() == null) {
			ps.setNull(5, Types.TIMESTAMP);
		}
		else {
			ps.setString(5, utcText(s.submittedAt()));
		}
		setInteger(ps, 6, s.officialsTotal());
		setInteger(ps, 7, s.officialsDownloaded());
		ps.setString(8, s.invalidReason());
		ps.setInt(9, s.line());
	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	private Map<String, Long> idsBySourceId(List<SubmissionRow> rows) {
		Map<String, Long> ids = new HashMap<>();
		named.query("SELECT id, source_id FROM submission WHERE source_id IN (:ids)",
				new MapSqlParameterSource("ids", rows.stream().map(SubmissionRow::sourceId).toList()), rs -> {
					ids.put(key(rs.getString("source_id")), rs.getLong("id"));
				});
		return ids;
	}

	/**
	 * The detail rows of the bundle's submissions that were stored before are replaced by
	 * the ones in this bundle; a submission inserted by this import has none yet.
	 */
	private void deleteDetails() {
		for (int from = 0; from < replacedIds.size(); from += Batch.SIZE) {
			MapSqlParameterSource chunk = new MapSqlParameterSource("ids",
					replacedIds.subList(from, Math.min(replacedIds.size(), from + Batch.SIZE)));
			for (String table : SubmissionTables.DETAILS) {
				named.update("DELETE FROM " + table + " WHERE submission_id IN (:ids)", chunk);
			}
		}
	}

	// ---- detail files

	/**
	 * The stored submission a detail row belongs to, or null with the reason added to
	 * {@code rejects}.
	 */
	private Stored owner(Row row, List<String> rejects) {
		String id = row.get("submission_id");
		if (id.isEmpty()) {
			rejects.add(ImportReasons.empty("submission_id"));
			return null;
		}
		Stored owner = stored.get(key(id));
		if (owner == null) {
			Integer line = rejectedIds.get(key(id));
			rejects.add(line != null ? ImportReasons.submissionRejected(id, line)
					: ImportReasons.submissionNotInBundle(id));
		}
		return owner;
	}

	private void service(Row row) {
		List<String> rejects = new ArrayList<>();
		Stored owner = owner(row, rejects);
		Checked<ServiceEntry> entry = ServiceRules.check(row.get("service_code"), row.get("relevant"),
				row.get("updated"), reference.services(),
				code -> owner == null || owner.services == null ? null : owner.services.get(code), EntrySource.CSV);
		rejects.addAll(entry.messages());
		if (reject(BundleFile.SERVICES, row, owner, rejects)) {
			return;
		}
		ServiceEntry service = entry.value();
		owner.serviceSeen(service.serviceCode(), row.line);
		services.add(new ServiceRow(owner.id, row.line, service.serviceCode(), service.relevant(), service.updated()));
		count(BundleFile.SERVICES);
	}

	private void prItem(Row row) {
		List<String> rejects = new ArrayList<>();
		Stored owner = owner(row, rejects);
		Checked<PrItemRules.PrItem> item = PrItemRules.csv(row.get("published_on"), row.get("channels"),
				row.get("title"));
		rejects.addAll(item.messages());
		if (reject(BundleFile.PR_MEDIA, row, owner, rejects)) {
			return;
		}
		warn(BundleFile.PR_MEDIA, row, owner, item);
		prItems.add(new PrRow(owner.id, row.line, item.value().publishedOn(), item.value().title()));
		for (String channel : item.value().channels()) {
			prChannels.add(new ChannelRow(owner.id, row.line, channel));
		}
		count(BundleFile.PR_MEDIA);
	}

	private void activity(Row row) {
		List<String> rejects = new ArrayList<>();
		Stored owner = owner(row, rejects);
		Checked<ActivityRules.Activity> activity = ActivityRules.check(row.get("held_on"), row.get("title"),
				row.get("participants"), EntrySource.CSV);
		rejects.addAll(activity.messages());
		if (reject(BundleFile.ACTIVITIES, row, owner, rejects)) {
			return;
		}
		// a head count is not needed for grading: the activity is kept, the warning says
		// what was dropped
		warn(BundleFile.ACTIVITIES, row, owner, activity);
		activities.add(new ActivityRow(owner.id, row.line, activity.value().heldOn(), activity.value().title(),
				activity.value().participants()));
		count(BundleFile.ACTIVITIES);
	}

	private void download(Row row) {
		List<String> rejects = new ArrayList<>();
		Stored owner = owner(row, rejects);
		Checked<DownloadRules.Download> download = DownloadRules.check(row.get("tambon_code"), row.get("downloads"),
				owner == null ? null : owner.districtCode, reference.subdistrictDistrict(),
				tambon -> owner.tambons == null ? null : owner.tambons.get(tambon), EntrySource.CSV);
		rejects.addAll(download.messages());
		if (reject(BundleFile.TAMBON_DOWNLOADS, row, owner, rejects)) {
			return;
		}
		owner.tambonSeen(download.value().subdistrictCode(), row.line);
		downloads
			.add(new DownloadRow(owner.id, row.line, download.value().subdistrictCode(), download.value().downloads()));
		count(BundleFile.TAMBON_DOWNLOADS);
	}

	/**
	 * The warnings of a row that is kept: a title cut to its column, a head count
	 * dropped.
	 */
	private void warn(BundleFile file, Row row, Stored owner, Checked<?> checked) {
		for (Problem warning : checked.warnings()) {
			issues.warn(file, row.line, row.get("submission_id"), owner.districtCode, warning.message(),
					warning.field() == EntryField.TITLE ? null : row.raw());
		}
	}

	/**
	 * Records the reject when there is a reason (or no owner) and says whether the row is
	 * rejected.
	 */
	private boolean reject(BundleFile file, Row row, Stored owner, List<String> rejects) {
		if (rejects.isEmpty() && owner != null) {
			return false;
		}
		issues.reject(file, row.line, row.get("submission_id"), owner == null ? null : owner.districtCode,
				ImportReasons.rejected(rejects), row.raw());
		return true;
	}

	private void count(BundleFile file) {
		storedRows.merge(file.fileName(), 1, Integer::sum);
	}

	private void recordBundle() {
		String now = utcText(clock.instant());
		int updated = jdbc.update("""
				UPDATE import_bundle SET last_imported = ?, submissions = ?, rejected_rows = ?, warnings = ?
				WHERE bundle_key = ?""", now, stored.size(), issues.rejected(), issues.warnings(), bundle.key);
		if (updated == 0) {
			jdbc.update("""
					INSERT INTO import_bundle (bundle_key, source_name, first_imported, last_imported, submissions,
					                           rejected_rows, warnings)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", bundle.key,
					ColumnText.truncate(bundle.dir.toAbsolutePath().normalize().toString(), 500), now, now,
					stored.size(), issues.rejected(), issues.warnings());
		}
	}

	/**
	 * A DATETIME(3) value as UTC text. Text, not a LocalDateTime or Timestamp: no driver
	 * or session time zone can shift it, and Connector/J drops the milliseconds of
	 * temporal parameters on MariaDB (it takes the server's "5.5.5-10.x" version for
	 * MySQL 5.5, which had no fractional seconds).
	 */
	static String utcText(Instant instant) {
		return DATETIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	/**
	 * Submission ids are matched without regard to case: the database's unique key on
	 * source_id (a case-insensitive collation on MariaDB) would otherwise see two ids
	 * where Java sees one.
	 */
	private static String key(String sourceId) {
		return sourceId.toLowerCase(Locale.ROOT);
	}

	@FunctionalInterface
	private interface RowReader {

		void read(Row row);

	}

	/**
	 * A submission of this bundle as kept in memory: its database id, district and what
	 * its details used.
	 */
	private static final class Stored {

		final String districtCode;

		final int line;

		long id;

		/**
		 * service code / sub-district code → line of the row that gave it (only for
		 * duplicate checks)
		 */
		Map<String, Integer> services;

		Map<String, Integer> tambons;

		Stored(String districtCode, int line) {
			this.districtCode = districtCode;
			this.line = line;
		}

		void serviceSeen(String code, int line) {
			if (services == null) {
				services = new HashMap<>();
			}
			services.put(code, line);
		}

		void tambonSeen(String code, int line) {
			if (tambons == null) {
				tambons = new HashMap<>();
			}
			tambons.put(code, line);
		}

	}

	private record SubmissionRow(String sourceId, String districtCode, YearMonth month, Instant submittedAt,
			Integer officialsTotal, Integer officialsDownloaded, String invalidReason, int line) {
	}

	private record ServiceRow(long submissionId, int line, String serviceCode, boolean relevant, boolean updated) {
	}

	private record PrRow(long submissionId, int line, LocalDate publishedOn, String title) {
	}

	private record ChannelRow(long submissionId, int line, String channelCode) {
	}

	private record ActivityRow(long submissionId, int line, LocalDate heldOn, String title, Integer participants) {
	}

	private record DownloadRow(long submissionId, int line, String subdistrictCode, int downloads) {
	}

}
