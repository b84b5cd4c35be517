package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Incremental checkpoints: a chain read back is the last checkpoint saved, bit for bit, at a fraction of the bytes. */
class CheckpointChainTest {

    private static final Objective RASTRIGIN = TestFunctions.box(4, -5.12, 5.12, 3, TestFunctions::rastrigin);
    private static final Objective ROSENBROCK = TestFunctions.box(3, -2, 2, 0.5, TestFunctions::rosenbrock);
    /** Wraps around during the run: the kept part of a log is then its newest entries only. */
    private static final DeExecution SMALL_LOG = DeExecution.defaults().withLogCapacity(70);
    private static final DeExecution LARGE_LOG = DeExecution.defaults().withThreads(2);

    /** What a run store keeps of a chain: the whole checkpoint and the increments after it. */
    private static final class Stored {
        byte[] whole;
        final List<byte[]> increments = new ArrayList<>();
        long bytes;

        void keep(CheckpointChain.Piece piece) {
            bytes += piece.bytes().length;
            if (piece.whole()) {
                whole = piece.bytes();
                increments.clear();
            } else {
                increments.add(piece.bytes());
            }
        }

        DeCheckpoint read() {
            return CheckpointChain.read(whole, increments);
        }
    }

    static Stream<Arguments> strategiesAndLayouts() {
        return Stream.of(Strategy.values()).flatMap(s -> Stream.of(
                Arguments.of(s, DeSettings.defaults()),
                Arguments.of(s, DeSettings.defaults().withRestarts(3).withRestartGenerations(8)),
                Arguments.of(s, DeSettings.defaults().withRestarts(3))));
    }

    @ParameterizedTest
    @MethodSource("strategiesAndLayouts")
    void theChainReadsBackAsTheLastCheckpointBitForBitAndResumesToTheUninterruptedResult(Strategy strategy,
                                                                                       DeSettings layout) {
        Objective objective = strategy == Strategy.SIMPLEX_BEST_1_BIN ? ROSENBROCK : RASTRIGIN;
        DeSettings settings = layout.withStrategy(strategy).withPopulation(12).withGenerations(25).withSeed(11);
        DeResult plain = DifferentialEvolution.optimize(objective, settings, SMALL_LOG, GenerationListener.NONE);
        CheckpointChain chain = new CheckpointChain();
        Stored stored = new Stored();
        List<DeCheckpoint> readBack = new ArrayList<>();
        List<Boolean> whole = new ArrayList<>();
        DifferentialEvolution.optimize(objective, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(1, null, c -> {
                    CheckpointChain.Piece piece = chain.next(c);
                    whole.add(piece.whole());
                    stored.keep(piece);
                    DeCheckpoint back = stored.read();
                    assertThat(back.toBytes()).as("generation %d read from its chain", c.generation())
                            .isEqualTo(c.toBytes());
                    readBack.add(back);
                }));
        assertThat(whole).as("increments were saved").contains(false);
        for (DeCheckpoint c : List.of(readBack.get(1), readBack.get(readBack.size() / 2), readBack.get(readBack.size() - 2))) {
            CheckpointResumeTest.assertSame(DifferentialEvolution.optimize(objective, settings, SMALL_LOG,
                    GenerationListener.NONE, Checkpointing.NONE.withResumeFrom(c)), plain);
        }
    }

    @Test
    void incrementsCarryOnlyTheNewEntriesSoAFitWritesAFewWholeCheckpointsWorthInAll() {
        DeSettings settings = DeSettings.defaults().withPopulation(20).withGenerations(200).withSeed(3)
                .withMinSpread(0);
        CheckpointChain chain = new CheckpointChain();
        Stored stored = new Stored();
        List<Integer> incrementSizes = new ArrayList<>();
        long[] wholeEverySave = {0};
        DifferentialEvolution.optimize(RASTRIGIN, settings, LARGE_LOG, GenerationListener.NONE,
                Checkpointing.every(1, null, c -> {
                    CheckpointChain.Piece piece = chain.next(c);
                    if (!piece.whole()) {
                        incrementSizes.add(piece.bytes().length);
                    }
                    wholeEverySave[0] += c.toBytes().length;
                    stored.keep(piece);
                }));
        int last = stored.read().toBytes().length;
        // 20 new entries of 5 doubles per generation against up to 4,020 logged: an increment is a
        // small fraction of a whole checkpoint, and all the saves write a small fraction of what 200
        // whole checkpoints would.
        assertThat(incrementSizes).hasSizeGreaterThan(150);
        assertThat(incrementSizes.stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThan(last / 10);
        assertThat(stored.bytes).as("bytes written for 200 saves").isLessThan(wholeEverySave[0] / 10);
    }

    @Test
    void aMissingReorderedOrDamagedIncrementIsRefusedNamingIt() {
        List<CheckpointChain.Piece> pieces = pieces(new CheckpointChain(), 6);
        byte[] whole = pieces.get(0).bytes();
        assertThat(pieces.subList(1, 6)).noneMatch(CheckpointChain.Piece::whole);
        List<byte[]> increments = pieces.subList(1, 6).stream().map(CheckpointChain.Piece::bytes).toList();
        assertThat(CheckpointChain.read(whole, increments).generation()).isEqualTo(pieces.get(5).generation());
        assertThatThrownBy(() -> CheckpointChain.read(whole, List.of(increments.get(0), increments.get(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increment 2 of 2").hasMessageContaining("missing or out of order");
        byte[] damaged = increments.get(1).clone();
        damaged[damaged.length / 2] ^= 0x10;
        assertThatThrownBy(() -> CheckpointChain.read(whole, List.of(increments.get(0), damaged)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increment 2 of 2").hasMessageContaining("corrupted");
        assertThatThrownBy(() -> DeCheckpoint.fromBytes(increments.get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is an increment");
    }

    @Test
    void afterARestartTheNextPieceIsWhole() {
        CheckpointChain chain = new CheckpointChain();
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, DeSettings.defaults().withPopulation(8).withGenerations(4),
                SMALL_LOG, GenerationListener.NONE, Checkpointing.every(1, null, saved::add));
        assertThat(chain.next(saved.get(0)).whole()).isTrue();
        assertThat(chain.next(saved.get(1)).whole()).isFalse();
        chain.restart();
        CheckpointChain.Piece again = chain.next(saved.get(2));
        assertThat(again.whole()).isTrue();
        assertThat(DeCheckpoint.fromBytes(again.bytes()).toBytes()).isEqualTo(saved.get(2).toBytes());
    }

    /** A chain of {@code count} pieces started late in a run, where the log outweighs a few increments. */
    private static List<CheckpointChain.Piece> pieces(CheckpointChain chain, int count) {
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, DeSettings.defaults().withPopulation(10).withGenerations(30 + count),
                LARGE_LOG, GenerationListener.NONE, Checkpointing.every(1, null, saved::add));
        return saved.subList(30, 30 + count).stream().map(chain::next).toList();
    }
}
