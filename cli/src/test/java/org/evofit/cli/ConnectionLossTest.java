package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database drops every connection of the cluster (an administrator's pg_terminate_backend, a
 * failover) while a run is fitted: the worker reconnects and goes on, no other worker takes the run
 * over, the workers listen for new work again, and the result is the uninterrupted local one, bit
 * for bit.
 */
class ConnectionLossTest {

    private static final String TERMINATE_ALL = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND pid <> pg_backend_pid()";

    @TempDir
    Path dir;

    @Test
    void droppedConnectionsNeitherFailNorMoveTheRunningFitAndItEndsWithTheLocalResult() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/xray-multilayer/model.yaml")
                + "\nseeds: [5]\nfit: {generations: 1200, population: 20, restarts: 1}\n");
        // Checkpoints by generation count, which is kept exactly, not by time, whose saves wait while they
        // would cost over 1 % of the fit: a fast or loaded machine could end the fit before a timed save.
        // Every 100 generations of 1,200, so the drops below meet a running fit whatever the machine's speed.
        String[] checkpoints = {"--checkpoint-generations", "100", "--checkpoint-seconds", "0"};
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("c1", checkpoints);
            cluster.startWorker("c2", checkpoints);
            cluster.awaitJoined("c1", "c2");
            String id = submit(cluster, sweep);
            String run = cluster.store().queue().runs(id).get(0).id();
            // A finished run's checkpoint goes with its result: a test slowed down past the whole fit sees none.
            cluster.await("a first checkpoint, or the run's end", () -> generation(cluster, id, run) > 0
                    || ended(cluster.store().queue().run(id, run).orElseThrow().status()));
            String holder = cluster.store().queue().run(id, run).orElseThrow().worker();

            // Five drops, each just after a checkpoint: saves, claims and heartbeats all meet dead connections.
            for (int drop = 0; drop < 5; drop++) {
                int before = generation(cluster, id, run);
                cluster.await("a checkpoint after generation " + before, () -> generation(cluster, id, run) > before
                        || cluster.store().queue().run(id, run).orElseThrow().status() != RunStatus.RUNNING);
                cluster.sql(TERMINATE_ALL);
            }

            cluster.awaitEnded(id);
            RunRow done = cluster.store().queue().run(id, run).orElseThrow();
            assertThat(done.status()).as(done.error()).isEqualTo(RunStatus.DONE);
            assertThat(done.worker()).as("the run stayed with its worker").isEqualTo(holder);
            assertThat(done.attempts()).as("claimed once").isEqualTo(1);
            assertThat(cluster.events()).noneMatch(l -> l.contains(" recovered ") || l.contains(" failed ")
                    || l.contains(" lost-lease "));
            cluster.await("both workers listen for new work again", () -> listeners(cluster) == 2);

            cluster.assertRunEqualsLocalLoop(id, run, sweep);
        }
    }

    @Test
    void aSweepSubmittedAfterTheDropStillWakesTheWorkers() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                + "\nseeds: 2\nfit: {generations: 20, population: 12}\n");
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("n1");
            cluster.awaitJoined("n1");
            cluster.await("the worker listens", () -> listeners(cluster) == 1);
            cluster.sql(TERMINATE_ALL);
            cluster.await("the worker listens again", () -> listeners(cluster) == 1);
            String id = submit(cluster, sweep);
            assertThat(cluster.awaitEnded(id).count(RunStatus.DONE)).isEqualTo(2);
            assertThat(cluster.events()).noneMatch(l -> l.contains(" error "));
        }
    }

    private static String submit(Cluster cluster, Path sweep) {
        Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        return submitted.out().strip();
    }

    /** Backends of the cluster's database whose last statement was the workers' LISTEN. */
    private static int listeners(Cluster cluster) {
        try (Connection c = java.sql.DriverManager.getConnection(cluster.url(), "postgres", null);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND query = 'LISTEN evofit_work'")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static boolean ended(RunStatus status) {
        return status != RunStatus.QUEUED && status != RunStatus.RUNNING;
    }

    private static int generation(Cluster cluster, String sweep, String run) {
        return cluster.generation(sweep, run);
    }
}
