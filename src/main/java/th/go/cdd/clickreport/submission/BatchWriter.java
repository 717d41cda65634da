package th.go.cdd.clickreport.submission;

import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.go.cdd.clickreport.system.LoadDataLocal;
import th.go.cdd.clickreport.system.TableRows;

/**
 * Writes an import's batches of rows on a thread of its own, in the order they are given,
 * on the import's transaction: the database inserts one batch while the importer reads
 * and checks the rows of the next, instead of each waiting for the other. At most one
 * batch is in flight, so memory stays bounded, and a batch that fails fails the import at
 * the next batch or at {@link #finish()}.
 *
 * <p>
 * The import's own thread keeps using the same connection for its other statements; the
 * driver runs statements of one connection one at a time. {@link #close()} waits for the
 * batch in flight before the transaction may end: a statement must never run after the
 * rollback or commit, outside the transaction.
 */
final class BatchWriter implements AutoCloseable {

	private final DataSource dataSource;

	private final Connection connection;

	private final JdbcTemplate jdbc;

	private final ExecutorService thread;

	/** The bulk path, when the database offers it. */
	private final Optional<LoadDataLocal> loader;

	private Future<?> inFlight;

	/**
	 * A writer on the connection of the transaction the calling thread is in.
	 * @throws IllegalStateException when the calling thread is in no transaction
	 */
	static BatchWriter onTransactionOf(JdbcTemplate jdbc) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An import writes its batches inside its transaction");
		}
		return new BatchWriter(jdbc.getDataSource());
	}

	private BatchWriter(DataSource dataSource) {
		this.dataSource = dataSource;
		this.connection = DataSourceUtils.getConnection(dataSource);
		this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		try {
			this.loader = jdbc.execute((ConnectionCallback<Optional<LoadDataLocal>>) LoadDataLocal::on);
		}
		catch (RuntimeException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw ex;
		}
		this.thread = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "click-import-writer");
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Sends {@code batch} to the database once the batch before it is written: as
	 * {@code LOAD DATA LOCAL} on MySQL/MariaDB when the connection and the server allow
	 * it ({@link LoadDataLocal}), as one JDBC batch of INSERTs otherwise. Returns at
	 * once; the batch's rows must not change afterwards.
	 * @throws org.springframework.dao.DataAccessException when the batch before failed
	 */
	void write(TableRows batch) {
		finish();
		inFlight = thread.submit(() -> {
			if (loader.isPresent()) {
				jdbc.execute((ConnectionCallback<Void>) con -> {
					loader.get().load(batch);
					return null;
				});
			}
			else {
				batch.insert(jdbc);
			}
		});
	}

	/** Whether batches go to the database as LOAD DATA LOCAL. */
	boolean loadsData() {
		return loader.isPresent();
	}

	/**
	 * Waits until every batch given is written.
	 * @throws org.springframework.dao.DataAccessException when one failed
	 */
	void finish() {
		if (inFlight == null) {
			return;
		}
		try {
			inFlight.get();
			inFlight = null;
		}
		catch (InterruptedException ex) {
			// the batch stays in flight: close() still waits for it
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing an import's rows", ex);
		}
		catch (ExecutionException ex) {
			inFlight = null;
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Waits for the batch in flight, whatever its outcome (the import is failing already
	 * when one is left), and lets the thread go.
	 */
	@Override
	public void close() {
		try {
			boolean interrupted = false;
			while (inFlight != null) {
				try {
					inFlight.get();
					inFlight = null;
				}
				catch (InterruptedException ex) {
					// keep waiting: the transaction must not end under the statement
					interrupted = true;
				}
				catch (ExecutionException ex) {
					// the import ends with the failure that left this batch behind
					inFlight = null;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		finally {
			thread.shutdown();
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
