package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.Test;

/**
 * Version 3 of the checkpoint format adds the settings' screenDrop and version 5 their screenRound;
 * checkpoints of versions 1 and 3 (written before they existed) still resume, with screenDrop 0 and
 * screenRound 1.
 */
class CheckpointVersionsTest {

    private static final Objective SPHERE = TestFunctions.box(3, -1, 1, 0.5, TestFunctions::sphere);
    private static final DeSettings SETTINGS = DeSettings.defaults().withPopulation(8).withGenerations(12)
            .withRestarts(3).withRestartGenerations(6);

    private static DeCheckpoint second(DeSettings settings) {
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(SPHERE, settings, GenerationListener.NONE, Checkpointing.every(9, null, saved::add));
        return saved.get(0);
    }

    /**
     * The bytes an older version gave the checkpoint: its version number and without the settings that
     * came later, the last {@code missing} ints of the fingerprint's settings (screenDrop then screenRound,
     * after startSpread, laid out as DeCheckpoint's Javadoc says), and the CRC-32 again.
     */
    private static byte[] asVersion(int version, int missing, byte[] today, DeSettings s) {
        int dim = SPHERE.dimension();
        int at = 4 + 4 + 4 + 3 * (4 + 8 * dim) + utf(s.strategy().name()) + 8 + 8 + 4 * 4 + 8 + 1
                + utf(s.boundaries().name()) + 8 + 4 + 4 + 4 + 8;
        assertThat(ByteBuffer.wrap(today, at, 4).getInt()).as("screenDrop where the format puts it")
                .isEqualTo(s.screenDrop());
        assertThat(ByteBuffer.wrap(today, at + 4, 4).getInt()).as("screenRound after it").isEqualTo(s.screenRound());
        int from = at + 4 * (2 - missing);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(today, 0, from);
        out.write(today, at + 8, today.length - 4 - at - 8);
        byte[] body = out.toByteArray();
        ByteBuffer.wrap(body).putInt(4, version);
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue()).array();
    }

    private static int utf(String s) {
        return 2 + s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aVersion1CheckpointResumesWithoutDropsToTheUninterruptedResult() {
        DeCheckpoint c = second(SETTINGS);
        DeCheckpoint old = DeCheckpoint.fromBytes(asVersion(1, 2, c.toBytes(), SETTINGS));
        assertThat(old.fingerprint().settings()).isEqualTo(SETTINGS);
        assertThat(old.toBytes()).as("written again in today's version").isEqualTo(c.toBytes());
        DeResult resumed = DifferentialEvolution.optimize(SPHERE, SETTINGS, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(old));
        CheckpointResumeTest.assertSame(resumed, DifferentialEvolution.optimize(SPHERE, SETTINGS, GenerationListener.NONE));
    }

    @Test
    void aVersion3CheckpointResumesInRoundsOfOneToTheUninterruptedResult() {
        DeSettings dropping = SETTINGS.withScreenDrop(3);
        DeCheckpoint c = second(dropping);
        DeCheckpoint old = DeCheckpoint.fromBytes(asVersion(3, 1, c.toBytes(), dropping));
        assertThat(old.fingerprint().settings()).isEqualTo(dropping);
        assertThat(old.fingerprint().settings().screenRound()).isEqualTo(1);
        assertThat(old.toBytes()).as("written again in today's version").isEqualTo(c.toBytes());
        DeResult resumed = DifferentialEvolution.optimize(SPHERE, dropping, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(old));
        CheckpointResumeTest.assertSame(resumed, DifferentialEvolution.optimize(SPHERE, dropping,
                GenerationListener.NONE));
    }

    @Test
    void theDropGenerationIsPartOfTheFingerprint() {
        DeSettings dropping = SETTINGS.withScreenDrop(3);
        DeCheckpoint c = DeCheckpoint.fromBytes(second(dropping).toBytes());
        assertThat(c.fingerprint().settings().screenDrop()).isEqualTo(3);
        assertThatThrownBy(() -> DifferentialEvolution.optimize(SPHERE, SETTINGS, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(c)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screenDrop (checkpoint 3, now 0)");
    }
}
