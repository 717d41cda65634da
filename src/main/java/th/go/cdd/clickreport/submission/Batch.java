package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/** Rows waiting to be written by one JDBC batch, so that a large bundle is never held in memory. */
final class Batch<T> {

	static final int SIZE = 500;

	private final JdbcTemplate jdbc;

	private final String sql;

	private final ParameterizedPreparedStatementSetter<T> setter;

	private final Batch<?> parent;

	private final List<T> rows = new ArrayList<>();

	/** @param parent written first, when these rows refer to its rows by a foreign key (or null) */
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
