package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checkpoint's binary form: exact round trip, clear errors for damaged bytes and wrong problems. */
class DeCheckpointBytesTest {

    private static final Objective SPHERE = TestFunctions.box(3, -1, 1, 0.5, TestFunctions::sphere);
    private static final DeSettings SETTINGS = DeSettings.defaults().withStrategy(Strategy.JADE_BEST)
            .withPopulation(8).withGenerations(12).withRestarts(2).withRestartGenerations(4);
    private static final DeExecution LOG = DeExecution.defaults().withLogCapacity(30);
    private static DeCheckpoint checkpoint;

    @BeforeAll
    static void takeOne() {
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(SPHERE, SETTINGS, LOG, GenerationListener.NONE,
                Checkpointing.every(7, null, saved::add));
        // Generation 7 lies in the second screening run: a best run is carried as well.
        checkpoint = saved.get(0);
        assertThat(checkpoint.phase()).isEqualTo(1);
        assertThat(checkpoint.bestRun()).isNotNull();
    }

    @Test
    void bytesReadBackToTheSameCheckpointAndTheSameBytes() {
        byte[] bytes = checkpoint.toBytes();
        DeCheckpoint back = DeCheckpoint.fromBytes(bytes);
        assertThat(back.toBytes()).isEqualTo(bytes);
        assertThat(back.generation()).isEqualTo(7);
        assertThat(back.current().members()).isDeepEqualTo(checkpoint.current().members());
        assertThat(back.current().log().vectors()).isEqualTo(checkpoint.current().log().vectors());
        assertThat(back.jade()).isEqualTo(checkpoint.jade());
        assertThat(back.fingerprint().settings()).isEqualTo(checkpoint.fingerprint().settings());
    }

    @Test
    void truncatedBytesAreRefusedWithAMessage() {
        byte[] bytes = checkpoint.toBytes();
        for (int length : new int[] {0, 5, 11, 40, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> DeCheckpoint.fromBytes(Arrays.copyOf(bytes, length)))
                    .as("%d of %d bytes", length, bytes.length)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching(".*(truncated|corrupted).*");
        }
    }

    @Test
    void corruptedBytesAreRefusedWithAMessage() {
        byte[] bytes = checkpoint.toBytes();
        for (int at : new int[] {9, 100, bytes.length / 2, bytes.length - 2}) {
            byte[] bad = bytes.clone();
            bad[at] ^= 0x10;
            assertThatThrownBy(() -> DeCheckpoint.fromBytes(bad)).as("byte %d flipped", at)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("corrupted");
        }
        byte[] other = bytes.clone();
        other[0] = 'X';
        assertThatThrownBy(() -> DeCheckpoint.fromBytes(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a checkpoint");
        byte[] newer = bytes.clone();
        newer[7] = 9;
        assertThatThrownBy(() -> DeCheckpoint.fromBytes(newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 9");
    }

    @Test
    void resumingAnotherProblemOrOtherSettingsNamesWhatDiffers() {
        Checkpointing resume = Checkpointing.NONE.withResumeFrom(checkpoint);
        Objective wider = TestFunctions.box(3, -2, 1, 0.5, TestFunctions::sphere);
        assertThatThrownBy(() -> DifferentialEvolution.optimize(wider, SETTINGS, LOG, GenerationListener.NONE, resume))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower bound of free parameter 0 (checkpoint -1.0, now -2.0)");
        Objective bigger = TestFunctions.box(4, -1, 1, 0.5, TestFunctions::sphere);
        assertThatThrownBy(() -> DifferentialEvolution.optimize(bigger, SETTINGS, LOG, GenerationListener.NONE, resume))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension (checkpoint 3, now 4)");
        assertThatThrownBy(() -> DifferentialEvolution.optimize(SPHERE,
                SETTINGS.withStrategy(Strategy.BEST_1_BIN).withSeed(5), LOG, GenerationListener.NONE, resume))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strategy (checkpoint jade_best, now best_1_bin)")
                .hasMessageContaining("seed (checkpoint 1, now 5)");
        assertThatThrownBy(() -> DifferentialEvolution.optimize(SPHERE, SETTINGS, LOG.withLogCapacity(31),
                GenerationListener.NONE, resume))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logCapacity (checkpoint 30, now 31)");
    }

    @Test
    void theThreadCountIsNotPartOfTheFingerprint() {
        DeResult r = DifferentialEvolution.optimize(SPHERE, SETTINGS, LOG.withThreads(2), GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(checkpoint));
        CheckpointResumeTest.assertSame(r, DifferentialEvolution.optimize(SPHERE, SETTINGS, LOG, GenerationListener.NONE));
    }
}
