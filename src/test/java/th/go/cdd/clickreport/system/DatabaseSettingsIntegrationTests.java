package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The connection settings the application gives MySQL Connector/J, whatever the URL says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DatabaseSettingsIntegrationTests {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		// a plain URL, as the README shows it
		MariaDbDatabase.register(registry, DatabaseSettingsIntegrationTests.class);
	}

	@Autowired
	DataSource dataSource;

	@Test
	void batchesAreRewrittenIntoMultiRowInsertsAndTransactionsReadCommitted() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			JdbcConnection mysql = connection.unwrap(JdbcConnection.class);

			assertThat(mysql.getURL()).doesNotContain("rewriteBatchedStatements");
			assertThat(mysql.getPropertySet().getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue())
				.isTrue();
			assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
		}
	}

}
