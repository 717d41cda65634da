package th.go.cdd.clickreport.system;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

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

		public String insert() {
			return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
					+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
		}

	}

	/** Sets a row's values as the parameters of {@link Table#insert()}. */
	public static void set(PreparedStatement ps, Object[] row) throws SQLException {
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
