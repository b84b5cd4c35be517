package org.evofit.wrapper.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.MoveMixture;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampler's checkpoint is append-only: a save writes the rows taken since the one before and
 * leaves every earlier byte as it was; a cut or damaged last record (a kill while appending) is dropped
 * and the resumed run still ends with the uninterrupted chain, bit for bit.
 */
class ChainLogTest {

    private static final SamplerSettings SETTINGS = new SamplerSettings(16, 200, 50, 1, 12);
    /** The older formats were written by these moves alone. */
    private static final SamplerSettings ENSEMBLE = SETTINGS.withMoves(MoveMixture.ENSEMBLE);

    @TempDir
    Path dir;

    private ModelDefinition line() throws IOException {
        StringBuilder data = new StringBuilder();
        SplittableRandom noise = new SplittableRandom(2);
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

    @Test
    void everySaveAppendsOnlyTheNewRowsAndKeepsEveryEarlierByte() throws Exception {
        ModelDefinition model = line();
        Path out = dir.resolve("out");
        Path checkpoint = out.resolve(Sampling.CHECKPOINT);
        List<byte[]> snapshots = new ArrayList<>();
        Sampling.of(SETTINGS).withCheckpointEvery(Duration.ZERO).listening(chain -> {
            if (chain.steps() <= 40) {
                snapshots.add(bytes(checkpoint));
            }
        }).run(model, model.problem().objective().start(), out);

        int header = ChainLog.header(SETTINGS.seed(), SETTINGS.proposals(), List.of("p.c0", "p.c1"), 16).length;
        int record = ChainLog.recordBytes(16, 2);
        assertThat(record).isEqualTo(16 * 3 * 8 + 8);
        for (int s = 1; s < snapshots.size(); s++) {
            byte[] before = snapshots.get(s - 1);
            byte[] after = snapshots.get(s);
            // After step s + 1: the header and rows 0..s+1, the bytes of step s untouched.
            assertThat(after).hasSize(header + (s + 2) * record);
            assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
        }
        assertThat(snapshots).hasSize(40);
    }

    @Test
    void aCutOrDamagedLastRecordIsDroppedAndTheResumedRunEndsWithTheUninterruptedChain() throws Exception {
        ModelDefinition model = line();
        double[] start = model.problem().objective().start();
        Path whole = dir.resolve("whole");
        Sampling.of(SETTINGS).run(model, start, whole);
        byte[] wholeChain = Files.readAllBytes(whole.resolve(ChainFile.NAME));
        int record = ChainLog.recordBytes(16, 2);

        Path cut = interruptedAt(model, start, "cut", 120);
        Files.write(cut.resolve(Sampling.CHECKPOINT), new byte[record / 2], StandardOpenOption.APPEND);
        assertThat(ChainLog.read(cut.resolve(Sampling.CHECKPOINT), 201).chain().steps()).isEqualTo(120);
        SampleRun fromCut = Sampling.of(SETTINGS).withCheckpointEvery(Duration.ZERO).run(model, start, cut);
        assertThat(fromCut.resumedStep()).isEqualTo(120);
        assertThat(Files.readAllBytes(cut.resolve(ChainFile.NAME))).isEqualTo(wholeChain);

        Path damaged = interruptedAt(model, start, "damaged", 120);
        Path checkpoint = damaged.resolve(Sampling.CHECKPOINT);
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length - record / 2] ^= 0x10;   // a bit of step 120's record flipped
        Files.write(checkpoint, bytes);
        ChainLog read = ChainLog.read(checkpoint, 201);
        assertThat(read.chain().steps()).isEqualTo(119);
        assertThat(read.validBytes()).isEqualTo(bytes.length - record);
        SampleRun fromDamaged = Sampling.of(SETTINGS).withCheckpointEvery(Duration.ZERO).run(model, start, damaged);
        assertThat(fromDamaged.resumedStep()).isEqualTo(119);
        assertThat(Files.readAllBytes(damaged.resolve(ChainFile.NAME))).isEqualTo(wholeChain);
    }

