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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person does on the service's pages, step by step, in a real browser: open the front page, create
 * a project, pick files and press Upload. Each step waits for the page it leads to.
 */
public final class BrowserSteps {

    /** Where the browser tests put their screenshots (never into docs/: CI checks no tracked file changes). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Browser browser;
    private final URI base;

    public BrowserSteps(Browser browser, URI base) {
        this.browser = browser;
        this.base = base;
    }

    /** The driver. */
    public WebDriver driver() {
        return browser.driver();
    }

    /** Opens {@code path} of the service. */
    public void open(String path) {
        driver().get(base.resolve(path).toString());
    }

    /** Creates project {@code name} from the front page's form; ends on the project's page. */
    public void createProject(String name) {
        open("/");
        driver().findElement(By.id("project-name")).sendKeys(name);
        driver().findElement(By.id("create")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("project"), name));
    }

    /** On a project's page: picks {@code files} and presses Upload; ends on the page the upload answers. */
    public void upload(Path... files) {
        String picked = Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        driver().findElement(By.id("upload-files")).sendKeys(picked);
        WebElement button = driver().findElement(By.id("upload-button"));
        button.click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(button));
    }

    /** The paths in the files table of project {@code name}'s page (opened anew), in the page's order. */
    public List<String> projectFiles(String name) {
        open("/projects/" + name);
        return driver().findElements(By.cssSelector("#files tr[data-path]")).stream()
                .map(row -> row.getAttribute("data-path")).toList();
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
