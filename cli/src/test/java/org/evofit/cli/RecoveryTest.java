package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long fit through a graceful stop (SIGTERM) and a crash (SIGKILL) of the workers running it:
 * each time another worker goes on from the last checkpoint, and the result equals the fit run
 * locally without interruption, bit for bit.
 */
class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aLongFitSurvivesSigtermAndSigkillOfItsWorkersAndEndsWithTheUninterruptedResult() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/xray-multilayer/model.yaml")
                + "\nseeds: [5]\nfit: {generations: 3500, population: 20, restarts: 1}\n");
        String[] checkpoints = {"--checkpoint-generations", "0", "--checkpoint-seconds", "0.5"};
        try (Cluster cluster = new Cluster(dir)) {
            // t1 saves no checkpoint of its own accord: the one it leaves can only be the SIGTERM's.
            cluster.startWorker("t1", "--checkpoint-generations", "0", "--checkpoint-seconds", "0");
            cluster.awaitJoined("t1");
            Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            String run = cluster.store().queue().runs(id).get(0).id();

            // SIGTERM: the fit checkpoints on the interrupt and the run goes back to the queue.
            cluster.await("the fit starts", () -> cluster.store().queue().run(id, run).orElseThrow().status() == RunStatus.RUNNING);
            assertThat(generation(cluster, id, run)).isZero();
            cluster.stop("t1");
            RunRow handedBack = cluster.store().queue().run(id, run).orElseThrow();
            assertThat(handedBack.status()).isEqualTo(RunStatus.QUEUED);
            // The SIGTERM may come before the first generation ends: a checkpoint of generation 0 is still
            // the one to resume from.
            assertThat(cluster.store().checkpoints().latest(id, run)).as("the checkpoint saved on SIGTERM").isPresent();
            int atStop = generation(cluster, id, run);
            assertThat(cluster.events()).anyMatch(l -> l.contains(" requeued ") && l.contains("run=" + run));

            // Another worker resumes from exactly that checkpoint.
            cluster.startWorker("t2", checkpoints);
            cluster.startWorker("t3", checkpoints);
            cluster.await("the run resumes", () -> cluster.store().queue().run(id, run).orElseThrow().resumedFrom() != null);
            RunRow resumed = cluster.store().queue().run(id, run).orElseThrow();
            assertThat(resumed.resumedFrom()).isEqualTo(atStop);
            String holder = resumed.worker();

            // SIGKILL of that worker once it has saved a later checkpoint: the other recovers the run.
            cluster.await("a later checkpoint", () -> generation(cluster, id, run) > atStop);
            cluster.kill(holder);
            int atKill = generation(cluster, id, run);
            String survivor = holder.equals("t2") ? "t3" : "t2";
            cluster.awaitEnded(id);
            RunRow done = cluster.store().queue().run(id, run).orElseThrow();
            assertThat(done.status()).isEqualTo(RunStatus.DONE);
            assertThat(done.worker()).isEqualTo(survivor);
            assertThat(done.attempts()).isEqualTo(3);
            assertThat(done.resumedFrom()).isGreaterThanOrEqualTo(atKill).isGreaterThan(0);
            List<String> events = cluster.events();
            assertThat(events).anyMatch(l -> l.contains(" recovered ") && l.contains("worker=" + survivor));
            assertThat(events).anyMatch(l -> l.contains(" resumed ") && l.contains("worker=" + survivor)
                    && l.endsWith("generation=" + done.resumedFrom()));

            cluster.assertRunEqualsLocalLoop(id, run, sweep);
        }
    }

    private static int generation(Cluster cluster, String sweep, String run) {
        return cluster.generation(sweep, run);
    }
}
