package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submitting is safe to retry: a sweep is stored in one transaction and its id printed before
 * anything else can fail, the same sweep submitted again is recognised instead of run twice, and
 * {@code status} lists the sweeps, so an id a killed submitter never printed can still be found.
 */
class SubmitOnceTest {

    @TempDir
    Path dir;

    private Path sweep() throws Exception {
        return Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                + "\nseeds: 3\nfit: {generations: 20, population: 12}\n");
    }

    private static Cli.Run submit(Cluster cluster, String... args) {
        return Cli.run(ClusterTest.concat(ClusterTest.concat(new String[] {"submit"}, args), cluster.dbArgs()));
    }

    @Test
    void theSameSweepSubmittedTwiceIsStoredOnceUnlessAskedAgain() throws Exception {
        Path sweep = sweep();
        try (Cluster cluster = new Cluster(dir)) {
            Cli.Run first = submit(cluster, sweep.toString());
            assertThat(first.exitCode()).as(first.err()).isZero();
            String id = first.out().strip();

            Cli.Run retry = submit(cluster, sweep.toString());
            assertThat(retry.exitCode()).as(retry.err()).isZero();
            assertThat(retry.out().strip()).isEqualTo(id);
            assertThat(retry.err()).contains("sweep " + id).contains("not submitted again");
            assertThat(cluster.store().queue().sweeps()).containsExactly(id);

            Cli.Run again = submit(cluster, sweep.toString(), "--again");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(cluster.store().queue().sweeps()).hasSize(2).contains(id, again.out().strip());
        }
    }

    @Test
    void statusListsEverySweepWithItsSourceAndStates() throws Exception {
        Path sweep = sweep();
        try (Cluster cluster = new Cluster(dir)) {
            String id = submit(cluster, sweep.toString(), "--quiet").out().strip();
            Cli.Run status = Cli.run(ClusterTest.concat(new String[] {"status"}, cluster.dbArgs()));
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).containsPattern(id + " submitted \\S+ from " + java.util.regex.Pattern.quote(
                    sweep.toAbsolutePath().normalize().toString()) + "\\n queued 3 ");
            Cli.Run json = Cli.run(ClusterTest.concat(new String[] {"status", "--json"}, cluster.dbArgs()));
            var sweeps = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("sweeps");
            assertThat(sweeps).hasSize(1);
            assertThat(sweeps.get(0).path("id").asText()).isEqualTo(id);
            assertThat(sweeps.get(0).path("byStatus").path("queued").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aSweepSubmittedWhileNoWorkerListensIsPrintedStoredAndRunByTheNextWorker() throws Exception {
        Path sweep = sweep();
        try (Cluster cluster = new Cluster(dir)) {
            // No worker hears the submission's NOTIFY: the one that starts later claims the runs from the store.
            Cli.Run submitted = submit(cluster, sweep.toString());
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            assertThat(cluster.store().queue().sweeps()).containsExactly(id);
            cluster.startWorker("w");
            assertThat(cluster.awaitEnded(id).count(RunStatus.DONE)).isEqualTo(3);
        }
    }
}
