package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Screened restarts in rounds run side by side ({@link DeSettings#screenRound()}), on ScreenDropTest's
 * two basins (a narrow global minimum 0 at A, a wide local one 0.5): a round's restarts are dropped by the
 * best run of the rounds before it, the result is the same on any number of threads, and a fit
 * checkpointed or interrupted during a round resumes to the uninterrupted result.
 */
class ScreenRoundTest {

    private static final double[] A = {0.7, 0.7};
    private static final Objective TWO_BASINS = TestFunctions.box(2, -1, 1, 0, ScreenDropTest::twoBasins);
    private static final int DROP = 6;
    private static final int SCREEN = 20;
    private static final int ROUND = 3;
    private static final DeSettings SETTINGS = DeSettings.defaults().withPopulation(8).withGenerations(30)
            .withRestarts(8).withRestartGenerations(SCREEN).withScreenDrop(DROP).withSeed(3).withScreenRound(ROUND);
    private static final DeExecution ONE = DeExecution.defaults();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void eachRoundIsDroppedByTheBestRunOfTheRoundsBeforeIt() {
        DeResult fit = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, GenerationListener.NONE);

        // The rule replayed on single runs of the restarts' seeds: rounds {0,1,2}, {3,4,5}, {6,7}.
        ScreeningReplay replay = ScreeningReplay.of(TWO_BASINS, SETTINGS, ROUND, (r, run) -> { });

        replay.assertSpentAsAndFound(fit, A);
    }

    @Test
    void theResultIsTheSameBitForBitOnOneTwoAndFourThreads() {
        DeResult one = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE, GenerationListener.NONE);
        for (int threads : new int[] {2, 4}) {
            CheckpointResumeTest.assertSame(DifferentialEvolution.optimize(TWO_BASINS, SETTINGS,
                    ONE.withThreads(threads), GenerationListener.NONE), one);
        }
    }

    @Test
    void roundsOfOneAreTheRestartsOneAfterAnother() {
        DeSettings sequential = SETTINGS.withScreenRound(1);
        List<Integer> heard = new ArrayList<>();
        assertThat(DeSettings.defaults().screenRound()).as("the default").isEqualTo(1);
        DeResult a = DifferentialEvolution.optimize(TWO_BASINS, sequential, ONE.withThreads(2), r -> heard.add(r.generation()));
        List<Integer> sorted = new ArrayList<>(heard);
        Collections.sort(sorted);
        assertThat(heard).as("one restart after another: generations heard in order").isEqualTo(sorted);
        assertThat(DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, GenerationListener.NONE).evaluations())
                .as("rounds of 3 compare the first round's restarts with no one: more work than one after another")
                .isGreaterThan(a.evaluations());
    }

    @Test
    void everyCheckpointOfARoundFitResumesToTheUninterruptedResultOnTwoThreads() {
        DeExecution two = ONE.withThreads(2);
        DeResult plain = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE, GenerationListener.NONE);
        List<DeCheckpoint> saved = Collections.synchronizedList(new ArrayList<>());
        CheckpointResumeTest.assertSame(DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, two,
                GenerationListener.NONE, Checkpointing.every(1, null, saved::add)), plain);
        assertThat(saved.stream().map(DeCheckpoint::phase).distinct())
                .as("only a round's first restart and the continuation save").containsExactly(0, 3, 6, 8);
        for (DeCheckpoint c : saved) {
            DeCheckpoint copy = DeCheckpoint.fromBytes(c.toBytes());
            assertThat(copy.fingerprint().settings().screenRound()).isEqualTo(ROUND);
            CheckpointResumeTest.assertSame(DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, two,
                    GenerationListener.NONE, Checkpointing.NONE.withResumeFrom(copy)), plain);
        }
    }

    @Test
    void anInterruptDuringARoundSavesItsFirstRestartAndResumingFinishesTheFit() {
        DeResult plain = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE, GenerationListener.NONE);
        // Generation 3 of restart 3, the second round's first: the fit's own thread runs it.
        int at = 3 * (SCREEN + 1) + 3;
        Thread fitting = Thread.currentThread();
        AtomicBoolean done = new AtomicBoolean();
        List<DeCheckpoint> saved = Collections.synchronizedList(new ArrayList<>());
        DeResult stopped = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE.withThreads(2), report -> {
            if (report.generation() == at && done.compareAndSet(false, true)) {
                fitting.interrupt();
            }
        }, Checkpointing.onInterrupt(saved::add));
        assertThat(Thread.interrupted()).isTrue();
        assertThat(stopped.stopReason()).isEqualTo(DeResult.StopReason.INTERRUPTED);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).phase()).isEqualTo(3);
        assertThat(saved.get(0).generation()).isEqualTo(at);
        CheckpointResumeTest.assertSame(DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE.withThreads(2),
                GenerationListener.NONE, Checkpointing.NONE.withResumeFrom(
                        DeCheckpoint.fromBytes(saved.get(0).toBytes()))), plain);
    }

    @Test
    void anInterruptHeardFromAHelpersRestartStopsTheFitAndTheLastCheckpointResumes() {
        DeResult plain = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE, GenerationListener.NONE);
        // Generation 15 of restart 2 (third of the first round, not dropped: no round before it).
        int at = 2 * (SCREEN + 1) + 15;
        AtomicBoolean done = new AtomicBoolean();
        List<DeCheckpoint> saved = Collections.synchronizedList(new ArrayList<>());
        DeResult stopped = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE.withThreads(2), report -> {
            if (report.generation() == at && done.compareAndSet(false, true)) {
                Thread.currentThread().interrupt();
            }
        }, Checkpointing.every(5, null, saved::add));
        assertThat(Thread.interrupted()).as("the fit's thread was told").isTrue();
        assertThat(stopped.stopReason()).isEqualTo(DeResult.StopReason.INTERRUPTED);
        // Restart 0 saves every 5 generations; how far it got while the helper ran restarts 1 and 2 is timing.
        DeCheckpoint last = saved.isEmpty() ? null : DeCheckpoint.fromBytes(saved.get(saved.size() - 1).toBytes());
        if (last != null) {
            assertThat(last.phase()).as("the first round's first restart").isZero();
        }
        CheckpointResumeTest.assertSame(DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE.withThreads(2),
                GenerationListener.NONE, Checkpointing.NONE.withResumeFrom(last)), plain);
    }

    @Test
    void aSpentCpuBudgetEndsTheRoundAndNoLaterRestartOrContinuationRuns() {
        AtomicInteger reports = new AtomicInteger();
        GenerationListener budget = new GenerationListener() {
            @Override
            public void generationDone(GenerationReport report) {
                reports.incrementAndGet();
            }

            @Override
            public boolean budgetSpent() {
                return reports.get() >= 10;
            }
        };
        DeResult r = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, ONE.withThreads(2), budget);
        assertThat(r.stopReason()).isEqualTo(DeResult.StopReason.CPU_BUDGET);
        assertThat(r.generations()).as("at most the first round's restarts").isLessThanOrEqualTo(ROUND * SCREEN);
    }

    @Test
    void theRoundSizeIsPartOfTheFingerprintAndARoundOfNoneIsRefused() {
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, GenerationListener.NONE,
                Checkpointing.every(9, null, saved::add));
        assertThatThrownBy(() -> DifferentialEvolution.optimize(TWO_BASINS, SETTINGS.withScreenRound(2),
                GenerationListener.NONE, Checkpointing.NONE.withResumeFrom(saved.get(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screenRound (checkpoint 3, now 2)");
        assertThatThrownBy(() -> SETTINGS.withScreenRound(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("screen round must be at least 1 restart, got 0");
    }
}
