package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.run.FitPipeline;
import org.evofit.wrapper.run.FitRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of a fit that left points out says so in its statistics, as result.json records it, and its
 * fit chart says which points it could not draw.
 */
class ExcludedPointsReportTest {

    private static final Path ORT = Path.of("..", "wrapper", "src", "test", "resources", "ort").toAbsolutePath()
            .normalize();

    @TempDir
    Path tmp;

    @Test
    void theOrsoExamplesNaNRowsAreListedInTheFitStatistics() throws Exception {
        Files.copy(ORT.resolve("example.ort"), tmp.resolve("example.ort"));
        Path model = Files.copy(ORT.resolve("example-decay.yaml"), tmp.resolve("model.yaml"));
        Path run = tmp.resolve("run");
        FitRun fit = FitPipeline.lone().execute(model, null, m -> m, run);

        Reports.write(run);

        String text = PdfText.of(run.resolve(Reports.REPORT_PDF)).text().replaceAll("\\s+", " ");
        // The counts from the file's text: rows, and rows whose R is nan.
        List<String[]> rows = Files.readAllLines(ORT.resolve("example.ort")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.strip().split("\\s+")).toList();
        long nan = rows.stream().filter(f -> f[1].equals("nan")).count();
        assertThat(fit.excludedPoints()).isEqualTo((int) nan).isPositive();
        assertThat(text).contains("points left out", nan + " of " + rows.size()
                + " points have a non-finite R and are left out of the fit");
        // The chart cannot draw them either, and says so under it.
        assertThat(text).contains("The chart leaves out " + nan + " data points: " + nan + " with a NaN or infinite value.");
    }
}
