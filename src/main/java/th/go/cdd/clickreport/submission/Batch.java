package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Rows waiting to be written by one JDBC batch, so that a large bundle is never held in
 * memory. A full batch goes to the import's {@link BatchWriter}, which writes it while
 * the next one fills.
 */
final class Batch<T> {

	/**
	 * Rows per batch. With rewriteBatchedStatements a batch is one multi-row INSERT of
	 * about 100-200 kB; larger batches made a national import faster than batches of 500
	 * (docs/PERFORMANCE.md).
	 */
	static final int SIZE = 2000;

	private final BatchWriter writer;

	private final String sql;

	private final ParameterizedPreparedStatementSetter<T> setter;

	private final Batch<?> parent;

	private List<T> rows = new ArrayList<>();

	/**
	 * @param parent written first, when these rows refer to its rows by a foreign key (or
	 * null)
	 */
	Batch(BatchWriter writer, String sql, Batch<?> parent, ParameterizedPreparedStatementSetter<T> setter) {
		this.writer = writer;
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
			// the writer keeps the list until the batch is written
			writer.write(sql, rows, setter);
			rows = new ArrayList<>();
		}
	}

}
