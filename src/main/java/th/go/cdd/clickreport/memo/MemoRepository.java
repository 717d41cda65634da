package th.go.cdd.clickreport.memo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.area.Areas;

/**
 * The memo's tables (memo_settings, memo_number_sequence, memo_issue): each province's
 * header and signature, and the document numbers. A number is taken under the row lock of
 * its province and year's sequence, in a transaction of its own, so runs of different
 * provinces (and partitions of one run) never get the same or a skipped number, and a
 * number once given stays given.
 */
@Repository
public class MemoRepository {

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final Areas areas;

	MemoRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** A province and whether its memo has been configured: the settings page's list. */
	public record Province(String code, String nameTh, boolean configured) {
	}

	public List<Province> provinces() {
		return jdbc.query("""
				SELECT p.code, p.name_th, (SELECT COUNT(*) FROM memo_settings m WHERE m.province_code = p.code) AS n
				FROM province p ORDER BY p.code""",
				(rs, i) -> new Province(rs.getString(1), rs.getString(2), rs.getInt(3) > 0));
	}

	/** The province's Thai name, or empty for a code that is not a province. */
	public Optional<String> provinceName(String province) {
		return areas.provinceName(province);
	}

	/** The province's settings, or those of a province never configured. */
	public MemoSettings settings(String province) {
		List<MemoSettings> stored = jdbc.query("""
				SELECT office, work_group, telephone, number_prefix, signatory_name, position_lines
				FROM memo_settings WHERE province_code = :p""", Map.of("p", province),
				(rs, i) -> new MemoSettings(province, rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), lines(rs.getString(6)), true));
		if (!stored.isEmpty()) {
			return stored.get(0);
		}
		return MemoSettings.unconfigured(province, provinceName(province).orElse(province));
	}

	/** Stores a province's settings (added or replaced). */
	public void save(MemoSettings settings, String username) {
		Map<String, Object> row = Map.of("p", settings.provinceCode(), "office", settings.office(), "grp",
				settings.group(), "tel", settings.telephone(), "prefix", settings.numberPrefix(), "name",
				settings.signatoryName() == null ? "" : settings.signatoryName(), "lines",
				String.join("\n", settings.positionLines()), "by", username, "at",
				Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
		int updated = jdbc.update("""
				UPDATE memo_settings SET office = :office, work_group = :grp, telephone = :tel, number_prefix = :prefix,
				       signatory_name = :name, position_lines = :lines, updated_by = :by, updated_at = :at
				WHERE province_code = :p""", row);
		if (updated == 0) {
			jdbc.update("""
					INSERT INTO memo_settings (province_code, office, work_group, telephone, number_prefix,
					       signatory_name, position_lines, updated_by, updated_at)
					VALUES (:p, :office, :grp, :tel, :prefix, :name, :lines, :by, :at)""", row);
		}
	}

	/**
	 * The document number of the province's memo of {@code month}: the one it was given
	 * before, as a revised issue when {@code run} is another run than the one that last
	 * wrote it and its grades ({@code content}, a SHA-256 of the grades CSV) differ from
	 * the last issue's, or else the next number of the province's Buddhist-Era year of
	 * {@code issuedOn}. Committed at once, whatever the caller's transaction does.
	 */
	public MemoNumber issue(String province, YearMonth month, LocalDate issuedOn, long run, String content) {
		int year = issuedOn.getYear() + 543;
		Map<String, Object> key = Map.of("p", province, "y", year, "m", month.toString(), "run", run, "c", content);
		createSequence(key);
		return ownTransaction.execute(status -> {
			// the lock that puts every number of this province and year in one line
			int last = jdbc.queryForObject("""
					SELECT last_number FROM memo_number_sequence WHERE province_code = :p AND buddhist_year = :y
					FOR UPDATE""", key, Integer.class);
			List<Object[]> given = jdbc.query("""
					SELECT buddhist_year, doc_number, revision, job_execution_id, content_sha256 FROM memo_issue
					WHERE province_code = :p AND report_month = :m""", key, (rs,
					i) -> new Object[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getString(5) });
			if (!given.isEmpty()) {
				Object[] g = given.get(0);
				int revision = (int) g[2];
				if ((long) g[3] != run) {
					if (!content.equals(g[4])) {
						revision++;
					}
					jdbc.update("""
							UPDATE memo_issue SET revision = :r, job_execution_id = :run, content_sha256 = :c
							WHERE province_code = :p AND report_month = :m""", with(key, "r", revision));
				}
				return new MemoNumber((int) g[0], (int) g[1], revision);
			}
			int number = last + 1;
			jdbc.update("""
					UPDATE memo_number_sequence SET last_number = :n WHERE province_code = :p AND buddhist_year = :y""",
					with(key, "n", number));
			jdbc.update("""
					INSERT INTO memo_issue (province_code, report_month, buddhist_year, doc_number, revision,
					       job_execution_id, content_sha256)
					VALUES (:p, :m, :y, :n, 0, :run, :c)""", with(key, "n", number));
			return new MemoNumber(year, number, 0);
		});
	}

	/**
	 * The sequence row of a province and year, made once; a concurrent maker's row is as
	 * good.
	 */
	private void createSequence(Map<String, Object> key) {
		Integer rows = jdbc.queryForObject(
				"SELECT COUNT(*) FROM memo_number_sequence WHERE province_code = :p AND buddhist_year = :y", key,
				Integer.class);
		if (rows != null && rows > 0) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.update(
					"INSERT INTO memo_number_sequence (province_code, buddhist_year, last_number) VALUES (:p, :y, 0)",
					key));
		}
		catch (DuplicateKeyException ex) {
			// made by another run at the same moment
		}
	}

	private static Map<String, Object> with(Map<String, Object> key, String name, Object value) {
		Map<String, Object> all = new java.util.HashMap<>(key);
		all.put(name, value);
		return all;
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
