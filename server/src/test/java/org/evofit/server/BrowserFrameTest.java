package org.evofit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** In a real browser: the frame every page shares renders, styled, and the plotting library loads. */
class BrowserFrameTest {

    @TempDir
    Path data;
    @TempDir
    Path downloads;

    private BrowserSteps steps;

    @BeforeEach
    void start() {
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", 0, data, null, 1), downloads);
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Test
    void anUnknownPageIsAStyledPageSayingSo() {
        steps.open("/no-such-page");

        assertThat(steps.driver().findElement(By.tagName("h1")).getText()).isEqualTo("404");
        assertThat(steps.driver().findElement(By.cssSelector("p.error")).getText()).isEqualTo("nothing at /no-such-page");
        WebElement header = steps.driver().findElement(By.tagName("header"));
        // The stylesheet was served and applied: the header's colour is the stylesheet's, not the default.
        assertThat(header.getCssValue("background-color")).isEqualTo("rgba(29, 53, 87, 1)");
    }

    @Test
    void theWebJarsLoadInThePage() {
        steps.open("/no-such-page");
        JavascriptExecutor js = (JavascriptExecutor) steps.driver();
        Object loaded = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const s = document.createElement('script');
                s.src = '/webjars/uplot/1.6.30/dist/uPlot.iife.min.js';
                s.onload = () => done(typeof uPlot);
                s.onerror = () => done('failed');
                document.head.appendChild(s);
                """);
        assertThat(loaded).isEqualTo("function");
    }
}
