package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.api.Trigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.system.TableRows;

/**
 * The import's writer thread on an in-memory H2 database: batches are written in order on
 * the import's own transaction, a failed batch fails the import, and the transaction
 * never ends under a batch still being written, even when the importer is interrupted.
 */
class BatchWriterTests {

	private static final TableRows.Table ITEM = new TableRows.Table("item", "n");

	private JdbcTemplate jdbc;

	private TransactionTemplate transaction;

	@BeforeEach
	void database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:batch-writer-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("CREATE TABLE item (n INT PRIMARY KEY)");
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Test
	void batchesAreWrittenInOrderInsideTheTransaction() {
		transaction.executeWithoutResult(status -> {
			try (BatchWriter writer = BatchWriter.onTransactionOf(jdbc)) {
				writer.write(items(1, 2, 3));
				writer.write(items(4, 5));
				writer.finish();
				// the importer's own statements see the writer's rows: one transaction
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item", Integer.class)).isEqualTo(5);
			}
			status.setRollbackOnly();
		});

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item", Integer.class)).isZero();
	}

	@Test
	void aFailedBatchFailsTheNextWriteAndTheTransactionTakesEverythingBack() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			try (BatchWriter writer = BatchWriter.onTransactionOf(jdbc)) {
				writer.write(items(1, 2));
				// a duplicate key: refused by the database on the writer's thread
				writer.write(items(3, 3));
				writer.write(items(4));
				writer.finish();
			}
		})).isInstanceOf(DataAccessException.class);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item", Integer.class)).isZero();
	}

	@Test
	void closeWaitsForTheBatchInFlightEvenWhenTheImporterIsInterrupted() throws Exception {
		// the database holds the insert until the test releases it
		jdbc.execute("CREATE TRIGGER hold BEFORE INSERT ON item FOR EACH ROW CALL \"" + Hold.class.getName() + "\"");
		AtomicBoolean written = new AtomicBoolean();
		AtomicBoolean closedAfterWritten = new AtomicBoolean();
		Thread importer = new Thread(() -> {
			try {
				transaction.executeWithoutResult(status -> {
					BatchWriter writer = BatchWriter.onTransactionOf(jdbc);
					try {
						writer.write(items(1));
						writer.finish();
					}
					finally {
						writer.close();
						closedAfterWritten.set(written.get());
					}
				});
			}
			catch (IllegalStateException expected) {
				// interrupted while waiting for the batch
			}
		});
		importer.start();
		assertThat(Hold.writing.await(10, TimeUnit.SECONDS)).isTrue();
		importer.interrupt();
		Thread.sleep(200);
		assertThat(importer.isAlive()).as("close() still waits for the batch").isTrue();
		written.set(true);
		Hold.release.countDown();
		importer.join(10_000);

		assertThat(importer.isAlive()).isFalse();
		assertThat(closedAfterWritten).isTrue();
	}

	@Test
	void aWriterNeedsATransaction() {
		assertThatThrownBy(() -> BatchWriter.onTransactionOf(jdbc)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void onH2BatchesAreInserts() {
		transaction.executeWithoutResult(status -> {
			try (BatchWriter writer = BatchWriter.onTransactionOf(jdbc)) {
				assertThat(writer.loadsData()).isFalse();
			}
		});
	}

	private static TableRows items(int... numbers) {
		List<Object[]> rows = new ArrayList<>();
		for (int n : numbers) {
			rows.add(new Object[] { n });
		}
		return new TableRows(ITEM, rows);
	}

	/** An H2 trigger that holds an insert until the test releases it. */
	public static class Hold implements Trigger {

		static final CountDownLatch writing = new CountDownLatch(1);

		static final CountDownLatch release = new CountDownLatch(1);

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
			writing.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
