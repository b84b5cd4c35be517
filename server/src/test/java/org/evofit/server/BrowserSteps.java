package org.evofit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.evofit.server.app.Service;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on the service's pages, step by step, in a real browser: open the front page, create
 * a project, pick files and press Upload, start a fit. Each step waits for the page it leads to. It holds
 * the service it drives and the browser, and closes both.
 */
public final class BrowserSteps implements AutoCloseable {

    /** Where the browser tests put their screenshots (never into docs/: CI checks no tracked file changes). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final EvofitServer server;
    private final Browser browser;
    private final URI base;

    private BrowserSteps(EvofitServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
        this.base = server.url();
    }

    /**
     * Starts the whole service ({@code Service.start}) as {@code options} say and a browser whose downloads
     * go to {@code downloads}; skips the test as {@link Browser#start} does when there is no browser.
     */
    public static BrowserSteps start(ServerOptions options, Path downloads) {
        return around(Service.start(options), downloads);
    }

    /**
     * A browser whose downloads go to {@code downloads} on {@code server}, already started (a test's own choice of
     * features), which these steps now own and close; skips the test as {@link Browser#start} does.
     */
    public static BrowserSteps around(EvofitServer server, Path downloads) {
        try {
            return new BrowserSteps(server, Browser.start(downloads));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** A wait for something the page does by itself ({@link Browser#waitUpTo}). */
    public WebDriverWait waitUpTo(Duration patience) {
        return browser.waitUpTo(patience);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    /** The driver. */
    public WebDriver driver() {
        return browser.driver();
    }

    /** The service's address. */
    public URI url() {
        return base;
    }

    /** Opens {@code path} of the service. */
    public void open(String path) {
        driver().get(base.resolve(path).toString());
    }

    /**
     * Fills the sign-in form on the current page (the sign-in page) as {@code user} with {@code password} and sends
     * it; ends once the browser has left the sign-in page, or shows the refusal on it.
     */
    public void signIn(String user, String password) {
        driver().findElement(By.name("user")).clear();
        driver().findElement(By.name("user")).sendKeys(user);
        driver().findElement(By.name("password")).sendKeys(password);
        driver().findElement(By.cssSelector("#sign-in button")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.or(
                ExpectedConditions.not(ExpectedConditions.urlContains("sign-in")),
                ExpectedConditions.presenceOfElementLocated(By.id("sign-in-problem"))));
    }

    /** Creates project {@code name} from the front page's form; ends on the project's page. */
    public void createProject(String name) {
        open("/");
        driver().findElement(By.id("project-name")).sendKeys(name);
        driver().findElement(By.id("create")).click();
        // A signed-in creator's project is OWNER~NAME (names are per owner); one made without an account is NAME.
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(By.id("project"),
                java.util.regex.Pattern.compile("([a-z0-9._-]+~)?" + java.util.regex.Pattern.quote(name))));
    }

    /** On a project's page: picks {@code files} and presses Upload; ends on the page the upload answers. */
    public void upload(Path... files) {
        String picked = Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        driver().findElement(By.id("upload-files")).sendKeys(picked);
        // The form's answer is a new page: mark the old one and wait until the marker is gone. (Waiting for
        // the button to go stale raced with the navigation: Chromium can answer "node does not belong to the
        // document" instead of a stale element while the new page replaces the old one.)
        JavascriptExecutor js = (JavascriptExecutor) driver();
        js.executeScript("window.evofitPageBeforeUpload = true;");
        driver().findElement(By.id("upload-button")).click();
        browser.waitUpTo(Duration.ofSeconds(60)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.evofitPageBeforeUpload === undefined && document.readyState === 'complete';")));
    }

    /** The paths in the files table of project {@code name}'s page (opened anew), in the page's order. */
    public List<String> projectFiles(String name) {
        open("/projects/" + name);
        return driver().findElements(By.cssSelector("#files tr[data-path]")).stream()
                .map(row -> row.getAttribute("data-path")).toList();
    }

    /**
     * On project {@code name}'s page (opened anew): picks {@code model} and {@code data}, a sweep when there
     * are several data files, fills the optimizer {@code settings} (key, value, ...; a check box's value true
     * or false) and presses Start; ends
     * on the run's or sweep's page.
     */
    public void start(String name, String model, List<String> data, String... settings) {
        open("/projects/" + name);
        new Select(driver().findElement(By.id("start-model"))).selectByVisibleText(model);
        Select dataFiles = new Select(driver().findElement(By.id("start-data")));
        data.forEach(dataFiles::selectByVisibleText);
        if (data.size() > 1) {
            driver().findElement(By.id("start-sweep")).click();
        }
        for (int i = 0; i + 1 < settings.length; i += 2) {
            var field = driver().findElement(By.id("start-" + settings[i]));
            if ("checkbox".equals(field.getAttribute("type"))) {
                if (field.isSelected() != Boolean.parseBoolean(settings[i + 1])) {
                    field.click();
                }
            } else {
                field.sendKeys(settings[i + 1]);
            }
        }
        driver().findElement(By.id("start-button")).click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
    }

    /**
     * Waits until the run on the current page has ended and the page, reloaded, has drawn at least
     * {@code plots} plots; returns the run's final status.
     */
    public String awaitResults(int plots) {
        browser.waitUpTo(Duration.ofMinutes(10)).until(d -> d.findElements(By.cssSelector("figure.plot canvas")).size() >= plots);
        return driver().findElement(By.id("status")).getText();
    }

    /** Saves what the browser shows as {@link #SCREENSHOTS}/{@code name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