    @Test
    void aCheckpointOfTheWholeChainFormatIsResumedAndRewrittenAsALog() throws Exception {
        ModelDefinition model = line();
        double[] start = model.problem().objective().start();
        Path whole = dir.resolve("whole");
        Sampling.of(ENSEMBLE).run(model, start, whole);
        Path old = interruptedAt(ENSEMBLE, model, start, "old", 90);
        Path checkpoint = old.resolve(Sampling.CHECKPOINT);
        Chain partial = ChainLog.read(checkpoint, 91).chain();
        Files.write(checkpoint, new ChainFile(ENSEMBLE.seed(), List.of("p.c0", "p.c1"), partial).bytes());

        List<Long> lengths = new ArrayList<>();
        SampleRun resumed = Sampling.of(ENSEMBLE).withCheckpointEvery(Duration.ZERO).listening(chain -> {
            if (chain.steps() == 91) {
                lengths.add(ChainLog.read(checkpoint, 201).validBytes());
            }
        }).run(model, start, old);

        assertThat(resumed.resumedStep()).isEqualTo(90);
        assertThat(lengths).containsExactly((long) ChainLog.header(ENSEMBLE.seed(), ENSEMBLE.proposals(), List.of("p.c0", "p.c1"), 16).length
                + 92L * ChainLog.recordBytes(16, 2));
        assertThat(Files.readAllBytes(old.resolve(ChainFile.NAME)))
                .isEqualTo(Files.readAllBytes(whole.resolve(ChainFile.NAME)));
    }

    @Test
    void aChainIsContinuedOnlyUnderTheProposalsItWasStartedWith() throws Exception {
        ModelDefinition model = line();
        double[] start = model.problem().objective().start();
        Path whole = dir.resolve("whole");
        Sampling.of(SETTINGS).run(model, start, whole);
        assertThat(SETTINGS.proposals()).isEqualTo("adaptive, burn-in 50").isNotEqualTo(ENSEMBLE.proposals());
        assertThat(SETTINGS.withBurn(60).proposals()).isNotEqualTo(SETTINGS.proposals());

        Path other = interruptedAt(ENSEMBLE, model, start, "other", 120);
        assertThat(ChainLog.read(other.resolve(Sampling.CHECKPOINT), 201).proposals()).isEqualTo("ensemble");
        SampleRun rerun = Sampling.of(SETTINGS).withCheckpointEvery(Duration.ZERO).run(model, start, other);
        assertThat(rerun.resumedStep()).isZero();
        assertThat(Files.readAllBytes(other.resolve(ChainFile.NAME)))
                .isEqualTo(Files.readAllBytes(whole.resolve(ChainFile.NAME)));

        // A version 1 log (no proposals in its header) was written by the ensemble moves.
        Path v1 = interruptedAt(ENSEMBLE, model, start, "v1", 60);
        Path checkpoint = v1.resolve(Sampling.CHECKPOINT);
        byte[] v2 = Files.readAllBytes(checkpoint);
        int proposalsAt = 4 + 4 + 8;
        int proposalsBytes = 2 + "ensemble".length();
        byte[] old = new byte[v2.length - proposalsBytes];
        System.arraycopy(v2, 0, old, 0, proposalsAt);
        System.arraycopy(v2, proposalsAt + proposalsBytes, old, proposalsAt, old.length - proposalsAt);
        old[7] = 1;
        Files.write(checkpoint, old);
        ChainLog read = ChainLog.read(checkpoint, 201);
        assertThat(read.proposals()).isEqualTo("ensemble");
        assertThat(read.chain().steps()).isEqualTo(60);
        assertThat(read.validBytes()).isEqualTo(old.length);
    }

    /** A run interrupted after {@code step} steps (its checkpoint saved then), in {@code name}. */
    private Path interruptedAt(ModelDefinition model, double[] start, String name, int step) {
        return interruptedAt(SETTINGS, model, start, name, step);
    }

    private Path interruptedAt(SamplerSettings settings, ModelDefinition model, double[] start, String name, int step) {
        Path out = dir.resolve(name);
        Sampling.of(settings).withCheckpointEvery(Duration.ofSeconds(7)).listening(chain -> {
            if (chain.steps() == step) {
                Thread.currentThread().interrupt();
            }
        }).run(model, start, out);
        assertThat(Thread.interrupted()).isTrue();
        return out;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
