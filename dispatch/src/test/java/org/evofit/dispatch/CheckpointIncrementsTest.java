package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.de.CheckpointSink;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeCheckpoint;
import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeResult;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.DifferentialEvolution;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.BoxObjective;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Incremental checkpoints in the run store, against SQLite and PostgreSQL. */
class CheckpointIncrementsTest {

    private static final Objective SPHERE = new BoxObjective(new double[] {-1, -1, -1}, new double[] {1, 1, 1},
            new double[] {0.5, 0.5, 0.5}, () -> v -> v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void incrementsFollowTheWholeCheckpointInGenerationOrderOnceEachUntilAWholeOneReplacesThem(String kind)
            throws Exception {
        TwoRunStore.with(kind, dir, store -> {
            CheckpointStore checkpoints = store.checkpoints();
            Lease lease = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(checkpoints.save(lease, 25, new byte[] {1})).isTrue();
            assertThat(checkpoints.append(lease, 30, new byte[] {2})).isTrue();
            assertThat(checkpoints.append(lease, 35, new byte[] {3})).isTrue();
            // The same append again, as after a lost acknowledgement: stored once.
            assertThat(checkpoints.append(lease, 35, new byte[] {3})).isTrue();
            StoredCheckpoint stored = checkpoints.latest("s1", "a").orElseThrow();
            assertThat(stored.generation()).isEqualTo(35);
            assertThat(stored.bytes()).containsExactly(1);
            assertThat(stored.increments()).containsExactly(new byte[] {2}, new byte[] {3});
            assertThat(checkpoints.save(lease, 40, new byte[] {4})).isTrue();
            stored = checkpoints.latest("s1", "a").orElseThrow();
            assertThat(stored.bytes()).containsExactly(4);
            assertThat(stored.increments()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anAppendUnderALostLeaseIsRefusedAndOneWithNothingToFollowFails(String kind) throws Exception {
        TwoRunStore.with(kind, dir, store -> {
            Lease a = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(store.checkpoints().save(a, 5, new byte[] {1})).isTrue();
            assertThat(store.leases().release(a)).isTrue();
            assertThat(store.checkpoints().append(a, 6, new byte[] {2})).isFalse();
            assertThat(store.checkpoints().latest("s1", "a").orElseThrow().increments()).isEmpty();
            Lease b = store.leases().claim("s1", "b", "w1").orElseThrow();
            assertThatThrownBy(() -> store.checkpoints().append(b, 6, new byte[] {2})).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no whole checkpoint");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aFitSavedThroughTheLeaseSinkResumesFromItsChainToTheUninterruptedResult(String kind) throws Exception {
        TwoRunStore.with(kind, dir, store -> {
            DeSettings settings = DeSettings.defaults().withPopulation(10).withGenerations(40).withRestarts(2)
                    .withRestartGenerations(10).withSeed(5);
            DeExecution execution = DeExecution.defaults().withLogCapacity(300);
            DeResult plain = DifferentialEvolution.optimize(SPHERE, settings, execution, GenerationListener.NONE);
            Lease first = store.leases().claim("s1", "a", "w1").orElseThrow();
            CheckpointSink sink = LeaseCheckpoints.sink(store.checkpoints(), first, g -> { }, e -> {
                throw e;
            }, true);
            List<DeCheckpoint> saved = new ArrayList<>();
            // Stop after generation 33 as a killed worker would, its checkpoints in the store.
            DeResult stopped = DifferentialEvolution.optimize(SPHERE, settings, execution, r -> {
                if (r.generation() == 33) {
                    Thread.currentThread().interrupt();
                }
            }, Checkpointing.every(1, null, c -> {
                saved.add(c);
                sink.save(c);
            }));
            Thread.interrupted();
            assertThat(stopped.stopReason()).isEqualTo(DeResult.StopReason.INTERRUPTED);
            StoredCheckpoint stored = store.checkpoints().latest("s1", "a").orElseThrow();
            assertThat(stored.increments()).as("saved incrementally").isNotEmpty();
            assertThat(store.leases().release(first)).isTrue();
            Lease second = store.leases().claim("s1", "a", "w2").orElseThrow();
            DeCheckpoint resume = LeaseCheckpoints.resume(store.checkpoints(), second, g -> { }, e -> {
                throw e;
            });
            assertThat(resume.toBytes()).isEqualTo(saved.get(saved.size() - 1).toBytes());
            DeResult resumed = DifferentialEvolution.optimize(SPHERE, settings, execution, GenerationListener.NONE,
                    Checkpointing.NONE.withResumeFrom(resume));
            assertThat(resumed.best()).isEqualTo(plain.best());
            assertThat(resumed.history()).isEqualTo(plain.history());
            assertThat(resumed.evaluations()).isEqualTo(plain.evaluations());
        });
    }
}
