package th.go.cdd.clickreport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver for the browser tests (never a driver
 * or browser that Selenium Manager would download). Headless, with the background traffic
 * that this machine's closed network refuses switched off; `./mvnw verify` installs both
 * packages before the tests.
 */
public final class HeadlessChromium {

	public static final Path BINARY = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * Options of a window of {@code width}×{@code height} with its own profile folder.
	 */
	public static ChromeOptions options(Path profile, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		return options;
	}

	/** Starts the browser; fails (never skips) when the packages are missing. */
	public static WebDriver start(ChromeOptions options) {
		assertThat(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER))
			.as("the browser tests need Debian's chromium and chromium-driver packages (/usr/bin/chromium and "
					+ "/usr/bin/chromedriver): ./mvnw verify installs them, or apt-get install -y chromium chromium-driver")
			.isTrue();
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * A wait that looks again when the page it looked at was replaced meanwhile (a
	 * redirect, a reload).
	 */
	public static WebDriverWait waitFor(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Writes the window as target/screenshots/&lt;name&gt;.png and returns the picture.
	 */
	public static byte[] screenshot(WebDriver driver, String name) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png"), png);
		return png;
	}

}
