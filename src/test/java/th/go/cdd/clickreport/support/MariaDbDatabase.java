package th.go.cdd.clickreport.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database on the real MariaDB/MySQL server for one test class, reached through MySQL
 * Connector/J. The server defaults to 127.0.0.1:3306, user root, empty password (what .ci/run
 * starts); CLICK_TEST_MYSQL_URL, _USER and _PASSWORD point elsewhere.
 */
public final class MariaDbDatabase {

	public static final String SERVER_URL = env("CLICK_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");

	public static final String USER = env("CLICK_TEST_MYSQL_USER", "root");

	public static final String PASSWORD = env("CLICK_TEST_MYSQL_PASSWORD", "");

	private MariaDbDatabase() {
	}

	/** Drops and creates {@code click_test_<name>} and returns its JDBC URL. */
	public static String create(Class<?> testClass) {
		String name = "click_test_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need the MariaDB/MySQL server at " + SERVER_URL
					+ " (start it as .ci/run does): " + ex.getMessage(), ex);
		}
		return SERVER_URL + name + "?rewriteBatchedStatements=true";
	}

	/** Registers a fresh database for {@code testClass} as the application's datasource. */
	public static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
		String url = create(testClass);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
