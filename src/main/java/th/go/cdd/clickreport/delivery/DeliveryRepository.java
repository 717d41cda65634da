package th.go.cdd.clickreport.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.grading.RunRecords;
import th.go.cdd.clickreport.system.DbTime;

/**
 * The delivery queue and its record (tables delivery_request, delivery_message,
 * delivery_file). Senders take rows with one conditional UPDATE each (a claim), so that
 * two servers never take the same row; a claim holds until {@code claimed_until}, after
 * which the row may be taken again.
 */
@Repository
class DeliveryRepository {

	/**
	 * A file a message carries: the SHA-256 of its bytes as attached, and of its content
	 * ({@link ContentFingerprint}), which decides whether it changed.
	 */
	record FileRef(String name, String sha256, String contentSha256, long size) {
	}

	/** A request to deliver a run's files, as a sender took it. */
	record Request(long id, long runId, String provinces, YearMonth month, boolean resendAll, String requestedBy) {
	}

	/** A message to be queued. */
	record NewMessage(String dedupKey, MessageKind kind, Long requestId, Long runId, String province, String unit,
			YearMonth month, String recipient, String subject, String body, List<FileRef> files) {
	}

	/**
	 * A message a sender has claimed, with the token that proves the claim is still its
	 * own.
	 */
	record Claimed(long id, String token, int attempts, MessageKind kind, String recipient, String province,
			YearMonth month, String subject, String body, List<FileRef> files) {
	}

	/** A message as the run page and the API show it. Times are UTC instants. */
	record MessageRow(long id, MessageKind kind, String unit, String unitName, String recipient, MessageStatus status,
			int attempts, String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
			Instant sentAt, List<FileRef> files) {
	}

	/** A request as the run page shows it. */
	record RequestRow(long id, String requestedBy, Instant requestedAt, boolean resendAll, String state,
			Integer messages, String note) {
	}

	/** A district to remind, at one of its addresses. */
	record ReminderTarget(String district, String districtName, String province, String provinceName, String address) {
	}

