package org.evofit.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.evofit.server.BrowserSteps;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser: a big file picked on the project page goes up in slices and survives a failed one. */
class ResumableUploadBrowserTest {

    @TempDir
    Path data;
    @TempDir
    Path downloads;

    private BrowserSteps steps;

    @BeforeEach
    void start() throws Exception {
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", 0, data, null, 1), downloads);
        assertThat(new ServiceClient(steps.url()).postJson("/api/projects", "{\"name\":\"demo\"}").statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Test
    void aPickedFileGoesUpInSlicesResumesAfterAFailedOneAndIsListed() throws Exception {
        Path file = ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat");
        steps.open("/projects/demo");
        // Small slices, so the file takes several PATCHes; the second one fails as a dropped network would.
        ((JavascriptExecutor) steps.driver()).executeScript("""
                window.evofitUploads.sliceBytes = 512;
                const realFetch = window.fetch;
                let patches = 0;
                window.fetch = function (url, init) {
                    if (init && init.method === 'PATCH' && ++patches === 2) {
                        sessionStorage.setItem('failed-patch', String(patches));
                        return Promise.reject(new TypeError('network connection lost'));
                    }
                    return realFetch.apply(this, arguments);
                };
                """);

        steps.driver().findElement(By.id("resumable-files")).sendKeys(file.toAbsolutePath().toString());

        // When every picked file is in, the page reloads and lists it.
        steps.waitUpTo(Duration.ofMinutes(2)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-path='data/peakfit_gauss.dat']")));
        assertThat(((JavascriptExecutor) steps.driver()).executeScript("return sessionStorage.getItem('failed-patch')"))
                .isEqualTo("2");
        assertThat(Files.readAllBytes(data.resolve("projects/demo/data/peakfit_gauss.dat"))).isEqualTo(Files.readAllBytes(file));
    }
}
