package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run cancelled while a worker fits it is said to be cancelled: by the worker, by results and in summary.csv. */
class CancelReportTest {

    @TempDir
    Path dir;

    @Test
    void aRunCancelledMidFitIsLoggedAndReportedAsCancelled() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            // Checkpoints often: a save refused for the cancelled run stops the fit (the worker's watch may be first).
            cluster.startWorker("c1", "--checkpoint-generations", "0", "--checkpoint-seconds", "0.2");
            Submitted fit = submit(cluster, 100_000);
            String id = fit.id();
            String run = fit.run();
            cluster.await("the fit checkpoints", () -> cluster.generation(id, run) > 0);
            cancel(cluster, fit);
            assertThat(eventsWith(cluster, " lost-lease ")).isEmpty();

            Path out = dir.resolve("results");
            Cli.Run results = Cli.run(ClusterTest.concat(new String[] {"results", id, "--out", out.toString()}, cluster.dbArgs()));
            assertThat(results.exitCode()).isEqualTo(1);
            assertThat(results.out()).contains("0 of 1 runs done, 0 failed, 1 cancelled, 0 not ended");
            assertThat(Files.readAllLines(out.resolve("summary.csv")).get(1)).contains(",cancelled,");
            assertThat(cluster.store().queue().run(id, run).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
        }
    }

    @Test
    void aCancelStopsAFitThatSavesNoCheckpoints() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            // No time-triggered checkpoints (as when saving would exceed the fit's 1 % share): no refused save tells
            // the fit, which would run for hours; the worker's watch for cancelled runs must.
            cluster.startWorker("c1", "--checkpoint-generations", "0", "--checkpoint-seconds", "0");
            Submitted fit = submit(cluster, 10_000_000);
            cluster.await("the worker starts the fit", () -> !eventsWith(cluster, " started ").isEmpty());
            cancel(cluster, fit);
            assertThat(eventsWith(cluster, " finished ")).isEmpty();
            assertThat(cluster.store().queue().run(fit.id(), fit.run()).orElseThrow().status())
                    .isEqualTo(RunStatus.CANCELLED);
        }
    }

    /** A submitted sweep's id and its one run's. */
    private record Submitted(String id, String run) {
    }

    /** Submits one X-ray fit of this many generations. */
    private Submitted submit(Cluster cluster, int generations) throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/xray-multilayer/model.yaml")
                + "\nseeds: [7]\nfit: {generations: " + generations + ", population: 20}\n");
        Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        String id = submitted.out().strip();
        return new Submitted(id, cluster.store().queue().runs(id).get(0).id());
    }

    /** Cancels the sweep and waits until the worker has stopped its run's fit and logged it as cancelled. */
    private static void cancel(Cluster cluster, Submitted fit) throws Exception {
        Cli.Run cancelled = Cli.run(ClusterTest.concat(new String[] {"cancel", fit.id(), "--quiet"}, cluster.dbArgs()));
        assertThat(cancelled.exitCode()).as(cancelled.err()).isZero();
        cluster.await("the worker stops the fit", () -> eventsWith(cluster, " cancelled ").size() == 1);
        assertThat(eventsWith(cluster, " cancelled ").get(0)).contains("run=" + fit.run())
                .contains("the run was cancelled");
    }

    private static List<String> eventsWith(Cluster cluster, String word) {
        try {
            return cluster.events().stream().filter(l -> l.contains(word)).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
