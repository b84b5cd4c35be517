package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run fitted on a cluster worker warns as the same run fitted by a local loop does: {@code evofit
 * results} prints the data points left out and the parameters that ended at a bound, the lines
 * {@code evofit loop} prints for the same sweep.
 */
class ClusterWarningsTest {

    @TempDir
    Path dir;

    @Test
    void resultsPrintsTheWarningsALocalLoopPrintsForTheSameRun() throws Exception {
        Path ort = dir.resolve("example.ort");
        Files.copy(Path.of(Cli.repo("wrapper/src/test/resources/ort/example.ort")), ort);
        // The decay's amplitude may not reach its optimum near 1: it ends at its upper bound, 0.02.
        String model = Files.readString(Path.of(Cli.repo("wrapper/src/test/resources/ort/example-decay.yaml")))
                .replace("amplitude: {value: 1, min: 0.01, max: 10}", "amplitude: {value: 0.015, min: 0.01, max: 0.02}")
                .replace("generations: 30}", "generations: 300}");
        assertThat(model).contains("max: 0.02}", "generations: 300}");
        Files.writeString(dir.resolve("model.yaml"), model);
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\nseeds: [3]\n");
        // The counts from the file's text, not from evofit's reader.
        List<String[]> rows = Files.readAllLines(ort).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.strip().split("\\s+")).toList();
        long nan = rows.stream().filter(f -> f[1].equals("nan")).count();
        String leftOut = "evofit: warning: " + ort.toAbsolutePath() + ": " + nan + " of " + rows.size()
                + " points have a non-finite R and are left out of the fit";

        Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", dir.resolve("local").toString(), "--quiet");
        assertThat(loop.exitCode()).as(loop.err()).isZero();
        String run;
        Cli.Run results;
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("v1");
            Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString()}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            assertThat(cluster.awaitEnded(id).count(RunStatus.DONE)).isEqualTo(1);
            run = cluster.store().queue().runs(id).get(0).id();
            results = Cli.run(ClusterTest.concat(new String[] {"results", id, "--out", dir.resolve("cluster").toString()},
                    cluster.dbArgs()));
        }
        assertThat(results.exitCode()).as(results.err()).isZero();
        String atBound = "evofit: warning: run " + run + ": decay.amplitude ended at its upper bound (0.02): it has no "
                + "standard error; widen the bound if the optimum lies beyond it";
        assertThat(warnings(loop.err())).as(loop.err()).containsExactly(leftOut, atBound);
        assertThat(warnings(results.err())).as(results.err()).containsExactly(leftOut, atBound);
    }

    private static List<String> warnings(String err) {
        return err.lines().filter(l -> l.startsWith("evofit: warning: ")).toList();
    }
}
