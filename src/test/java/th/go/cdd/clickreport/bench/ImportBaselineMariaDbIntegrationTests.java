package th.go.cdd.clickreport.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/** {@link ImportBaselineContract} with LOAD DATA LOCAL INFILE on MariaDB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportBaselineMariaDbIntegrationTests extends ImportBaselineContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, ImportBaselineMariaDbIntegrationTests.class);
	}

}
