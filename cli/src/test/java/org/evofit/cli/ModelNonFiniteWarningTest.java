package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evofit.report.PdfText;
import org.evofit.wrapper.results.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code nonFinite: ignore} a fitted model that is negative at some points of a log fit scores
 * them as 0, GenX's rule; the fit says so, on stderr, in result.json and in the report, naming the data
 * set and counting the points.
 */
class ModelNonFiniteWarningTest {

    @TempDir
    Path dir;

    @Test
    void aLogFitOfAModelNegativeAtSomePointsWarnsWithTheirCount() throws IOException {
        // y = 1 at x = 0, 0.5, ..., 10; the model x - 5 + c with c in [0.1, 0.4] is negative at x <= 4.5.
        StringBuilder data = new StringBuilder();
        int negative = 0;
        for (int i = 0; i <= 20; i++) {
            double x = i * 0.5;
            negative += x - 5 + 0.4 < 0 ? 1 : 0;
            data.append(String.format(Locale.ROOT, "%.1f 1%n", x));
        }
        Path file = Files.writeString(dir.resolve("curve.dat"), data);
        Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: e, kind: expression, expression: "x - 5", parameters: []}
                  - {name: c, kind: constant, value: {value: 0.2, min: 0.1, max: 0.4}}
                data: [{file: curve.dat}]
                fom: log
                optimizer: {population: 8, generations: 5}
                """);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("fit", dir.resolve("model.yaml").toString(), "--out", out.toString(), "--quiet",
                "--report");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String warning = "the model gave non-finite figure-of-merit terms at " + negative
                + " of 21 usable points of data set 'data0' (nonFinite: ignore counted them as 0)";
        assertThat(negative).isEqualTo(10);
        assertThat(run.err().lines().filter(l -> l.startsWith("evofit: warning: ")))
                .as(run.err()).containsExactly("evofit: warning: " + file.toAbsolutePath() + ": " + warning);
        ResultJson result = ResultJson.read(out.resolve("result.json"));
        assertThat(result.warnings()).containsExactly(file.toAbsolutePath() + ": " + warning);
        assertThat(result.excludedPoints()).isEmpty();
        // The report's table breaks lines after a hyphen too.
        String text = PdfText.of(out.resolve("report.pdf")).text().replaceAll("\\s+", " ").replace("- ", "-");
        assertThat(text).contains(warning);
    }
}
