package org.evofit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: a fit started from the project page's form with posterior sampling ticked, its
 * walkers and steps filled in, ends with the posterior table and the corner plot on its page.
 */
class SampleInBrowserTest {

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
    void aFitSampledFromTheFormShowsItsPosteriorTableAndCornerPlot() {
        steps.createProject("peaks");
        steps.upload(ServiceClient.repoFile("examples/peaks/model.yaml"), ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat"));
        steps.start("peaks", "models/model.yaml", List.of("data/peakfit_gauss.dat"), "generations", "30", "seed", "7",
                "mcmc", "true", "walkers", "32", "steps", "200", "burn", "50");
        assertThat(steps.driver().findElement(By.id("sampling")).getText())
                .isEqualTo("Posterior sampling after the fit: 32 walkers x 200 steps, burn-in 50, thin 1");

        assertThat(steps.awaitResults(1)).isEqualTo("succeeded");
        List<WebElement> rows = steps.driver().findElements(By.cssSelector("table.posterior tr"));
        List<WebElement> fitted = steps.driver().findElements(By.cssSelector("table.parameters.fitted tr"));
        assertThat(rows.size()).as("a header and a row per fitted parameter (and the error scale when the data "
                + "have no errors)").isGreaterThanOrEqualTo(fitted.size());
        assertThat(steps.driver().findElement(By.id("posterior-chain")).getText()).contains("32 walkers x 200 steps");
        WebElement corner = steps.driver().findElement(By.id("corner-plot"));
        // Made with the run's report when the browser first asks for it.
        steps.waitUpTo(Duration.ofMinutes(2)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", corner)).intValue() > 0);
        steps.screenshot("serve-posterior");
    }
}
