package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.system.TableRows;

/**
 * The import's bulk path on the real MariaDB with the application's own connection
 * settings: the pool's connections may load the import's rows from memory, every value
 * comes back as it was sent, the server's warnings fail the batch instead of cutting or
 * skipping rows, and the driver still refuses every file a statement asks it to send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LoadDataLocalIntegrationTests {

	private static final TableRows.Table PROBE = new TableRows.Table("load_probe", "id", "title", "day", "flag",
			"amount");

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, LoadDataLocalIntegrationTests.class);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path temp;

	@BeforeEach
	void table() {
		jdbc.execute("""
				CREATE TABLE load_probe (id INT PRIMARY KEY, title VARCHAR(40) NULL, day DATE NULL,
				                         flag BOOLEAN NULL, amount BIGINT NULL)""");
	}

	@AfterEach
	void drop() {
		jdbc.execute("DROP TABLE load_probe");
	}

	@Test
	void valuesComeBackAsTheyWereSent() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 1, "ผู้ใหญ่บ้าน ที่ป่า น้ำ", LocalDate.of(2024, 5, 3), true, 9_000_000_000L });
		rows.add(new Object[] { 2, "tab\there", null, false, null });
		rows.add(new Object[] { 3, "line\nbreak\r\n", LocalDate.of(2024, 2, 29), null, -1L });
		rows.add(new Object[] { 4, "back\\slash \\N \\t", null, null, 0L });
		rows.add(new Object[] { 5, "\\N", null, null, null });
		rows.add(new Object[] { 6, "", null, null, null });
		rows.add(new Object[] { 7, null, null, null, null });
		rows.add(new Object[] { 8, "nul\0x 'q' \"d\" 😀", null, null, null });
		rows.add(new Object[] { 9, "ends with \\", null, null, null });

		boolean loaded = writeInTransaction(rows);

		assertThat(loaded).as("MariaDB with the application's settings takes LOAD DATA LOCAL").isTrue();
		List<Object[]> stored = jdbc.query("SELECT id, title, day, flag, amount FROM load_probe ORDER BY id",
				(rs, n) -> new Object[] { rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4) == null ? null : rs.getBoolean(4),
						rs.getObject(5) == null ? null : rs.getLong(5) });
		assertThat(stored).containsExactlyElementsOf(rows);
	}

	@Test
	void aDuplicateKeyFailsTheBatchInsteadOfSkippingTheRow() {
		List<Object[]> rows = List.of(new Object[] { 1, "a", null, null, null },
				new Object[] { 1, "b", null, null, null });

		assertThatThrownBy(() -> writeInTransaction(rows)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("1 of 2 rows stored");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM load_probe", Integer.class)).isZero();
	}

	@Test
	void aValueTooLongFailsTheBatchInsteadOfBeingCut() {
		List<Object[]> rows = List.<Object[]>of(new Object[] { 1, "ชื่อกิจกรรม".repeat(4), null, null, null });

		assertThatThrownBy(() -> writeInTransaction(rows)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("title");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM load_probe", Integer.class)).isZero();
	}

	/**
	 * A server may ask for any file in answer to any statement; the driver must send only
	 * the import's stream, and only for the import's statement.
	 */
	@Test
	void theDriverRefusesToSendAFileBeforeAndAfterALoad() throws Exception {
		Path secret = Files.writeString(temp.resolve("secret.csv"), "1\tsecret\n");
		String askForFile = "LOAD DATA LOCAL INFILE '" + secret + "' INTO TABLE load_probe (id, title)";

		// Connector/J's refusal: no path is allowed (allowLoadLocalInfileInPath is empty)
		assertThatThrownBy(() -> jdbc.execute(askForFile)).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("allowLoadLocalInfileInPath");
		inTransaction(writer -> {
			writer.write(new TableRows(PROBE, List.<Object[]>of(new Object[] { 2, "ours", null, null, null })));
			writer.finish();
			// the same connection, after the import's load
			assertThatThrownBy(() -> jdbc.execute(askForFile)).isInstanceOf(DataAccessException.class)
				.hasMessageContaining("allowLoadLocalInfileInPath");
			return null;
		});

		assertThat(jdbc.queryForList("SELECT title FROM load_probe", String.class)).containsExactly("ours");
	}

	/** A server that refuses local data still gets the rows, as INSERTs. */
	@Test
	void withoutLocalInfileOnTheServerBatchesAreInserts() {
		int before = jdbc.queryForObject("SELECT @@GLOBAL.local_infile", Integer.class);
		jdbc.execute("SET GLOBAL local_infile = 0");
		try {
			boolean loaded = writeInTransaction(List.<Object[]>of(new Object[] { 3, "แถว", null, true, 5L }));

			assertThat(loaded).isFalse();
		}
		finally {
			jdbc.execute("SET GLOBAL local_infile = " + before);
		}
		assertThat(jdbc.queryForList("SELECT title FROM load_probe", String.class)).containsExactly("แถว");
	}

	/**
	 * Writes rows to the probe table through an import's writer, in a transaction of
	 * their own; whether they went as LOAD DATA LOCAL.
	 */
	private boolean writeInTransaction(List<Object[]> rows) {
		return inTransaction(writer -> {
			writer.write(new TableRows(PROBE, rows));
			writer.finish();
			return writer.loadsData();
		});
	}

	private <T> T inTransaction(Function<BatchWriter, T> work) {
		return new TransactionTemplate(transactions).execute(status -> {
			try (BatchWriter writer = BatchWriter.onTransactionOf(jdbc)) {
				return work.apply(writer);
			}
		});
	}

}
