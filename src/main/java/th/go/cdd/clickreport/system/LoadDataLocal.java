package th.go.cdd.clickreport.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;

/**
 * Writes a batch of checked rows to MySQL/MariaDB with {@code LOAD DATA LOCAL INFILE}
 * from memory: the rows as the server's tab-separated text, which it stores without
 * building, sending and parsing a multi-row INSERT: the import's checked rows and the
 * grading's grades (docs/PERFORMANCE.md).
 *
 * <p>
 * What the driver may send. A connection can load local data only when it announced so at
 * its handshake, which Connector/J does when {@code allowLoadLocalInfile} or
 * {@code allowLoadLocalInfileInPath} is set. application.properties sets
 * {@code allowLoadLocalInfileInPath} to nothing: the driver then refuses every file a
 * server asks for, and the one thing it sends is the stream this class hands it for its
 * own statement, with {@code allowLoadLocalInfile} switched on for that statement only,
 * under the connection's lock (no other statement of the connection runs meanwhile).
 *
 * <p>
 * What the server may do with it. LOCAL makes the server treat the load as IGNORE: a
 * duplicate key or a value that does not fit becomes a warning and the row is skipped or
 * cut. The rows are checked before they come here, so any warning or a row count that
 * differs from the rows sent fails the batch (and the import or the chunk with it).
 */
public final class LoadDataLocal {

	private final JdbcConnection connection;

	private LoadDataLocal(JdbcConnection connection) {
		this.connection = connection;
	}

	/**
	 * A loader on {@code connection}, when it is a Connector/J connection that may load
	 * local data and the server accepts local data ({@code local_infile}); empty
	 * otherwise, and the import writes multi-row INSERTs.
	 */
	public static Optional<LoadDataLocal> on(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)) {
			return Optional.empty();
		}
		JdbcConnection driver = connection.unwrap(JdbcConnection.class);
		PropertySet properties = driver.getPropertySet();
		boolean announced = properties.getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue()
				|| properties.getStringProperty(PropertyKey.allowLoadLocalInfileInPath).isExplicitlySet();
		if (!announced) {
			return Optional.empty();
		}
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT @@local_infile")) {
			return rs.next() && rs.getBoolean(1) ? Optional.of(new LoadDataLocal(driver)) : Optional.empty();
		}
	}

	/**
	 * Stores each batch in its table, in order, on {@code jdbc}'s connection (the
	 * caller's transaction's): as {@code LOAD DATA LOCAL} when the connection and the
	 * server allow it, as a JDBC batch of INSERTs otherwise.
	 * @throws DataIntegrityViolationException when the server skipped, cut or converted a
	 * value
	 */
	public static void write(JdbcTemplate jdbc, List<TableRows> batches) {
		List<TableRows> rows = batches.stream().filter(batch -> !batch.rows().isEmpty()).toList();
		if (rows.isEmpty()) {
			return;
		}
		boolean loaded = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			Optional<LoadDataLocal> loader = on(connection);
			if (loader.isEmpty()) {
				return false;
			}
			for (TableRows batch : rows) {
				loader.get().load(batch);
			}
			return true;
		}));
		if (!loaded) {
			for (TableRows batch : rows) {
				batch.insert(jdbc);
			}
		}
	}

	/**
	 * Stores {@code batch} in its table, in order.
	 * @throws DataIntegrityViolationException when the server skipped, cut or converted a
	 * value
	 */
	public void load(TableRows batch) throws SQLException {
		Text data = text(batch);
		String sql = "LOAD DATA LOCAL INFILE 'import-rows' INTO TABLE " + batch.table().name()
				+ " CHARACTER SET utf8mb4 (" + String.join(", ", batch.table().columns()) + ")";
		RuntimeProperty<Boolean> allowed = connection.getPropertySet()
			.getBooleanProperty(PropertyKey.allowLoadLocalInfile);
		Lock lock = connection.getLock();
		lock.lock();
		try {
			boolean before = allowed.getValue();
			try (Statement statement = connection.createStatement()) {
				JdbcStatement driverStatement = statement.unwrap(JdbcStatement.class);
				driverStatement.setLocalInfileInputStream(data.stream());
				allowed.setValue(true);
				int stored;
				try {
					stored = statement.executeUpdate(sql);
				}
				finally {
					allowed.setValue(before);
					driverStatement.setLocalInfileInputStream(null);
				}
				SQLWarning warning = statement.getWarnings();
				if (stored != batch.rows().size() || warning != null) {
					throw new DataIntegrityViolationException(
							"%s: %d of %d rows stored%s".formatted(batch.table().name(), stored, batch.rows().size(),
									warning == null ? "" : ": " + warning.getMessage()));
				}
			}
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The rows in LOAD DATA's default text format: fields separated by tabs, lines ended
	 * by newlines, a backslash escaping the separators, itself and NUL, and {@code \N}
	 * for null; UTF-8.
	 */
	static Text text(TableRows batch) {
		Text text = new Text(batch.rows().size() * 96);
		for (Object[] row : batch.rows()) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.write('\t');
				}
				writeValue(text, row[i]);
			}
			text.write('\n');
		}
		return text;
	}

	private static void writeValue(Text text, Object value) {
		if (value == null) {
			text.write('\\');
			text.write('N');
		}
		else if (value instanceof Boolean b) {
			text.write(b ? '1' : '0');
		}
		else if (value instanceof String s) {
			text.writeBytes(needsEscape(s) ? escape(s) : s.getBytes(StandardCharsets.UTF_8));
		}
		else {
			// numbers and ISO dates: ASCII, nothing to escape
			text.writeBytes(value.toString().getBytes(StandardCharsets.US_ASCII));
		}
	}

	private static boolean needsEscape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
				return true;
			}
		}
		return false;
	}

	private static byte[] escape(String s) {
		StringBuilder escaped = new StringBuilder(s.length() + 8);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case '\t' -> escaped.append("\\t");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\0' -> escaped.append("\\0");
				default -> escaped.append(c);
			}
		}
		return escaped.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The bytes of a batch, read by the driver without a copy. */
	static final class Text extends ByteArrayOutputStream {

		Text(int size) {
			super(size);
		}

		InputStream stream() {
			return new ByteArrayInputStream(buf, 0, count);
		}

	}

}
