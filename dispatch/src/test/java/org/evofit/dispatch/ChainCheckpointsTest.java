package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.sample.SampleRun;
import org.evofit.wrapper.sample.Sampling;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sampler's chain checkpoints in the run store, against SQLite and PostgreSQL: pieces kept under the
 * run's lease and read back in order, and a sampling run stopped on one lease and taken up on the next
 * that ends with the uninterrupted chain, bit for bit.
 */
class ChainCheckpointsTest {

    private static final SamplerSettings SETTINGS = new SamplerSettings(16, 150, 50, 1, 9);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void piecesFollowTheWholeLogInOrderOnceEachUntilAWholeOneReplacesThemOrTheResultIsRecorded(String kind)
            throws Exception {
        TwoRunStore.with(kind, dir, store -> {
            ChainCheckpointStore chains = store.chainCheckpoints();
            Lease lease = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(chains.latest("s1", "a")).isEmpty();
            assertThat(chains.replace(lease, 3, new byte[] {1, 2})).isTrue();
            assertThat(chains.append(lease, 5, new byte[] {3})).isTrue();
            assertThat(chains.append(lease, 9, new byte[] {4, 5})).isTrue();
            // The same append again, as after a lost acknowledgement: stored once.
            assertThat(chains.append(lease, 9, new byte[] {4, 5})).isTrue();
            assertThat(chains.latest("s1", "a").orElseThrow()).containsExactly(1, 2, 3, 4, 5);
            assertThat(chains.replace(lease, 10, new byte[] {6})).isTrue();
            assertThat(chains.latest("s1", "a").orElseThrow()).containsExactly(6);
            assertThat(store.leases().recordResult(lease, 1.0, RunStoreContractTest.files("r"))).isTrue();
            assertThat(chains.latest("s1", "a")).as("gone with the result").isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSaveUnderALostLeaseIsRefusedAndAnAppendWithNothingToFollowFails(String kind) throws Exception {
        TwoRunStore.with(kind, dir, store -> {
            ChainCheckpointStore chains = store.chainCheckpoints();
            Lease a = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(chains.replace(a, 2, new byte[] {1})).isTrue();
            assertThat(store.leases().release(a)).isTrue();
            assertThat(chains.append(a, 4, new byte[] {2})).isFalse();
            assertThat(chains.replace(a, 4, new byte[] {2})).isFalse();
            assertThat(chains.latest("s1", "a").orElseThrow()).containsExactly(1);
            Lease b = store.leases().claim("s1", "b", "w1").orElseThrow();
            assertThatThrownBy(() -> chains.append(b, 4, new byte[] {2})).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no whole chain checkpoint");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void samplingStoppedUnderOneLeaseGoesOnUnderTheNextToTheUninterruptedChain(String kind) throws Exception {
        ModelDefinition model = line();
        double[] start = model.problem().objective().start();
        SampleRun whole = Sampling.of(SETTINGS).run(model, start, dir.resolve("whole"));
        TwoRunStore.with(kind, dir, store -> {
            EventLog log = EventLog.to(null, dir.resolve(kind + ".log"));
            Lease first = store.leases().claim("s1", "a", "w1").orElseThrow();
            SampleRun stopped = Sampling.of(SETTINGS).withCheckpointEvery(Duration.ZERO)
                    .withCheckpoints(new LeaseChainLog(store.chainCheckpoints(), first, log, "w1"))
                    .listening(chain -> {
                        if (chain.steps() == 60) {
                            Thread.currentThread().interrupt();   // as SIGTERM does
                        }
                    }).run(model, start, dir.resolve("first"));
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            assertThat(stopped.interrupted()).isTrue();
            assertThat(dir.resolve("first").resolve(Sampling.CHECKPOINT)).as("not in the run's directory").doesNotExist();
            assertThat(store.leases().release(first)).isTrue();

            Lease second = store.leases().claim("s1", "a", "w2").orElseThrow();
            SampleRun resumed = Sampling.of(SETTINGS).withCheckpointEvery(Duration.ofSeconds(10))
                    .withCheckpoints(new LeaseChainLog(store.chainCheckpoints(), second, log, "w2"))
                    .run(model, start, dir.resolve("second-" + kind));
            assertThat(resumed.resumedStep()).isEqualTo(60);
            assertSameChain(resumed.chain(), whole.chain());
            assertThat(Files.readAllBytes(dir.resolve("second-" + kind).resolve("chain.bin")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("whole").resolve("chain.bin")));
            assertThat(Files.readAllLines(dir.resolve(kind + ".log")))
                    .anyMatch(l -> l.contains(" sample-checkpoint ") && l.endsWith("step=60"))
                    .anyMatch(l -> l.contains(" sample-resumed ") && l.contains("worker=w2") && l.endsWith("step=60"));
            log.close();
        });
    }

    private static void assertSameChain(Chain a, Chain b) {
        assertThat(a.rows()).isEqualTo(b.rows());
        for (int r = 0; r < a.rows(); r++) {
            assertThat(a.rowPositions(r)).isEqualTo(b.rowPositions(r));
            assertThat(a.rowLogPosterior(r)).isEqualTo(b.rowLogPosterior(r));
        }
    }

    private ModelDefinition line() throws IOException {
        StringBuilder data = new StringBuilder();
        SplittableRandom noise = new SplittableRandom(4);
        for (int i = 0; i <= 30; i++) {
            double x = i * 0.3;
            data.append(String.format(Locale.ROOT, "%.4f %.8f 0.2%n", x, 2 * x - 1 + 0.2 * noise.nextGaussian()));
        }
        Files.writeString(dir.resolve("line.dat"), data.toString());
        Path model = Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: p, kind: polynomial, degree: 1, c0: {value: -1, min: -3, max: 1}, c1: {value: 2, min: 1, max: 3}}
                data:
                  - {name: d, file: line.dat, columns: {x: 0, y: 1, error: 2}}
                """);
        return ModelFiles.load(model, null);
    }
}
