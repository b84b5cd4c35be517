package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster worker killed with SIGKILL while it samples a run's posterior (a sweep with {@code sample:}):
 * the worker that recovers the run goes on from the chain checkpoint in the run store, not from step 0,
 * and the run's chain and posterior equal a local loop's uninterrupted ones, bit for bit.
 */
class SampleClusterKillTest {

    private static final Pattern CHECKPOINT_STEP = Pattern.compile(" sample-checkpoint .* step=(\\d+)$");
    private static final Pattern RESUMED_STEP = Pattern.compile(" sample-resumed .* step=(\\d+)$");

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledWhileSamplingLeavesItsChainToTheNextWhichEndsWithTheUninterruptedChain() throws Exception {
        // 5000 points make a step slow enough (16 walkers x 5000 exponentials) to kill it part-way.
        Path model = SampleModels.peak(dir.resolve("model"), 5000, true);
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model + "\nseeds: [21]\n"
                + "fit: {generations: 30}\nsample: {walkers: 16, steps: 1500, burn: 300}\n");
        String[] checkpoints = {"--checkpoint-seconds", "0.2"};
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("w1", checkpoints);
            cluster.awaitJoined("w1");
            Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            String run = cluster.store().queue().runs(id).get(0).id();

            cluster.await("w1 checkpoints the chain past step 20", () -> lastStep(cluster, "w1", CHECKPOINT_STEP) > 20
                    || !List.of(RunStatus.QUEUED, RunStatus.RUNNING).contains(cluster.store().queue().run(id, run)
                            .orElseThrow().status()));
            assertThat(cluster.store().queue().run(id, run).orElseThrow().status())
                    .as("the run is still sampling when its worker is killed").isEqualTo(RunStatus.RUNNING);
            cluster.kill("w1");   // SIGKILL: no shutdown hooks, no chance to hand the run back
            int savedAt = lastStep(cluster, "w1", CHECKPOINT_STEP);
            assertThat(savedAt).isBetween(21, 1499);

            cluster.startWorker("w2", checkpoints);
            cluster.awaitEnded(id);
            RunRow done = cluster.store().queue().run(id, run).orElseThrow();
            assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(RunStatus.DONE);
            assertThat(done.worker()).isEqualTo("w2");
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(lastStep(cluster, "w2", RESUMED_STEP)).as("w2 resumed the sampling at w1's last checkpoint")
                    .isEqualTo(savedAt);
            assertThat(cluster.store().chainCheckpoints().latest(id, run)).as("gone with the result").isEmpty();

            cluster.assertRunEqualsLocalLoop(id, run, sweep);
            Path c = dir.resolve("cluster/runs").resolve(run);
            Path l = dir.resolve("local/runs").resolve(run);
            for (String file : List.of("chain.bin", "chain.csv", "posterior.csv", "posterior.json")) {
                assertThat(Files.readAllBytes(c.resolve(file))).as(file).isEqualTo(Files.readAllBytes(l.resolve(file)));
            }
            assertThat(c.resolve("chain.checkpoint")).doesNotExist();
        }
    }

    /** The step of the worker's last event matching {@code event}, or -1 when it has none. */
    private static int lastStep(Cluster cluster, String worker, Pattern event) {
        OptionalInt last = OptionalInt.empty();
        try {
            for (String line : Files.readAllLines(cluster.log(worker))) {
                Matcher m = event.matcher(line);
                if (m.find()) {
                    last = OptionalInt.of(Integer.parseInt(m.group(1)));
                }
            }
        } catch (java.io.IOException e) {
            return -1;   // not written yet
        }
        return last.orElse(-1);
    }
}
