package th.go.cdd.clickreport.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database on the real MariaDB/MySQL server for one test class, reached through
 * MySQL Connector/J. The server defaults to 127.0.0.1:3306, user root, empty password
 * (what .ci/run starts); CLICK_TEST_MYSQL_URL, _USER and _PASSWORD point elsewhere.
 */
public final class MariaDbDatabase {

	public static final String SERVER_URL = env("CLICK_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");

	public static final String USER = env("CLICK_TEST_MYSQL_USER", "root");

	public static final String PASSWORD = env("CLICK_TEST_MYSQL_PASSWORD", "");

	private MariaDbDatabase() {
	}

	/** Databases this JVM made, dropped when it exits. */
	private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(MariaDbDatabase::dropCreated, "drop-test-databases"));
	}

	/**
	 * Creates {@code click_test_<class>_<pid>} (the process id keeps two test runs on one
	 * server apart) and returns its JDBC URL.
	 */
	public static String create(Class<?> testClass) {
		String name = "click_test_" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "_"
				+ ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			CREATED.add(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need the MariaDB/MySQL server at " + SERVER_URL
					+ " (start it as .ci/run does): " + ex.getMessage(), ex);
		}
		// no connection settings here: the tests run with the application's own
		// (application.properties)
		return SERVER_URL + name;
	}

	/**
	 * Registers a fresh database for {@code testClass} as the application's datasource.
	 * @return its JDBC URL, for a connection of the test's own
	 */
	public static String register(DynamicPropertyRegistry registry, Class<?> testClass) {
		String url = create(testClass);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		// Quartz keeps JVM-wide connection providers by scheduler name: test contexts
		// living side by side
		// in one JVM must not share one (in production each server is its own JVM).
		registry.add("spring.quartz.scheduler-name", () -> "click-" + testClass.getSimpleName());
		return url;
	}

	private static void dropCreated() {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String name : CREATED) {
				statement.execute("DROP DATABASE IF EXISTS " + name);
			}
		}
		catch (SQLException ex) {
			// The server is gone or refuses: the databases stay until the next run of
			// that process id.
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