	private static final String DUE = """
			(status = 'QUEUED' OR (status = 'FAILED' AND next_attempt_at <= :now)
			 OR (status = 'SENDING' AND claimed_until < :now)) AND attempts < :max""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Areas areas;

	private final RunRecords runs;

	DeliveryRepository(NamedParameterJdbcTemplate jdbc, Areas areas, RunRecords runs) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.runs = runs;
	}

	// --- requests ---

	long addRequest(long runId, String provinces, YearMonth month, boolean resendAll, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update("""
				INSERT INTO delivery_request (job_execution_id, province_code, report_month, resend_all, requested_by,
				  requested_at, state) VALUES (:run, :provinces, :month, :all, :by, :at, 'PENDING')""",
				new MapSqlParameterSource().addValue("run", runId)
					.addValue("provinces", provinces)
					.addValue("month", month.toString())
					.addValue("all", resendAll)
					.addValue("by", by)
					.addValue("at", DbTime.text(at)),
				key, new String[] { "id" });
		return key.getKey().longValue();
	}

	/**
	 * Takes the pending requests that nobody holds (or whose holder's claim expired),
	 * oldest first.
	 */
	List<Request> claimRequests(String node, Instant now, Instant until, int limit) {
		Map<String, Object> args = Map.of("now", DbTime.text(now), "until", DbTime.text(until), "node", node, "limit",
				limit);
		List<Long> ids = jdbc.queryForList("""
				SELECT id FROM delivery_request
				WHERE state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)
				ORDER BY id LIMIT :limit""", args, Long.class);
		List<Request> claimed = new ArrayList<>();
		for (long id : ids) {
			Map<String, Object> claim = new LinkedHashMap<>(args);
			claim.put("id", id);
			int rows = jdbc.update("""
					UPDATE delivery_request SET claimed_by = :node, claimed_until = :until
					WHERE id = :id AND state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)""", claim);
			if (rows == 1) {
				claimed.add(jdbc.queryForObject("""
						SELECT id, job_execution_id, province_code, report_month, resend_all, requested_by
						FROM delivery_request WHERE id = :id""", Map.of("id", id),
						(rs, i) -> new Request(rs.getLong(1), rs.getLong(2), rs.getString(3),
								YearMonth.parse(rs.getString(4)), rs.getBoolean(5), rs.getString(6))));
			}
		}
		return claimed;
	}

	void requestQueued(long id, int messages, String note, Instant at) {
		jdbc.update("""
				UPDATE delivery_request SET state = 'QUEUED', queued_at = :at, messages = :messages, note = :note,
				  claimed_by = NULL, claimed_until = NULL WHERE id = :id""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("at", DbTime.text(at))
					.addValue("messages", messages)
					.addValue("note", ColumnText.clip(note, 1000)));
	}

	List<RequestRow> requestsOfRun(long runId) {
		return jdbc.query("""
				SELECT id, requested_by, requested_at, resend_all, state, messages, note
				FROM delivery_request WHERE job_execution_id = :run ORDER BY id""", Map.of("run", runId),
				(rs, i) -> new RequestRow(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getBoolean(4),
						rs.getString(5), (Integer) rs.getObject(6, Integer.class), rs.getString(7)));
	}

	// --- messages ---

	/**
	 * The content fingerprint of {@code fileName} in the last message to
	 * {@code recipient} that carried it and went out (or is going out now), or null when
	 * none did.
	 */
	String lastDeliveredContent(String recipient, String fileName) {
		List<String> found = jdbc.queryForList("""
				SELECT f.content_sha256 FROM delivery_file f JOIN delivery_message m ON m.id = f.message_id
				WHERE f.file_name = :file AND m.recipient = :recipient AND m.status IN ('SENT', 'SENDING')
				ORDER BY m.id DESC LIMIT 1""", Map.of("file", fileName, "recipient", recipient), String.class);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Marks the earlier messages of a run's files to {@code recipient} for {@code unit}
	 * and month that have not gone out (waiting or failed) as superseded: a newer request
	 * carries the files now.
	 */
	int supersede(String recipient, String unit, YearMonth month, long newerRequest) {
		return jdbc.update("""
				UPDATE delivery_message SET status = 'SUPERSEDED', next_attempt_at = NULL
				WHERE recipient = :recipient AND unit_code = :unit AND report_month = :month AND kind <> 'REMINDER'
				  AND status IN ('QUEUED', 'FAILED') AND request_id <> :request""",
				Map.of("recipient", recipient, "unit", unit, "month", month.toString(), "request", newerRequest));
	}

	/**
	 * @return false when a message with its dedup key exists already (it was queued
	 * before)
	 */
	boolean queue(NewMessage m, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.update(
					"""
							INSERT INTO delivery_message (dedup_key, kind, request_id, job_execution_id, province_code, unit_code,
							  report_month, recipient, subject, body, status, attempts, created_at)
							VALUES (:dedup, :kind, :request, :run, :province, :unit, :month, :recipient, :subject, :body,
							  'QUEUED', 0, :at)""",
					new MapSqlParameterSource().addValue("dedup", m.dedupKey())
						.addValue("kind", m.kind().name())
						.addValue("request", m.requestId())
						.addValue("run", m.runId())
						.addValue("province", m.province())
						.addValue("unit", m.unit())
						.addValue("month", m.month().toString())
						.addValue("recipient", m.recipient())
						.addValue("subject", ColumnText.clip(m.subject(), 500))
						.addValue("body", ColumnText.clip(m.body(), 4000))
						.addValue("at", DbTime.text(at)),
					key, new String[] { "id" });
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		long id = key.getKey().longValue();
		for (FileRef file : m.files()) {
			jdbc.update("""
					INSERT INTO delivery_file (message_id, file_name, sha256, content_sha256, size_bytes)
					VALUES (:id, :name, :sha, :content, :size)""", Map.of("id", id, "name", file.name(), "sha",
					file.sha256(), "content", file.contentSha256(), "size", file.size()));
		}
		return true;
	}

	/**
	 * Messages due now (waiting, failed and due again, or held by a claim that expired),
	 * oldest first.
	 */
	List<Long> due(Instant now, int maxAttempts, int limit) {
		return jdbc.queryForList("SELECT id FROM delivery_message WHERE " + DUE + " ORDER BY id LIMIT :limit",
				Map.of("now", DbTime.text(now), "max", maxAttempts, "limit", limit), Long.class);
	}

	/**
	 * Takes message {@code id} if it is still due: one UPDATE whose condition only one
	 * server can meet. The attempt is counted now, before the mail server is asked.
	 */
	Optional<Claimed> claim(long id, String node, String token, Instant now, Instant until, int maxAttempts) {
		int rows = jdbc.update(
				"UPDATE delivery_message SET status = 'SENDING', claimed_by = :node, claim_token = :token,"
						+ " claimed_until = :until, attempts = attempts + 1, last_attempt_at = :now WHERE id = :id AND "
						+ DUE,
				new MapSqlParameterSource().addValue("id", id)
					.addValue("node", node)
					.addValue("token", token)
					.addValue("now", DbTime.text(now))
					.addValue("until", DbTime.text(until))
					.addValue("max", maxAttempts));
		if (rows != 1) {
			return Optional.empty();
		}
		return Optional.of(jdbc.queryForObject("""
				SELECT id, claim_token, attempts, kind, recipient, province_code, report_month, subject, body
				FROM delivery_message WHERE id = :id""", Map.of("id", id),
				(rs, i) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getInt(3),
						MessageKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
						YearMonth.parse(rs.getString(7)), rs.getString(8), rs.getString(9), files(id))));
	}

	/**
	 * Records the bytes a message now carries for a file whose content is unchanged but
	 * was written again.
	 */
	void fileRewritten(long messageId, String fileName, String sha256, long size) {
		jdbc.update(
				"UPDATE delivery_file SET sha256 = :sha, size_bytes = :size WHERE message_id = :id AND file_name = :name",
				Map.of("sha", sha256, "size", size, "id", messageId, "name", fileName));
	}

	/**
	 * @return false when the claim was no longer this sender's (it expired and another
	 * took the message)
	 */
	boolean sent(Claimed m, Instant at) {
		return jdbc.update("""
				UPDATE delivery_message SET status = 'SENT', sent_at = :at, last_error = NULL, next_attempt_at = NULL,
				  claimed_by = NULL, claim_token = NULL, claimed_until = NULL
				WHERE id = :id AND claim_token = :token""",
				Map.of("id", m.id(), "token", m.token(), "at", DbTime.text(at))) == 1;
	}

	/** Records a failed attempt; {@code nextAttempt} null gives the message up. */
	boolean failed(Claimed m, String error, Instant nextAttempt) {
		return jdbc.update("""
				UPDATE delivery_message SET status = 'FAILED', last_error = :error, next_attempt_at = :next,
				  claimed_by = NULL, claim_token = NULL, claimed_until = NULL
				WHERE id = :id AND claim_token = :token""",
				new MapSqlParameterSource().addValue("id", m.id())
					.addValue("token", m.token())
					.addValue("error", ColumnText.clip(error, 1000))
					.addValue("next", nextAttempt == null ? null : DbTime.text(nextAttempt))) == 1;
	}

	boolean superseded(Claimed m, String reason) {
		return jdbc.update("""
				UPDATE delivery_message SET status = 'SUPERSEDED', last_error = :reason, next_attempt_at = NULL,
				  claimed_by = NULL, claim_token = NULL, claimed_until = NULL
				WHERE id = :id AND claim_token = :token""",
				Map.of("id", m.id(), "token", m.token(), "reason", ColumnText.clip(reason, 1000))) == 1;
	}

	/**
	 * Gives up the messages whose sender died holding them once too often (attempts used
	 * up): they stay FAILED for an admin to look at, rather than being tried for ever.
	 */
	int giveUpAbandoned(Instant now, int maxAttempts, String error) {
		return jdbc.update("""
				UPDATE delivery_message SET status = 'FAILED', next_attempt_at = NULL, last_error = :error,
				  claimed_by = NULL, claim_token = NULL, claimed_until = NULL
				WHERE status = 'SENDING' AND claimed_until < :now AND attempts >= :max""",
				Map.of("now", DbTime.text(now), "max", maxAttempts, "error", error));
	}

	List<MessageRow> messagesOfRun(long runId) {
		return messages("m.job_execution_id = :key", Map.of("key", runId), 5000);
	}

	/** The latest reminders of a province, newest first. */
	List<MessageRow> reminders(String province, int limit) {
		return messages("m.kind = 'REMINDER' AND m.province_code = :key", Map.of("key", province), limit);
	}

	private List<MessageRow> messages(String condition, Map<String, Object> args, int limit) {
		Map<String, Object> params = new LinkedHashMap<>(args);
		params.put("limit", limit);
		List<MessageRow> rows = jdbc.query("""
				SELECT m.id, m.kind, m.unit_code, COALESCE(d.name_th, p.name_th), m.recipient, m.status, m.attempts,
				       m.last_error, m.created_at, m.last_attempt_at, m.next_attempt_at, m.sent_at
				FROM delivery_message m
				LEFT JOIN district d ON d.code = m.unit_code
				LEFT JOIN province p ON p.code = m.unit_code
				WHERE\s""" + condition + " ORDER BY m.id DESC LIMIT :limit", params,
				(rs, i) -> new MessageRow(rs.getLong(1), MessageKind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getString(5), MessageStatus.valueOf(rs.getString(6)), rs.getInt(7),
						rs.getString(8), instant(rs, 9), instant(rs, 10), instant(rs, 11), instant(rs, 12),
						new ArrayList<>()));
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, MessageRow> byId = new LinkedHashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		for (List<Long> ids : chunks(new ArrayList<>(byId.keySet()), 200)) {
			jdbc.query("SELECT message_id, file_name, sha256, content_sha256, size_bytes FROM delivery_file"
					+ " WHERE message_id IN (:ids) ORDER BY message_id, file_name", Map.of("ids", ids), rs -> {
						byId.get(rs.getLong(1))
							.files()
							.add(new FileRef(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
					});
		}
		return rows.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
	}

	private List<FileRef> files(long messageId) {
		return jdbc.query(
				"SELECT file_name, sha256, content_sha256, size_bytes FROM delivery_file WHERE message_id = :id ORDER BY file_name",
				Map.of("id", messageId),
				(rs, i) -> new FileRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
	}

	// --- reminders ---

	/**
	 * The districts with addresses that have no submitted report for {@code month}: no
	 * submission row of theirs for the month carries a time of submission (imported or
	 * sent online). Reads the submission table, which the submission package owns.
	 */
	List<ReminderTarget> districtsToRemind(YearMonth month) {
		return jdbc.query("""
				SELECT d.code, d.name_th, p.code, p.name_th, r.address
				FROM delivery_recipient r
				JOIN district d ON d.code = r.unit_code
				JOIN province p ON p.code = d.province_code
				WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.district_code = d.code
				                  AND s.report_month = :month AND s.submitted_at IS NOT NULL)
				ORDER BY d.code, r.address""", Map.of("month", month.toString()),
				(rs, i) -> new ReminderTarget(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)));
	}

	/** What a delivery needs to know of a run. */
	record RunFacts(long id, String provinces, YearMonth month, String status, boolean latestOfMonth) {
	}

	/**
	 * A run from the run history (grading_run, written by the grading package) and Spring
	 * Batch's status.
	 */
	Optional<RunFacts> run(long runId) {
		return runs.find(runId)
			.map(r -> new RunFacts(r.id(), r.selection(), YearMonth.parse(r.month()), r.batchStatus(),
					runs.latest(r.selection(), r.month()).orElse(r.id()) <= r.id()));
	}

	// --- names ---

	List<String[]> provinces() {
		return areas.provinces().stream().map(p -> new String[] { p.code(), p.nameTh() }).toList();
	}

	String provinceName(String province) {
		return areas.provinceName(province).orElse(province);
	}

	/** The districts of a province by code, with their Thai names. */
	Map<String, String> districtNames(String province) {
		return areas.districtNames(province);
	}

	/**
	 * A fixed-length key of what identifies a message, for the unique dedup_key column.
	 */
	static String dedupKey(String... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : DbTime.instant(t.toLocalDateTime());
	}

	private static <T> List<List<T>> chunks(List<T> list, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < list.size(); i += size) {
			chunks.add(list.subList(i, Math.min(list.size(), i + size)));
		}
		return chunks;
	}

}
