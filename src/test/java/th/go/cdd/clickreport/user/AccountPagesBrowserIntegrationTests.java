package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.HeadlessChromium;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The account pages in a real browser (headless Chromium), on a computer-sized and a
 * phone-sized window: every page runs under the Content-Security-Policy without a
 * violation in the console, the login, users and change-password pages fit a
 * 390-pixel-wide phone, and a reporter given a one-time password is led to change it at
 * their first sign-in. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountPagesBrowserIntegrationTests {

	static final String PASSWORD = "a-long-enough-password";

	@TempDir
	static Path output;

	@TempDir
	Path profile;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, AccountPagesBrowserIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> "somchai");
		registry.add("click.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		jdbc.update("DELETE FROM app_user WHERE username = 'reporter5701'");
		jdbc.update("INSERT INTO app_user (username, password_hash, role, province_code, district_code, enabled, "
				+ "created_at, must_change_password) VALUES ('reporter5701', ?, 'REPORTER', '57', '5701', TRUE, "
				+ "CURRENT_TIMESTAMP, TRUE)", passwords.encode("one-time-Pass-2345"));
		Path month = Files.createDirectories(output.resolve("57/2024-05"));
		Files.writeString(month.resolve("district-5701-2024-05.pdf"), "%PDF 5701");
		ChromeOptions options = HeadlessChromium.options(profile, 1280, 900);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = HeadlessChromium.start(options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyPageRunsUnderTheContentSecurityPolicyOnAComputerAndAPhone() throws Exception {
		List<String> violations = new ArrayList<>();
		for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
			browser.manage().deleteAllCookies();
			browser.manage().window().setSize(size);
			String suffix = "-" + size.getWidth();
			browser.get(url("/login"));
			fitsTheWindow("login" + suffix);
			screenshot("login" + suffix);
			browser.findElement(By.id("username")).sendKeys("SomChai");
			browser.findElement(By.id("password")).sendKeys(PASSWORD);
			browser.findElement(By.id("login")).click();
			waitFor().until(d -> d.getCurrentUrl().endsWith("/runs"));
			for (String page : List.of("/runs", "/archive", "/archive/57/2024-05", "/audit", "/users", "/password")) {
				browser.get(url(page));
				violations.addAll(cspViolations(page + suffix));
			}
			browser.get(url("/users"));
			fitsTheWindow("users" + suffix);
			screenshot("users" + suffix);
			browser.get(url("/password"));
			fitsTheWindow("password" + suffix);
			screenshot("password" + suffix);
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void aReporterWithAOneTimePasswordIsLedToChangeItFirst() throws Exception {
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("reporter5701");
		browser.findElement(By.id("password")).sendKeys("one-time-Pass-2345");
		browser.findElement(By.id("login")).click();
		waitFor().until(d -> d.getCurrentUrl().endsWith("/password"));
		assertThat(browser.findElement(By.id("must-change")).getText()).contains("รหัสผ่านครั้งแรก");
		screenshot("password-first-sign-in-390");
		browser.get(url("/archive"));
		assertThat(browser.getCurrentUrl()).endsWith("/password");

		browser.findElement(By.id("current-password")).sendKeys("one-time-Pass-2345");
		browser.findElement(By.id("new-password")).sendKeys("my own district phrase");
		browser.findElement(By.id("confirm-password")).sendKeys("my own district phrase");
		browser.findElement(By.id("change-password")).click();
		waitFor().until(d -> d.getCurrentUrl().endsWith("/archive"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("เปลี่ยนรหัสผ่านแล้ว", "5701");
		assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user WHERE username = 'reporter5701'",
				Boolean.class))
			.isFalse();
		assertThat(cspViolations("reporter")).isEmpty();
	}

	/** Console messages of the page that say the policy refused something. */
	private List<String> cspViolations(String page) {
		List<String> found = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			if (message.contains("Content Security Policy") || message.contains("Refused to")) {
				found.add(page + ": " + message);
			}
		}
		return found;
	}

	/** The page needs no sideways scrolling (wide tables scroll inside their own box). */
	private void fitsTheWindow(String what) {
		Number overflow = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as(what + " wider than the window").isLessThanOrEqualTo(0);
	}

	private WebDriverWait waitFor() {
		return HeadlessChromium.waitFor(browser);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void screenshot(String name) throws Exception {
		HeadlessChromium.screenshot(browser, name);
	}

}
