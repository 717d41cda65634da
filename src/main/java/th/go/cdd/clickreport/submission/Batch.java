package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import th.go.cdd.clickreport.system.TableRows;

/**
 * Rows of one table waiting to be written together, so that a large bundle is never held
 * in memory. A full batch goes to the import's {@link BatchWriter}, which writes it while
 * the next one fills.
 */
final class Batch<T> {

	/**
	 * Rows per batch: one multi-row INSERT or one LOAD DATA of about 100-200 kB; larger
	 * batches made a national import faster than batches of 500 (docs/PERFORMANCE.md).
	 */
	static final int SIZE = 2000;

	private final BatchWriter writer;

	private final TableRows.Table table;

	private final Function<T, Object[]> values;

	private final Batch<?> parent;

	private List<Object[]> rows = new ArrayList<>();

	/**
	 * @param values a row's column values, in the order of the table's columns
	 * @param parent written first, when these rows refer to its rows by a foreign key (or
	 * null)
	 */
	Batch(BatchWriter writer, TableRows.Table table, Batch<?> parent, Function<T, Object[]> values) {
		this.writer = writer;
		this.table = table;
		this.parent = parent;
		this.values = values;
	}

	void add(T row) {
		rows.add(values.apply(row));
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
			writer.write(new TableRows(table, rows));
			rows = new ArrayList<>();
		}
	}

}
