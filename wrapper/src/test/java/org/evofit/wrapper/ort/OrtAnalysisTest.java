package org.evofit.wrapper.ort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.evofit.core.de.DeResult;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.ParameterEstimate;
import org.junit.jupiter.api.Test;

class OrtAnalysisTest {

    @Test
    void takesTheFitsResultAndWhenItFinishedInLocalTime() {
        ParameterEstimate d = new ParameterEstimate("film.d", 100.5, true, 50, 150, 0.3, -0.4, 0.5);
        FitResult result = new FitResult(List.of(d), new double[] {100.5}, 0.125, "log", Double.NaN,
                30, 1500, 2.5, new double[] {1, 0.125}, DeResult.StopReason.MAX_GENERATIONS, false, null, List.of());
        Instant finished = Instant.parse("2025-12-04T08:30:05.900Z");

        OrtAnalysis analysis = OrtAnalysis.of(result, "0.1.0", finished, "fits/model.yaml");

        assertThat(analysis.timestamp())
                .isEqualTo(OffsetDateTime.ofInstant(finished, ZoneId.systemDefault()));
        assertThat(analysis.version()).isEqualTo("0.1.0");
        assertThat(analysis.fomName()).isEqualTo("log");
        assertThat(analysis.fom()).isEqualTo(0.125);
        assertThat(analysis.parameters()).containsExactly(d);
        var tree = analysis.toTree();
        // Local time with its offset and no fraction of a second, as the format writes times.
        assertThat(tree.get("timestamp").asText()).matches(
                "2025-12-04T\\d\\d:\\d\\d:05[+-]\\d\\d:\\d\\d");
        assertThat(tree.get("model").asText()).isEqualTo("fits/model.yaml");
        assertThat(tree.has("chi2")).isFalse();
    }
}
