package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evofit.wrapper.run.FitPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's parameter table flags a parameter that ended at a bound, as result.json records it, in
 * place of a standard error the bound makes meaningless, and says how its errors were computed.
 */
class BoundFlagReportTest {

    @TempDir
    Path tmp;

    @Test
    void aParameterAtItsBoundIsFlaggedInTheParameterTable() throws Exception {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 81; i++) {
            double x = i * 0.075;
            double y = 10 * Math.exp(-(x - 3) * (x - 3) / 2) + 1;
            data.append(String.format(Locale.ROOT, "%.3f %.6f %.6f%n", x, y, Math.sqrt(y)));
        }
        Files.writeString(tmp.resolve("data.dat"), data);
        Path model = Files.writeString(tmp.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 1, max: 20}
                    center: {value: 2, min: 0, max: 6}
                    sigma: {value: 0.5, min: 0.1, max: 0.8}
                data:
                  - file: data.dat
                    columns: {x: 0, y: 1, error: 2}
                fom: chi2bars
                optimizer: {population: 20, generations: 40, seed: 5}
                """);
        Path run = tmp.resolve("run");
        FitPipeline.lone().execute(model, null, m -> m, run);

        Reports.write(run);

        String text = PdfText.of(run.resolve(Reports.REPORT_PDF)).text().replaceAll("\\s+", " ");
        assertThat(text).contains("g.sigma 0.8 at upper bound").contains("(Y - S)/E")
                .contains("a parameter at a bound is held by it and left out");
        assertThat(text).doesNotContain("at lower bound");
    }
}
