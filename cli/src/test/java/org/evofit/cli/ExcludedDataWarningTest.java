package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 7's class: nothing left out without a word. The ORSO example's {@code nan} rows are
 * left out of a fit with one warning per data file ({@code fit} and {@code loop}), and a simulation that
 * is not finite somewhere says where, keeping the values in its output.
 */
class ExcludedDataWarningTest {

    @TempDir
    Path dir;

    private String expectedWarning;

    /** The warning, with counts taken from the file's text rather than from evofit's reader. */
    @BeforeEach
    void files() throws IOException {
        Path ort = dir.resolve("example.ort");
        Files.copy(Path.of(Cli.repo("wrapper/src/test/resources/ort/example.ort")), ort);
        Files.copy(Path.of(Cli.repo("wrapper/src/test/resources/ort/example-decay.yaml")), dir.resolve("model.yaml"));
        List<String[]> rows = Files.readAllLines(ort).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.strip().split("\\s+")).toList();
        long nan = rows.stream().filter(f -> f[1].equals("nan")).count();
        assertThat(nan).isPositive();
        expectedWarning = "evofit: warning: " + ort.toAbsolutePath() + ": " + nan + " of " + rows.size()
                + " points have a non-finite R and are left out of the fit";
    }

    private static long count(String text, String line) {
        return text.lines().filter(line::equals).count();
    }

    @Test
    void fitWarnsOnceEvenWhenQuietAndResultJsonRecordsIt() throws IOException {
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("fit", dir.resolve("model.yaml").toString(), "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(count(run.err(), expectedWarning)).as(run.err()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("result.json"))).contains("\"excludedPoints\"",
                expectedWarning.substring("evofit: warning: ".length()));
    }

    @Test
    void loopWarnsOnceForADataFileItsRunsShare() throws IOException {
        Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\nseeds: 2\n");
        Path out = dir.resolve("loop");

        Cli.Run run = Cli.run("loop", dir.resolve("sweep.yaml").toString(), "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(count(run.err(), expectedWarning)).as(run.err()).isEqualTo(1);
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            List<Path> dirs = runs.toList();
            assertThat(dirs).hasSize(2);
            for (Path d : dirs) {
                assertThat(Files.readString(d.resolve("result.json"))).contains("\"excludedPoints\"");
            }
        }
    }

    /** NonFiniteTest's {@code sqrt(x - 5)}: NaN below x = 5, the values kept in the output. */
    @Test
    void simulateWarnsOfNonFiniteModelPointsAndWritesThemAsNaN() throws IOException {
        StringBuilder data = new StringBuilder();
        int below = 0;
        for (int i = 0; i <= 20; i++) {
            double x = i * 0.5;
            below += x < 5 ? 1 : 0;
            data.append(String.format(Locale.ROOT, "%.1f 1%n", x));
        }
        Files.writeString(dir.resolve("curve.dat"), data);
        Files.writeString(dir.resolve("root.yaml"), """
                kind: curve
                components:
                  - {name: e, kind: expression, expression: "sqrt(x - 5)", parameters: []}
                  - {name: c, kind: constant, value: {value: 1, min: 0, max: 2}}
                data: [{file: curve.dat}]
                """);
        Path csv = dir.resolve("sim.csv");

        Cli.Run run = Cli.run("simulate", dir.resolve("root.yaml").toString(), "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("evofit: warning: data set data0: the model is not finite at " + below
                + " of 21 points (the first at x = 0.0: NaN)");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(22);
        assertThat(lines.stream().filter(l -> l.endsWith(",NaN")).count()).isEqualTo(below);
        assertThat(lines.get(1)).isEqualTo("data0,0.0,NaN");
    }

    /**
     * The ORSO example writes nan for sQz where it measured nothing: ORSO's "unknown", so those points take
     * no resolution smearing (issue 15; it was refused, and before that failed with exit 1 naming no file),
     * and the fit says so once, with the count taken from the file's text.
     */
    @Test
    void pointwiseResolutionTakesTheOrsoExamplesNanResolutionsAsNoneWithAWarning() throws IOException {
        Path ort = dir.resolve("example.ort");
        List<String[]> rows = Files.readAllLines(ort).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.strip().split("\\s+")).toList();
        long nanResolution = rows.stream().filter(f -> f[3].equals("nan")).count();
        Files.writeString(dir.resolve("pointwise.yaml"), """
                kind: reflectivity
                instrument:
                  probe: neutron
                  coords: q
                  resolution: {type: pointwise}
                layers:
                  Amb: {sld: 0}
                  Sub: {sld: 2.07, sigma: {value: 3, min: 1, max: 6}}
                sample: {ambient: Amb, stacks: [], substrate: Sub}
                data: [{file: example.ort}]
                fom: log
                optimizer: {population: 8, generations: 3}
                """);

        Cli.Run run = Cli.run("fit", dir.resolve("pointwise.yaml").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(nanResolution).isPositive();
        assertThat(count(run.err(), "evofit: warning: " + ort.toAbsolutePath() + ": " + nanResolution + " of " + rows.size()
                + " points have no resolution (nan, unknown); they are computed without resolution smearing"))
                .as(run.err()).isEqualTo(1);
        assertThat(count(run.err(), expectedWarning)).as(run.err()).isEqualTo(1);
        assertThat(dir.resolve("out").resolve("result.json")).exists();
    }
}
