package org.evofit.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's Chromium, headless, driven by Debian's chromedriver
 * (packages {@code chromium} and {@code chromium-driver}; nothing is downloaded at run time).
 *
 * <p>Where they are missing the browser tests are skipped with a loud warning, unless the environment
 * sets {@value #REQUIRED} (CI does, after installing them): then a missing browser fails the test.
 */
public final class Browser implements AutoCloseable {

    /** The environment variable that makes a missing browser a failure instead of a skip. */
    public static final String REQUIRED = "EVOFIT_REQUIRE_BROWSER";

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("EVOFIT_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("EVOFIT_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts a headless Chromium whose downloads go to {@code downloads}; skips the calling test (or
     * fails it under {@value #REQUIRED}) when Chromium or chromedriver is not installed.
     */
    public static Browser start(Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian: apt-get install chromium chromium-driver)";
            if (System.getenv(REQUIRED) != null) {
                throw new IllegalStateException(missing + "; " + REQUIRED + " is set, so this is a failure");
            }
            System.err.println("WARNING: SKIPPING BROWSER TEST: " + missing);
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** The WebDriver. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait for something the page does by itself (a live update, a download): it polls the condition
     * and gives up only after {@code patience} without it becoming true — generous, because a loaded
     * machine is slow, and a test that waits on an event rather than a fixed sleep costs nothing more.
     */
    public WebDriverWait waitUpTo(Duration patience) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(100));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
