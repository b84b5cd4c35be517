package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void benchFitJsonReportsEvaluationsPerSecondOnOneAndAllThreads() throws IOException {
        Cli.Run run = Cli.run("bench", "--fit", "--json", "--seconds", "0.2", Cli.repo("examples/peaks/model.yaml"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode fits = root.get("fit");
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(fits).hasSize(cores > 1 ? 2 : 1);
        assertThat(fits.get(0).get("model").asText()).endsWith("model.yaml");
        assertThat(fits.get(0).get("threads").asInt()).isEqualTo(1);
        assertThat(fits.get(0).get("evalsPerSecond").asDouble()).isPositive();
        if (cores > 1) {
            assertThat(fits.get(1).get("threads").asInt()).isEqualTo(cores);
        }
    }
}
