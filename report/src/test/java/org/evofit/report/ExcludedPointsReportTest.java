package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.wrapper.run.FitPipeline;
import org.evofit.wrapper.run.FitRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of a fit that left points out says so in its statistics, as result.json records it, and its
 * fit chart says which points it could not draw.
 */
class ExcludedPointsReportTest {

    private static final Path EXAMPLE = Path.of("..", "wrapper", "src", "test", "resources", "ort", "example.ort")
            .toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void theOrsoExamplesNaNRowsAreListedInTheFitStatistics() throws Exception {
        Files.copy(EXAMPLE, tmp.resolve("example.ort"));
        Path model = Files.writeString(tmp.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: decay, kind: exponential, amplitude: {value: 1, min: 0.01, max: 10},
                     rate: {value: -50, min: -200, max: 0}}
                data: [{file: example.ort}]
                fom: log
                optimizer: {population: 8, generations: 5}
                """);
        Path run = tmp.resolve("run");
        FitRun fit = FitPipeline.lone().execute(model, null, m -> m, run);

        Reports.write(run);

        String text = PdfText.of(run.resolve(Reports.REPORT_PDF)).text().replaceAll("\\s+", " ");
        assertThat(fit.excludedPoints()).isPositive();
        assertThat(text).contains("points left out", fit.excludedPoints() + " of " + fit.dataWarnings().get(0)
                .counts().points() + " points have a non-finite R and are left out of the fit");
        // The chart cannot draw them either, and says so under it.
        assertThat(text).contains("The chart leaves out " + fit.excludedPoints() + " data points: "
                + fit.excludedPoints() + " with a NaN or infinite value.");
    }
}
