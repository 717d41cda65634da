package th.go.cdd.clickreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.support.HeadlessChromium;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * The recipients page and the run page's deliveries on a phone-sized window (390×844) in
 * the system's headless Chromium: the error of a wrong address shows under its field,
 * nothing runs wider than the screen. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryBrowserIntegrationTests {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	@TempDir
	static Path output;

	@TempDir
	Path profile;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, DeliveryBrowserIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> "admin");
		registry.add("click.admin.password", () -> "admin-password");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MonthlyRunLauncher launcher;

	WebDriver browser;

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.start(HeadlessChromium.options(profile, 390, 844));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void onAPhoneAnAdminAddsAddressesAndSeesTheRunsMessages() throws Exception {
		SampleMonth.load(jdbc);
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-password");
		browser.findElement(By.id("login")).click();
		waitFor().until(d -> d.getCurrentUrl().endsWith("/runs"));

		browser.get(url("/recipients"));
		WebElement field = browser.findElement(By.id("add-5701"));
		field.sendKeys("cd5701 at cdd.example.go.th");
		field.submit();
		waitFor().until(d -> !d.findElements(By.id("error-5701")).isEmpty());
		WebElement error = browser.findElement(By.id("error-5701"));
		WebElement input = browser.findElement(By.id("add-5701"));
		assertThat(error.getText()).isEqualTo("“cd5701” ไม่ใช่ที่อยู่อีเมล: ไม่มีเครื่องหมาย @");
		assertThat(error.isDisplayed()).isTrue();
		// beside the field: right under it, within the screen
		assertThat(error.getLocation().getY()).isGreaterThan(input.getLocation().getY());
		assertThat(error.getLocation().getY() - (input.getLocation().getY() + input.getSize().getHeight()))
			.isLessThan(80);
		assertThat(input.getAttribute("value")).isEqualTo("cd5701 at cdd.example.go.th");
		assertNoSidewaysScrolling();
		screenshot("recipients-error-phone");

		input.clear();
		input.sendKeys("cd5701@cdd.example.go.th");
		input.submit();
		waitFor().until(d -> d.findElement(By.tagName("main")).getText().contains("เพิ่ม cd5701@cdd.example.go.th"));
		WebElement office = browser.findElement(By.id("add-57"));
		office.sendKeys("office@cdd.example.go.th, saraban@cdd.example.go.th");
		office.submit();
		waitFor().until(d -> d.findElement(By.id("u-57")).getText().contains("saraban@cdd.example.go.th"));
		assertNoSidewaysScrolling();
		screenshot("recipients-phone");

		long run = launcher.run("57", YearMonth.of(2024, 5)).execution().getId();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> smtp.getReceivedMessages().length == 3);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
			d.get(url("/runs/" + run));
			return d.findElement(By.id("delivery-counts")).getText().startsWith("ส่งแล้ว 3");
		});
		assertThat(browser.findElements(By.cssSelector("#deliveries tbody tr"))).hasSize(3);
		assertThat(browser.findElement(By.id("deliveries")).getText()).contains("office@cdd.example.go.th", "ส่งแล้ว");
		assertNoSidewaysScrolling();
		((JavascriptExecutor) browser).executeScript("document.getElementById('delivery').scrollIntoView();");
		screenshot("run-delivery-phone");
	}

	private void assertNoSidewaysScrolling() {
		Number scrollWidth = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		Number innerWidth = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
		assertThat(scrollWidth.intValue()).as("page width on a 390 px screen")
			.isLessThanOrEqualTo(innerWidth.intValue());
	}

	private WebDriverWait waitFor() {
		return HeadlessChromium.waitFor(browser);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(browser, name);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
