package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.support.HeadlessChromium;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * The month's report from district to PDF in a real browser (the system's headless
 * Chromium): a district officer on a phone-sized window fills the form, watches the
 * projected level change as they type and submits; the province admin, on a
 * computer-sized window, returns it with a reason; the officer sees the reason and
 * submits again; the admin accepts it, runs the month and opens the district's PDF, which
 * shows the figures the officer entered. Screenshots of the form (phone) and of the
 * province page (computer) are written to docs/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingBrowserIntegrationTests {

	@TempDir
	static Path output;

	@TempDir
	Path profiles;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MariaDbDatabase.register(registry, ReportingBrowserIntegrationTests.class);
		registry.add("click.output-dir", () -> output.toString());
		registry.add("click.admin.username", () -> "admin");
		registry.add("click.admin.password", () -> "admin-password");
		registry.add("click.reporting.photo-dir", () -> output.resolve("photos").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Clock clock;

	WebDriver phone;

	WebDriver computer;

	/**
	 * The browser the steps below act in: the officer's phone or the province's computer.
	 */
	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		jdbc.update("DELETE FROM app_user WHERE username = 'officer5701'");
		jdbc.update(
				"INSERT INTO app_user (username, password_hash, role, district_code, province_code, enabled, created_at) "
						+ "VALUES ('officer5701', ?, 'REPORTER', '5701', '57', TRUE, CURRENT_TIMESTAMP)",
				passwords.encode("officer-password"));
		// The officer's phone: Chromium's own phone emulation at 390×844 (a headless
		// window is never
		// narrower than 500 pixels); the province's computer: an ordinary 1280×900
		// window.
		phone = open("phone", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
		computer = open("computer", null);
		browser = phone;
	}

	private WebDriver open(String name, Map<String, Object> mobile) {
		ChromeOptions options = HeadlessChromium.options(profiles.resolve(name), 1280, 900);
		if (mobile != null) {
			options.setExperimentalOption("mobileEmulation", mobile);
		}
		return HeadlessChromium.start(options);
	}

	@AfterEach
	void closeBrowsers() {
		for (WebDriver driver : new WebDriver[] { phone, computer }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	@Test
	void anOfficerSubmitsOnAPhoneTheProvinceReturnsAndAcceptsAndTheMonthsPdfShowsTheFigures() throws Exception {
		// The month an officer reports now: the one before this one.
		YearMonth month = YearMonth.now(clock.withZone(BangkokTime.ZONE)).minusMonths(1);
		String m = month.toString();

		// --- the officer, on a phone
		browser = phone;
		signIn("officer5701", "officer-password");
		waitFor().until(d -> d.getCurrentUrl().endsWith("/report/5701/" + m));
		assertThat(noHorizontalScroll()).as("nothing wider than the phone").isTrue();
		String before = projectedLevel();
		assertThat(before).isEqualTo("D");

		// item 1: 4 of the 5 heads (with a land office) downloaded the app → 80 %
		for (String position : List.of("CHIEF", "CD", "LOCAL")) {
			check(browser.findElement(By.cssSelector(".official[data-position='" + position + "'] .downloaded")));
		}
		check(browser.findElement(By.cssSelector(".official[data-position='LAND'] .has-position")));
		type(browser.findElement(By.id("others-total")), "1");
		type(browser.findElement(By.id("others-downloaded")), "1");
		assertThat(browser.findElement(By.id("officials-total")).getText()).isEqualTo("5");
		assertThat(browser.findElement(By.id("officials-downloaded")).getText()).isEqualTo("4");
		// item 2: every service relevant and updated
		for (WebElement box : browser.findElements(By.cssSelector("[data-list='services'] input[type=checkbox]"))) {
			check(box);
		}
		// item 3: two PR items on two channels; item 4: two activities
		addPr(month.atDay(3).toString(), "ประชาสัมพันธ์ Shop ชุมชน ผ่านเพจอำเภอ", "FACEBOOK");
		addPr(month.atDay(17).toString(), "แนะนำแอป Click ชุมชน ในกลุ่มไลน์ผู้นำชุมชน", "LINE");
		addActivity(month.atDay(8).toString(), "อบรมการใช้ Click ชุมชน ที่ศาลาประชาคม", "35");
		addActivity(month.atDay(22).toString(), "ลงพื้นที่แนะนำผู้ประกอบการ OTOP น้ำพริกป่า", "18");
		// item 5: 11 downloads in each of the 16 sub-districts → 176 against 160
		List<WebElement> tambons = browser.findElements(By.cssSelector("[data-list='downloads'] input"));
		assertThat(tambons).hasSize(16);
		for (WebElement tambon : tambons) {
			type(tambon, "11");
		}
		assertThat(browser.findElement(By.id("downloads-total")).getText()).isEqualTo("176");
		waitFor().until(d -> "A".equals(projectedLevel()));
		assertThat(noHorizontalScroll()).as("nothing wider than the phone, rows added").isTrue();

		// A PR item without a date or a channel: submitting shows every error beside its
		// field, stores nothing.
		tap(browser.findElement(By.cssSelector(".add-row[data-template='pr-template']")));
		List<WebElement> prRows = browser.findElements(By.cssSelector("#pr-rows .entry"));
		type(prRows.get(2).findElement(By.cssSelector("[data-name='title']")), "ข่าวที่ยังไม่ได้ระบุวันที่");
		tap(browser.findElement(By.id("submit-report")));
		waitFor().until(d -> !d.findElements(By.cssSelector("#pr-rows .entry:nth-child(3) .field-error")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#pr-rows .entry:nth-child(3) .field-error")))
			.extracting(WebElement::getText)
			.hasSizeGreaterThanOrEqualTo(2)
			.allMatch(message -> !message.isBlank() && message.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F),
					"in Thai");
		assertThat(browser.findElement(By.id("form-errors")).isDisplayed()).isTrue();
		assertThat(browser.getCurrentUrl()).doesNotContain("saved=");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM online_report", Integer.class)).isZero();
		tap(prRows.get(2).findElement(By.cssSelector(".remove-row")));

		((JavascriptExecutor) browser).executeScript("document.getElementById('pr').scrollIntoView({block: 'start'});");
		waitFor().until(d -> !d.findElement(By.id("projection-busy")).isDisplayed());
		screenshot("report-form-phone");

		tap(browser.findElement(By.id("submit-report")));
		waitFor().until(d -> d.getCurrentUrl().contains("saved=submitted"));
		assertThat(text("state")).startsWith("ส่งแล้ว");
		assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(1);

		// a photo of the first activity, from the phone's files
		Path png = profiles.resolve("activity.png");
		ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
		WebElement file = browser.findElement(By.cssSelector("#activity-rows .entry:nth-child(1) input[type=file]"));
		scrollTo(file);
		file.sendKeys(png.toAbsolutePath().toString());
		tap(browser.findElement(By.cssSelector("#activity-rows .entry:nth-child(1) .photo-add button")));
		waitFor()
			.until(d -> !d.findElements(By.cssSelector("#activity-rows .entry:nth-child(1) .photo img")).isEmpty());
		WebElement photo = browser.findElement(By.cssSelector("#activity-rows .entry:nth-child(1) .photo img"));
		scrollTo(photo);
		waitFor().until(d -> Long.valueOf(64)
			.equals(((JavascriptExecutor) d)
				.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", photo)));

		// --- the province admin, on a computer: returns it
		browser = computer;
		signIn("admin", "admin-password");
		browser.get(url("/reports?province=57&month=" + m));
		WebElement row = browser.findElement(By.cssSelector("#districts tr[data-district='5701']"));
		assertThat(row.getText()).contains("ส่งแล้ว", "A");
		screenshot("reports-province");
		row.findElement(By.cssSelector("a.open")).click();
		waitFor().until(d -> d.getCurrentUrl().endsWith("/report/5701/" + m));
		browser.findElement(By.id("return-reason")).sendKeys("ภาพกิจกรรมที่ ๒ ไม่ชัด กรุณาตรวจสอบจำนวนผู้เข้าร่วม");
		browser.findElement(By.id("return-report")).click();
		waitFor().until(d -> text("state").equals("ส่งกลับให้แก้ไข"));

		// --- the officer sees the reason, corrects and submits again
		browser = phone;
		browser.get(url("/report"));
		waitFor().until(d -> d.getCurrentUrl().endsWith("/report/5701/" + m));
		assertThat(text("returned-reason")).contains("ภาพกิจกรรมที่ ๒ ไม่ชัด");
		WebElement participants = browser.findElements(By.cssSelector("#activity-rows [data-name='participants']"))
			.get(1);
		type(participants, "21");
		tap(browser.findElement(By.id("submit-report")));
		waitFor().until(d -> d.getCurrentUrl().contains("saved=submitted"));
		assertThat(text("state")).startsWith("ส่งแล้ว");

		// --- the admin accepts it, runs the month and opens the district's PDF
		browser = computer;
		browser.get(url("/report/5701/" + m));
		browser.findElement(By.id("accept-report")).click();
		waitFor().until(d -> text("state").equals("รับรองแล้ว"));
		assertThat(browser.findElements(By.id("locked"))).hasSize(1);

		browser.get(url("/runs"));
		new Select(browser.findElement(By.id("province"))).selectByValue("57");
		((JavascriptExecutor) browser).executeScript("document.getElementById('month').value = arguments[0];", m);
		browser.findElement(By.id("launch")).click();
		waitFor().until(d -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
		// the run page polls its progress and reloads when the run has ended
		new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("status")).getText().equals("สำเร็จ"));

		String pdf = "/archive/57/" + m + "/district-5701-" + m + ".pdf";
		String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0] + '?download=true', {credentials: 'same-origin'})
				  .then(function (r) { return r.arrayBuffer(); })
				  .then(function (b) {
				    var s = ''; var bytes = new Uint8Array(b);
				    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
				    done(btoa(s));
				  });""", url(pdf));
		String text;
		try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("4/5 คน", "176 ดาวน์โหลด", "2 กิจกรรม", "2 ครั้ง 2 ช่องทาง");
		assertThat(jdbc.queryForObject("SELECT level_code FROM grade WHERE district_code = '5701' AND report_month = ?",
				String.class, m))
			.isEqualTo("A");

		// the province reopens it and the officer submits again: the runs page says the
		// month changed
		browser.get(url("/runs"));
		assertThat(browser.findElements(By.id("changed"))).isEmpty();
		browser.get(url("/report/5701/" + m));
		browser.findElement(By.id("reopen-report")).click();
		waitFor().until(d -> text("state").startsWith("ส่งแล้ว"));
		browser = phone;
		browser.get(url("/report/5701/" + m));
		tap(browser.findElement(By.id("submit-report")));
		waitFor().until(d -> d.getCurrentUrl().contains("saved=submitted"));
		browser = computer;
		browser.get(url("/runs"));
		assertThat(text("changed")).contains("เชียงราย", "รายงาน 1 อำเภอ");
		assertThat(browser.findElements(By.cssSelector("#changed button.rerun-changed"))).hasSize(1);
	}

	private void addPr(String date, String title, String channel) {
		tap(browser.findElement(By.cssSelector(".add-row[data-template='pr-template']")));
		List<WebElement> rows = browser.findElements(By.cssSelector("#pr-rows .entry"));
		WebElement row = rows.get(rows.size() - 1);
		setDate(row.findElement(By.cssSelector("[data-name='publishedOn']")), date);
		type(row.findElement(By.cssSelector("[data-name='title']")), title);
		check(row.findElement(By.cssSelector("[data-name='channels'] input[value='" + channel + "']")));
	}

	private void addActivity(String date, String title, String participants) {
		tap(browser.findElement(By.cssSelector(".add-row[data-template='activity-template']")));
		List<WebElement> rows = browser.findElements(By.cssSelector("#activity-rows .entry"));
		WebElement row = rows.get(rows.size() - 1);
		setDate(row.findElement(By.cssSelector("[data-name='heldOn']")), date);
		type(row.findElement(By.cssSelector("[data-name='title']")), title);
		type(row.findElement(By.cssSelector("[data-name='participants']")), participants);
	}

	/**
	 * A date field's value, as the date picker would set it (typing into one depends on
	 * the locale).
	 */
	private void setDate(WebElement input, String isoDate) {
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				input, isoDate);
	}

	private void type(WebElement input, String value) {
		scrollTo(input);
		input.clear();
		input.sendKeys(value);
	}

	private void check(WebElement box) {
		scrollTo(box);
		if (!box.isSelected()) {
			// the label is what a finger taps; the box itself may sit under the fixed
			// projection bar
			((JavascriptExecutor) browser).executeScript("arguments[0].click();", box);
		}
	}

	/**
	 * A tap on a button, scrolled into the middle of the screen first (clear of the
	 * projection bar).
	 */
	private void tap(WebElement button) {
		scrollTo(button);
		button.click();
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private String projectedLevel() {
		return browser.findElement(By.id("projected-level")).getText();
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private boolean noHorizontalScroll() {
		return (Boolean) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
	}

	private void signIn(String user, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login")).click();
		waitFor().until(d -> !d.getCurrentUrl().contains("/login"));
	}

	private WebDriverWait waitFor() {
		return HeadlessChromium.waitFor(browser);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/**
	 * Writes the window into target/screenshots and, when the run asks for it
	 * ({@code -Dscreenshots.dir=docs}), as &lt;name&gt;.png there (for the README): a
	 * plain test run leaves the checkout as it was.
	 */
	private void screenshot(String name) throws Exception {
		byte[] png = HeadlessChromium.screenshot(browser, name);
		String dir = System.getProperty("screenshots.dir", "");
		if (!dir.isBlank()) {
			Files.write(Files.createDirectories(Path.of(dir)).resolve(name + ".png"), png);
		}
	}

}
