package th.go.cdd.clickreport.system;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch of rows for one table, each row its column values in the table's column order:
 * {@link Long}, {@link Integer}, {@link String}, {@link Boolean}, {@link LocalDate} or
 * null.
 */
public record TableRows(Table table, List<Object[]> rows) {

	/** A table and the columns written to it. */
	public record Table(String name, List<String> columns) {

		public Table(String name, String... columns) {
			this(name, List.of(columns));
		}

		String insert() {
			return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
					+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
		}

	}

	/**
	 * Stores the rows as one JDBC batch of INSERTs on {@code jdbc} (a multi-row INSERT
	 * with Connector/J's {@code rewriteBatchedStatements}): where LOAD DATA LOCAL cannot
	 * be used.
	 */
	public void insert(JdbcTemplate jdbc) {
		jdbc.batchUpdate(table.insert(), rows, rows.size(), TableRows::set);
	}

	/** Sets a row's values as the parameters of {@link Table#insert()}. */
	private static void set(PreparedStatement ps, Object[] row) throws SQLException {
		for (int i = 0; i < row.length; i++) {
			Object value = row[i];
			int index = i + 1;
			if (value == null) {
				ps.setNull(index, Types.NULL);
			}
			else if (value instanceof Long n) {
				ps.setLong(index, n);
			}
			else if (value instanceof Integer n) {
				ps.setInt(index, n);
			}
			else if (value instanceof String s) {
				ps.setString(index, s);
			}
			else if (value instanceof Boolean b) {
				ps.setBoolean(index, b);
			}
			else if (value instanceof LocalDate d) {
				ps.setObject(index, d);
			}
			else {
				throw new IllegalArgumentException("No column type for " + value.getClass());
			}
		}
	}

}
