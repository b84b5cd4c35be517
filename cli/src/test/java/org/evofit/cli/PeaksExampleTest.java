package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples/peaks model: GenX's Peakfit_Gauss example, four Gaussians and a background. */
class PeaksExampleTest {

    /** GenX's own fit of this example ended at chi2bars = 1.835 (its stored FOM log). */
    private static final double GENX_CHI2BARS = 1.835;
    private static final String MODEL = Cli.repo("examples/peaks/model.yaml");

    @TempDir
    Path tmp;

    @Test
    void fittingFromTheExampleStartValuesReachesGenxsChi2barsOrLower() throws IOException {
        Path out = tmp.resolve("peaks");

        Cli.Run run = Cli.run("fit", MODEL, "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertThat(result.get("fomName").asText()).isEqualTo("chi2bars");
        assertThat(result.get("fom").asDouble()).isLessThanOrEqualTo(GENX_CHI2BARS);
        for (String field : List.of("fom", "fomName", "strategy", "seed", "threads", "generations",
                "evaluations", "seconds", "parameters")) {
            assertThat(result.has(field)).as(field).isTrue();
        }
        JsonNode first = result.get("parameters").get(0);
        for (String field : List.of("name", "value", "fit", "min", "max", "error", "errorLow", "errorHigh")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(result.get("parameters")).hasSize(13);
        assertThat(Files.readAllLines(out.resolve("fit.csv")).get(0)).isEqualTo("dataset,x,y,error,model,residual");
        assertThat(Files.readAllLines(out.resolve("fit.csv"))).hasSize(122);
        assertThat(Files.readAllLines(out.resolve("parameters.csv")).get(0))
                .isEqualTo("name,value,fit,min,max,error,errorLow,errorHigh,unit");
        assertThat(run.out()).contains("chi2bars = ").contains("g1.center");
    }

    @Test
    void oneAndTwoThreadsGiveBitIdenticalParametersAndAnotherSeedAnotherPath() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Path other = tmp.resolve("other");

        assertThat(Cli.run("fit", MODEL, "--seed", "7", "--threads", "1", "--generations", "200",
                "--out", one.toString(), "--quiet").exitCode()).isZero();
        assertThat(Cli.run("fit", MODEL, "--seed", "7", "--threads", "2", "--generations", "200",
                "--out", two.toString(), "--quiet").exitCode()).isZero();
        assertThat(Cli.run("fit", MODEL, "--seed", "8", "--threads", "2", "--generations", "200",
                "--out", other.toString(), "--quiet").exitCode()).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(one.resolve("result.json").toFile());
        JsonNode b = json.readTree(two.resolve("result.json").toFile());
        JsonNode c = json.readTree(other.resolve("result.json").toFile());
        assertThat(a.get("threads").asInt()).isEqualTo(1);
        assertThat(b.get("threads").asInt()).isEqualTo(2);
        for (int i = 0; i < a.get("parameters").size(); i++) {
            // Doubles are written in shortest round-trip form, so equal text means equal bits.
            assertThat(b.get("parameters").get(i).get("value").asText())
                    .isEqualTo(a.get("parameters").get(i).get("value").asText());
        }
        assertThat(Files.readString(two.resolve("history.csv"))).isEqualTo(Files.readString(one.resolve("history.csv")));
        assertThat(Files.readString(other.resolve("history.csv"))).isNotEqualTo(Files.readString(one.resolve("history.csv")));
    }

    @Test
    void simulateWritesTheModelAtItsStartValues() throws IOException {
        Path csv = tmp.resolve("sim.csv");

        Cli.Run run = Cli.run("simulate", MODEL, "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("dataset,x,model");
        assertThat(lines).hasSize(122);
        // The start model written out by hand: four Gaussians (GenX's start values) and the background.
        double[][] peaks = {{2000, 49.8, 0.2}, {800, 47.6, 0.2}, {15, 45.5, 0.2}, {400, 51.0, 0.2}};
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double x = Double.parseDouble(f[1]);
            double expected = 100;
            for (double[] p : peaks) {
                expected += p[0] * Math.exp(-(x - p[1]) * (x - p[1]) / (2 * p[2] * p[2]));
            }
            assertThat(f[0]).isEqualTo("peaks");
            assertThat(Double.parseDouble(f[2])).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
