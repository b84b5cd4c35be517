package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evofit.server.BrowserSteps;
import org.evofit.server.EvofitServer;
import org.evofit.server.Html;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * In a real browser: the results and sweep fragments, put into pages as the run pages put them, draw
 * their plots, the y axis toggles between log and linear, and hovering a plot shows its values.
 */
class ResultsBrowserTest {

    @TempDir
    Path downloads;

    private BrowserSteps steps;

    /** The pages as the runs part serves them: the frame, the plotting scripts, the fragment. */
    private static final class Pages implements ServerFeature {
        private final RunDirectories directories = new ServiceRunDirectories(ResultFixtures.runs());

        @Override
        public void configure(JavalinConfig config) {
            config.routes.get("/runs/{id}", ctx -> ctx.html(Html.page("run", Html.SCRIPTS
                    + ResultsView.ofFit(directories, ctx.pathParam("id"), null))));
            config.routes.get("/sweeps/{id}", ctx -> ctx.html(Html.page("sweep", Html.SCRIPTS + SweepView.html(
                    directories.submission(ctx.pathParam("id")).orElseThrow(), ctx.pathParam("id")))));
            config.routes.get("/sweeps/{id}/runs/{runId}", ctx -> ctx.html(Html.page("run", Html.SCRIPTS
                    + SweepView.run(directories, ctx.pathParam("id"), ctx.pathParam("runId"), null))));
        }
    }

    @BeforeEach
    void start() {
        steps = BrowserSteps.around(EvofitServer.start(new ServerOptions("127.0.0.1", 0, ResultFixtures.data(), null, 1),
                List.of(new ResultRoutes(new ServiceRunDirectories(ResultFixtures.runs())), new Pages())), downloads);
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    /** The page of the first run of sweep {@code id}. */
    private static String firstRunPage(String id) throws java.io.IOException {
        try (java.util.stream.Stream<Path> runs = java.nio.file.Files.list(
                ResultFixtures.submission(id).resolve("runs"))) {
            return "/sweeps/" + id + "/runs/" + runs.map(p -> p.getFileName().toString()).sorted().findFirst()
                    .orElseThrow();
        }
    }

    private List<WebElement> plotsDrawn(int count) {
        steps.waitUpTo(Duration.ofSeconds(60))
                .until(d -> d.findElements(By.cssSelector("figure.plot canvas")).size() >= count);
        return steps.driver().findElements(By.cssSelector("figure.plot"));
    }

    @Test
    void aReflectivityRunDrawsDataResidualsAndSldAndTogglesItsYAxis() {
        steps.open("/runs/" + ResultFixtures.XRAY);

        List<WebElement> plots = plotsDrawn(3);
        assertThat(plots).extracting(p -> p.findElement(By.cssSelector("figcaption .title")).getText())
                .containsExactly("XRR Specular", "Residuals (XRR Specular)", "SLD profile");
        WebElement toggle = plots.get(0).findElement(By.cssSelector("button.log-toggle"));
        toggle.click();
        assertThat(toggle.getText()).isEqualTo("log y");
        toggle.click();
        assertThat(toggle.getText()).isEqualTo("linear y");
        assertThat(plotsDrawn(3).get(0).findElements(By.tagName("canvas"))).hasSize(1);
    }

    @Test
    void aJointRunDrawsOneSldProfilePerSampleNamedForItsSample() throws java.io.IOException {
        steps.open(firstRunPage(ResultFixtures.JOINT));

        // Two data sets (data and residuals each), then the profile of each of the two samples.
        assertThat(plotsDrawn(6)).extracting(p -> p.findElement(By.cssSelector("figcaption .title")).getText())
                .containsExactly("film in D2O", "Residuals (film in D2O)", "film in H2O", "Residuals (film in H2O)",
                        "SLD profile of sample d2o", "SLD profile of sample h2o");
        assertThat(plotsDrawn(6).get(5).findElements(By.tagName("canvas"))).hasSize(1);
    }

    @Test
    void aPolarisedRunDrawsTheMagneticSldBesideTheNuclearOne() throws java.io.IOException {
        steps.open(firstRunPage(ResultFixtures.POLARISED));

        // Four channels (data and residuals each), then the one sample's profile.
        WebElement sld = plotsDrawn(9).get(8);
        assertThat(sld.findElement(By.cssSelector("figcaption .title")).getText()).startsWith("SLD profile");
        assertThat(sld.findElements(By.cssSelector(".u-legend .u-series .u-label"))).extracting(WebElement::getText)
                .containsExactly("z (Å)", "SLD", "imaginary SLD", "magnetic SLD");
    }

    @Test
    void hoveringThePlotShowsTheValuesUnderTheCursor() {
        steps.open("/runs/" + ResultFixtures.PEAKS);
        WebElement plot = plotsDrawn(2).get(0);
        List<WebElement> values = plot.findElements(By.cssSelector(".u-legend .u-value"));
        assertThat(values).allSatisfy(v -> assertThat(v.getText()).isEqualTo("--"));

        new Actions(steps.driver()).moveToElement(plot.findElement(By.cssSelector(".u-over"))).perform();

        steps.waitUpTo(Duration.ofSeconds(30)).until(d -> !values.get(0).getText().equals("--"));
        assertThat(Double.parseDouble(values.get(0).getText().replace(",", ""))).isBetween(44.0, 56.0);
    }

    @Test
    void aSweepDrawsOneTrendPerFittedParameterAndTheFigureOfMerit() {
        steps.open("/sweeps/" + ResultFixtures.SEQUENCE);

        assertThat(plotsDrawn(3)).extracting(p -> p.findElement(By.cssSelector("figcaption .title")).getText())
                .containsExactly("film.d (Å)", "film.sigma (Å)", "FOM (chi2)");
    }
}
