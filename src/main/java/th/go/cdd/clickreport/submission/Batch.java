package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Rows waiting to be written by one JDBC batch, so that a large bundle is never held in
 * memory.
 */
final class Batch<T> {

	/**
	 * Rows per batch. With rewriteBatchedStatements a batch is one multi-row INSERT:
	 * 2,000 rows (about 100-200 kB) took a 12-month national import from 4.1 s to 3.7 s
	 * against 500 (docs/PERFORMANCE.md).
	 */
	static final int SIZE = 2000;

	private final JdbcTemplate jdbc;

	private final String sql;

	private final ParameterizedPreparedStatementSetter<T> setter;

	private final Batch<?> parent;

	private final List<T> rows = new ArrayList<>();

	/**
	 * @param parent written first, when these rows refer to its rows by a foreign key (or
	 * null)
	 */
	Batch(JdbcTemplate jdbc, String sql, Batch<?> parent, ParameterizedPreparedStatementSetter<T> setter) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.parent = parent;
		this.setter = setter;
	}

	void add(T row) {
		rows.add(row);
		if (rows.size() >= SIZE) {
			flush();
		}
	}

	void flush() {
		if (parent != null) {
			parent.flush();
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows, rows.size(), setter);
			rows.clear();
		}
	}

}
