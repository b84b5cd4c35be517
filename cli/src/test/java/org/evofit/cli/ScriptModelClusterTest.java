package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model script runs everywhere a model file does on a cluster: {@code evofit submit model.java},
 * a submitted sweep naming it, and a schedule re-planning such a sweep, each fitted by a worker
 * process from the files the run store carries.
 */
class ScriptModelClusterTest {

    @TempDir
    Path dir;
    private Path model;

    @BeforeEach
    void copyTheExample() throws IOException {
        Path example = Cli.root().resolve("examples/script-coupled");
        model = Files.copy(example.resolve("model.java"), dir.resolve("model.java"));
        Files.copy(example.resolve("graded.dat"), dir.resolve("graded.dat"));
    }

    private Path sweep() throws IOException {
        return Files.writeString(dir.resolve("sweep.yaml"), "models: [model.java]\nseeds: [1, 2]\nfit: {generations: 10}\n");
    }

    @Test
    void aSubmittedScriptAndASweepNamingItAreFittedByAWorkerAsTheLocalLoopFitsThem() throws Exception {
        Path sweep = sweep();
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("s1");
            String single = submit(cluster, model);
            String swept = submit(cluster, sweep);

            assertThat(cluster.awaitEnded(single).count(RunStatus.DONE)).as(errors(cluster, single)).isEqualTo(1);
            assertThat(cluster.awaitEnded(swept).count(RunStatus.DONE)).as(errors(cluster, swept)).isEqualTo(2);
            Path local = dir.resolve("local");
            Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", local.toString(), "--quiet");
            assertThat(loop.exitCode()).as(loop.out() + loop.err()).isZero();
            for (RunRow r : cluster.store().queue().runs(swept)) {
                Map<String, byte[]> files = cluster.store().files().runFiles(swept, r.id());
                for (String name : List.of("parameters.csv", "fit.csv")) {
                    assertThat(files.get(name)).as(name)
                            .isEqualTo(Files.readAllBytes(local.resolve("runs").resolve(r.id()).resolve(name)));
                }
            }
        }
    }

    @Test
    void aScheduleOfASweepNamingTheScriptQueuesAndFitsItsRuns() throws Exception {
        Path sweep = sweep();
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("cron");
            String id = cluster.schedule(sweep, "0/2 * * * * ?");

            cluster.await("the schedule's two runs are done or failed", () -> {
                var counts = cluster.store().queue().counts(id);
                return counts.count(RunStatus.DONE) + counts.count(RunStatus.FAILED) == 2;
            });
            assertThat(cluster.store().queue().counts(id).count(RunStatus.DONE)).as(errors(cluster, id)).isEqualTo(2);
            assertThat(Cli.run(ClusterTest.concat(new String[] {"schedule", "--remove", id}, cluster.dbArgs())).exitCode())
                    .isZero();
        }
    }

    private static String submit(Cluster cluster, Path file) {
        Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", file.toString(), "--quiet"}, cluster.dbArgs()));
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        return submitted.out().strip();
    }

    /** The failed runs' error texts, for a failing assertion's description. */
    private static String errors(Cluster cluster, String sweep) {
        StringBuilder sb = new StringBuilder();
        for (RunRow r : cluster.store().queue().runs(sweep)) {
            byte[] error = cluster.store().files().runFiles(sweep, r.id()).get("error.txt");
            if (error != null) {
                sb.append(r.id()).append(": ").append(new String(error, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
