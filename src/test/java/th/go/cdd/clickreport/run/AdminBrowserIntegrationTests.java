package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.support.HeadlessChromium;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.support.SampleMonth;

/**
 * End to end in a real browser (the system's headless Chromium through chromedriver): an
 * admin signs in, re-runs May 2024 for เชียงราย, watches it complete and downloads the
 * month's file from the archive. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserIntegrationTests {

	@TempDir
	static Path output;

	@TempDir
	Path profile;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, AdminBrowserIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> "admin");
		registry.add("click.admin.password", () -> "admin-password");
		// two threads, whatever the machine: the run page below shows two ranges per
		// partitioned step
		registry.add("click.batch.threads", () -> "2");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		SampleMonth.load(jdbc);
		browser = HeadlessChromium.start(HeadlessChromium.options(profile, 1280, 1000));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAdminReRunsAMonthWatchesItCompleteAndDownloadsItsFile() throws Exception {
		// A first run of the month, so that the admin's is a re-run.
		jdbc.update("DELETE FROM audit_log");
		signInAsAdmin();

		for (int run = 1; run <= 2; run++) {
			browser.get(url("/runs"));
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("province"))).selectByValue("57");
			((JavascriptExecutor) browser).executeScript("document.getElementById('month').value = '2024-05';");
			browser.findElement(By.id("launch")).click();
			waitFor().until(d -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
			// The page polls the progress every 2 s and reloads when the run has ended.
			new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
				.until(d -> d.findElement(By.id("status")).getText().equals("สำเร็จ"));
		}
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("ประมวลผลซ้ำ", "เชียงราย",
				"พฤษภาคม 2567", "ประเมินระดับของอำเภอ");
		// Three steps (grade, province outputs, district pages); province 57's 18
		// districts in two ranges
		// (one per thread) for grading and for the pages, and one partition for its
		// summary.
		assertThat(browser.findElements(By.cssSelector("#steps tr[data-step]"))).hasSize(8);
		// The run's duration from its own millisecond times; the steps' to the second
		// that MariaDB kept
		// of Spring Batch's times, without decimals that were never measured.
		assertThat(browser.findElement(By.id("duration")).getText()).matches("\\d+\\.\\d+ วินาที")
			.isNotEqualTo("0.00 วินาที");
		assertThat(browser.findElements(By.cssSelector("#steps .step-duration"))).extracting(WebElement::getText)
			.allMatch(text -> text.equals("ไม่ถึง 1 วินาที") || text.matches("\\d+ วินาที"), "whole seconds");
		screenshot("run-detail");
		browser.get(url("/runs"));
		assertThat(browser.findElements(By.cssSelector("#runs tbody tr"))).hasSize(2);
		screenshot("runs");

		browser.get(url("/archive/57/2024-05"));
		List<WebElement> links = browser.findElements(By.cssSelector("#files a.open"));
		assertThat(links).isNotEmpty();
		// The summary PDF is listed first.
		WebElement first = links.get(0);
		String name = first.getText();
		assertThat(name).isEqualTo("summary-57-2024-05.pdf");
		String href = first.getAttribute("href");
		String content = (String) ((JavascriptExecutor) browser)
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0] + '?download=true', {credentials: 'same-origin'})"
					+ ".then(function (r) { return r.text(); }).then(done);", href);
		assertThat(content).startsWith("%PDF");
		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = 'admin' ORDER BY id", String.class))
			.containsSubsequence("LOGIN", "RUN", "RERUN", "DOWNLOAD");
	}

	@Test
	void anAdminAddsAReaderAndMovesThemToAnotherDistrictOnTheUsersPage() throws Exception {
		jdbc.update("DELETE FROM app_user WHERE username = 'reader'");
		signInAsAdmin();

		browser.get(url("/users"));
		WebElement add = browser.findElement(By.cssSelector("form.card"));
		add.findElement(By.name("username")).sendKeys("reader");
		add.findElement(By.name("password")).sendKeys("reader-password");
		add.findElement(By.name("districtCode")).sendKeys("5701");
		add.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor().until(d -> d.findElement(By.tagName("main")).getText().contains("เพิ่มผู้ใช้ reader แล้ว"));

		// The row's role and district fields belong to the row's form through their form
		// attribute.
		WebElement row = browser.findElement(By.xpath("//table[@id='users']//tr[td[1][normalize-space()='reader']]"));
		WebElement district = row.findElement(By.name("districtCode"));
		assertThat(district.getAttribute("value")).isEqualTo("5701");
		district.clear();
		district.sendKeys("5702");
		row.findElement(By.xpath(".//button[normalize-space()='บันทึกบทบาท']")).click();
		waitFor().until(d -> d.findElement(By.tagName("main"))
			.getText()
			.contains("เปลี่ยนบทบาทของ reader เป็นผู้อ่านรายงาน (อำเภอ 5702) แล้ว"));

		assertThat(jdbc.queryForObject("SELECT district_code FROM app_user WHERE username = 'reader'", String.class))
			.isEqualTo("5702");
		screenshot("users");
	}

	/** Signs in on the login page as the test's admin, who lands on the run list. */
	private void signInAsAdmin() {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-password");
		browser.findElement(By.id("login")).click();
		waitFor().until(d -> d.getCurrentUrl().endsWith("/runs"));
	}

	/**
	 * A wait that looks again when the page it looked at was replaced meanwhile (a form's
	 * redirect).
	 */
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
