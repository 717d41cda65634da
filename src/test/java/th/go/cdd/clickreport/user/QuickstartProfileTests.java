package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The quick start never shares the production default database (issue #15.6). */
class QuickstartProfileTests {

	@Test
	void theQuickStartHasADatabaseFileOfItsOwn() throws Exception {
		String production = load("/application.properties").getProperty("spring.datasource.url");
		String quickstart = load("/application-quickstart.properties").getProperty("spring.datasource.url");
		assertThat(production).contains("./data/click;");
		assertThat(quickstart).contains("./data/quickstart;").isNotEqualTo(production);
	}

	private static Properties load(String resource) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = QuickstartProfileTests.class.getResourceAsStream(resource)) {
			properties.load(in);
		}
		return properties;
	}

}
