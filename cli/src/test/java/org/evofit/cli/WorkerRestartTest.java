package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supervisor (systemd, or the Ansible role's shell supervisor) restarts a crashed worker under its
 * name at once: the name's fresh heartbeat belongs to a process that is gone, and the new worker
 * joins instead of being refused until the heartbeat ages.
 */
class WorkerRestartTest {

    @TempDir
    Path dir;

    @Test
    void aWorkerRestartedUnderItsNameRightAfterASigkillJoinsAndWorks() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                + "\nseeds: 2\nfit: {generations: 20, population: 12}\n");
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("same");
            cluster.awaitJoined("same");
            cluster.kill("same");
            // As if it died the instant before the restart, however slowly the new JVM starts on a loaded
            // machine: its last heartbeat stays younger than the 6 s that mark a worker alive.
            cluster.sql("UPDATE workers SET heartbeat = heartbeat + 600000 WHERE name = 'same'");
            cluster.startWorker("same");
            cluster.await("the restarted worker joins or gives up", () -> joined(cluster) == 2 || !cluster.alive("same"));
            assertThat(cluster.alive("same")).as("the restarted worker is running").isTrue();

            Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            assertThat(cluster.awaitEnded(submitted.out().strip()).count(RunStatus.DONE)).isEqualTo(2);
        }
    }

    private static long joined(Cluster cluster) {
        try {
            return cluster.events().stream().filter(l -> l.contains(" joined ")).count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
