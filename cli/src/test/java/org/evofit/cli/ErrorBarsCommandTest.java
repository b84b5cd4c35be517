package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's error bars after a fit, as a user of {@code evofit fit} sees them: a parameter stuck at a
 * bound is flagged in the table and result.json while the others keep their errors, and result.json
 * states the space and scale the standard errors were computed in.
 */
class ErrorBarsCommandTest {

    /** A Gaussian of width 1 whose model may be at most 0.8 wide: sigma ends at its upper bound. */
    private static final String MODEL = """
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
            fom: FOM
            optimizer: {population: 20, generations: 60, seed: 3}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        GaussianPeakData.write(dir.resolve("data.dat"));
    }

    private Cli.Run fit(String fom) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, MODEL.replace("FOM", fom));
        return Cli.run("fit", file.toString(), "--out", dir.resolve(fom).toString(), "--quiet");
    }

    @Test
    void aParameterAtItsBoundIsFlaggedAndTheOthersKeepTheirErrors() throws IOException {
        Cli.Run run = fit("chi2bars");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String sigmaLine = run.out().lines().filter(l -> l.startsWith("g.sigma ")).findFirst().orElseThrow();
        assertThat(sigmaLine).endsWith("at upper bound").contains("NaN");
        assertThat(run.out().lines().filter(l -> l.startsWith("g.height "))).singleElement()
                .asString().doesNotContain("bound", "NaN");

        JsonNode result = new ObjectMapper().readTree(dir.resolve("chi2bars/result.json").toFile());
        JsonNode sigma = parameter(result, "g.sigma");
        assertThat(sigma.get("atBound").asText()).isEqualTo("upper");
        assertThat(sigma.get("value").asDouble()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(sigma.get("error").isNull()).isTrue();
        for (String name : new String[] {"g.height", "g.center"}) {
            assertThat(parameter(result, name).has("atBound")).as(name).isFalse();
            assertThat(parameter(result, name).get("error").asDouble()).as(name).isPositive();
        }
        JsonNode errors = result.get("errors");
        assertThat(errors.get("residuals").asText()).isEqualTo("(Y - S)/E");
        assertThat(errors.get("scale").asText()).isEqualTo("sum(r^2)/(N - p)");
        assertThat(errors.get("points").asInt()).isEqualTo(121);
        assertThat(errors.get("degreesOfFreedom").asInt()).isEqualTo(118);
        // For chi2bars the scale s² is the reduced chi-square itself.
        assertThat(errors.get("s2").asDouble()).isCloseTo(result.get("fom").asDouble(),
                org.assertj.core.api.Assertions.within(1e-9 * result.get("fom").asDouble()));
        assertThat(errors.get("threshold").asDouble()).isEqualTo(1.05 * result.get("fom").asDouble());
    }

    @Test
    void aLogFigureOfMeritStatesLogResiduals() throws IOException {
        Cli.Run run = fit("log");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode errors = new ObjectMapper().readTree(dir.resolve("log/result.json").toFile()).get("errors");
        assertThat(errors.get("residuals").asText()).isEqualTo("log10(Y) - log10(S)");
    }

    private static JsonNode parameter(JsonNode result, String name) {
        for (JsonNode p : result.get("parameters")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
