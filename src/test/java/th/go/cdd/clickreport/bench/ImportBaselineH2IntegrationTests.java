package th.go.cdd.clickreport.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ImportBaselineContract} with CSVREAD on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportBaselineH2IntegrationTests extends ImportBaselineContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		r.add("spring.datasource.url", () -> "jdbc:h2:mem:importbaseline;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
		r.add("spring.datasource.username", () -> "sa");
		r.add("spring.datasource.password", () -> "");
	}

}
