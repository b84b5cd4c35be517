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
 * Version 3 of the checkpoint format adds the settings' screenDrop; checkpoints of version 1 (written
 * before it existed) still resume, with screenDrop 0.
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
     * The bytes version 1 gave the checkpoint: the version number 1 and no screenDrop, whose four bytes
     * follow the fingerprint's startSpread (laid out as DeCheckpoint's Javadoc says), and the CRC-32 again.
     */
    private static byte[] asVersion1(byte[] v3, DeSettings s) {
        int dim = SPHERE.dimension();
        int at = 4 + 4 + 4 + 3 * (4 + 8 * dim) + utf(s.strategy().name()) + 8 + 8 + 4 * 4 + 8 + 1
                + utf(s.boundaries().name()) + 8 + 4 + 4 + 4 + 8;
        assertThat(ByteBuffer.wrap(v3, at, 4).getInt()).as("screenDrop where the format puts it")
                .isEqualTo(s.screenDrop());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(v3, 0, at);
        out.write(v3, at + 4, v3.length - 4 - at - 4);
        byte[] body = out.toByteArray();
        ByteBuffer.wrap(body).putInt(4, 1);
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
        DeCheckpoint old = DeCheckpoint.fromBytes(asVersion1(c.toBytes(), SETTINGS));
        assertThat(old.fingerprint().settings()).isEqualTo(SETTINGS);
        assertThat(old.toBytes()).as("written again in today's version").isEqualTo(c.toBytes());
        DeResult resumed = DifferentialEvolution.optimize(SPHERE, SETTINGS, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(old));
        CheckpointResumeTest.assertSame(resumed, DifferentialEvolution.optimize(SPHERE, SETTINGS, GenerationListener.NONE));
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
