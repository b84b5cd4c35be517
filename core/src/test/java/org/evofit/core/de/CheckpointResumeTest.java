package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.evofit.core.fit.BoxObjective;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A run resumed from any checkpoint ends exactly as the uninterrupted run. */
class CheckpointResumeTest {

    private static final Objective RASTRIGIN = TestFunctions.box(4, -5.12, 5.12, 3, TestFunctions::rastrigin);
    private static final Objective ROSENBROCK = TestFunctions.box(3, -2, 2, 0.5, TestFunctions::rosenbrock);

    /** How the runs are arranged: one run, screened restarts, full-length restarts. */
    enum Layout {
        SINGLE, SCREENED, FULL_RESTARTS, DROPPING;

        DeSettings apply(DeSettings s) {
            return switch (this) {
                case SINGLE -> s;
                case SCREENED -> s.withRestarts(3).withRestartGenerations(8);
                case FULL_RESTARTS -> s.withRestarts(3);
                case DROPPING -> s.withRestarts(4).withRestartGenerations(8).withScreenDrop(3);
            };
        }
    }

    static Stream<Arguments> strategiesAndLayouts() {
        return Stream.of(Strategy.values()).flatMap(s -> Stream.of(Layout.values()).map(l -> Arguments.of(s, l)));
    }

    /** A small log wraps around during the run, so its ring order must survive a resume too. */
    private static final DeExecution SMALL_LOG = DeExecution.defaults().withLogCapacity(70);
    private static final DeExecution TWO_THREADS = SMALL_LOG.withThreads(2);

    private static DeSettings settings(Strategy strategy, Layout layout) {
        return layout.apply(DeSettings.defaults().withStrategy(strategy).withPopulation(12).withGenerations(25)
                .withSeed(11));
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @ParameterizedTest
    @MethodSource("strategiesAndLayouts")
    void resumingFromAnyPhaseGivesTheUninterruptedResultBitForBit(Strategy strategy, Layout layout) {
        Objective objective = strategy == Strategy.SIMPLEX_BEST_1_BIN ? ROSENBROCK : RASTRIGIN;
        DeSettings settings = settings(strategy, layout);
        DeResult plain = DifferentialEvolution.optimize(objective, settings, SMALL_LOG, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        DeResult checkpointed = DifferentialEvolution.optimize(objective, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(1, null, saved::add));
        assertSame(checkpointed, plain);
        assertThat(saved).isNotEmpty();

        for (DeCheckpoint c : chosen(saved, settings)) {
            DeCheckpoint copy = DeCheckpoint.fromBytes(c.toBytes());
            List<Integer> heard = new ArrayList<>();
            DeResult resumed = DifferentialEvolution.optimize(objective, settings, SMALL_LOG, r -> heard.add(r.generation()),
                    Checkpointing.NONE.withResumeFrom(copy));
            assertSame(resumed, plain);
            if (!heard.isEmpty()) {
                assertThat(heard.get(0)).as("first generation heard after resuming at %d", c.generation())
                        .isIn(c.generation(), c.generation() + 1, nextPhase(c, settings));
            }
        }
    }

    /** Early, during screening, at the switch to the continuation, during it, and the last. */
    private static List<DeCheckpoint> chosen(List<DeCheckpoint> saved, DeSettings settings) {
        List<DeCheckpoint> out = new ArrayList<>();
        out.add(saved.get(0));
        out.add(saved.get(saved.size() / 3));
        out.add(saved.get(saved.size() / 2));
        out.add(saved.get(saved.size() - 1));
        int lastPhase = settings.restarts();
        saved.stream().filter(c -> c.phase() == lastPhase && c.current().generation() == 0).findFirst()
                .ifPresent(out::add);
        saved.stream().filter(c -> c.phase() == lastPhase && c.current().generation() == 10).findFirst()
                .ifPresent(out::add);
        saved.stream().filter(c -> c.phase() == 1 && c.current().generation() == 4).findFirst()
                .ifPresent(out::add);
        saved.stream().filter(c -> c.current().stopReason() != null && c.phase() < lastPhase - 1).findFirst()
                .ifPresent(out::add);
        return out;
    }

    @Test
    void runsEndedByTheMinimumSpreadResumeToTheSameResult() {
        Objective sphere = TestFunctions.box(3, -1, 1, 0.5, TestFunctions::sphere);
        DeSettings settings = DeSettings.defaults().withPopulation(10).withGenerations(60).withRestarts(3)
                .withRestartGenerations(30).withMinSpread(0.2).withSeed(2);
        DeResult plain = DifferentialEvolution.optimize(sphere, settings, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(sphere, settings, GenerationListener.NONE,
                Checkpointing.every(1, null, saved::add));
        List<DeCheckpoint> ended = saved.stream()
                .filter(c -> c.current().stopReason() == DeResult.StopReason.MIN_SPREAD).toList();
        assertThat(ended).as("screening runs stopped by the spread").isNotEmpty();
        for (DeCheckpoint c : ended) {
            assertSame(DifferentialEvolution.optimize(sphere, settings, GenerationListener.NONE,
                    Checkpointing.NONE.withResumeFrom(DeCheckpoint.fromBytes(c.toBytes()))), plain);
        }
        assertSame(DifferentialEvolution.optimize(sphere, settings, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(saved.get(saved.size() / 2))), plain);
    }

    @Test
    void screenedRestartsSaveCheckpointsInEveryPhase() {
        DeSettings settings = settings(Strategy.BEST_1_BIN, Layout.SCREENED);
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(1, null, saved::add));
        assertThat(saved.stream().map(DeCheckpoint::phase).distinct()).containsExactly(0, 1, 2, 3);
        assertThat(saved.stream().filter(c -> c.phase() == 3).findFirst().orElseThrow().bestRun()).isNull();
        assertThat(saved.stream().filter(c -> c.phase() == 1).findFirst().orElseThrow().bestRun()).isNotNull();
    }

    @Test
    void checkpointsComeEveryNGenerations() {
        DeSettings settings = settings(Strategy.RAND_1_BIN, Layout.SINGLE);
        List<Integer> generations = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(5, null, c -> generations.add(c.generation())));
        assertThat(generations).containsExactly(5, 10, 15, 20, 25);
    }

    @Test
    void aTimeTriggerSavesOnceTheIntervalHasPassed() {
        DeSettings settings = settings(Strategy.BEST_1_BIN, Layout.SINGLE);
        List<Integer> generations = new ArrayList<>();
        // A nanosecond passes between any two generations, so every generation is saved once the cost cap is off.
        DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(0, Duration.ofNanos(1), c -> generations.add(c.generation())).withCostShare(0));
        assertThat(generations).hasSize(26).startsWith(0, 1, 2).endsWith(25);
        List<Integer> none = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(0, Duration.ofDays(1), c -> none.add(c.generation())));
        assertThat(none).isEmpty();
    }

    @Test
    void anInterruptDuringAParallelEvaluationFinishesTheGenerationAndSavesIt() {
        Thread optimizer = Thread.currentThread();
        AtomicInteger count = new AtomicInteger();
        Objective interrupting = new BoxObjective(RASTRIGIN.lower(), RASTRIGIN.upper(), RASTRIGIN.start(), () -> v -> {
            if (Thread.currentThread() == optimizer && count.incrementAndGet() == 100) {
                Thread.currentThread().interrupt();
            }
            return TestFunctions.rastrigin(v);
        });
        DeSettings settings = settings(Strategy.BEST_1_BIN, Layout.SCREENED);
        DeResult plain = DifferentialEvolution.optimize(RASTRIGIN, settings, TWO_THREADS, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        DeResult stopped = DifferentialEvolution.optimize(interrupting, settings, TWO_THREADS, GenerationListener.NONE,
                Checkpointing.onInterrupt(saved::add));
        assertThat(Thread.interrupted()).isTrue();
        assertThat(stopped.stopReason()).isEqualTo(DeResult.StopReason.INTERRUPTED);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).evaluations()).isEqualTo(stopped.evaluations()).isGreaterThan(100);
        assertSame(DifferentialEvolution.optimize(RASTRIGIN, settings, TWO_THREADS, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(saved.get(0))), plain);
    }

    @Test
    void noTriggerSavesNothingUnlessInterrupted() {
        List<DeCheckpoint> saved = new ArrayList<>();
        DeResult r = DifferentialEvolution.optimize(RASTRIGIN, settings(Strategy.BEST_1_BIN, Layout.SCREENED), SMALL_LOG,
                GenerationListener.NONE, Checkpointing.onInterrupt(saved::add));
        assertThat(saved).isEmpty();
        assertThat(r.stopReason()).isEqualTo(DeResult.StopReason.MAX_GENERATIONS);
    }

    static Stream<Arguments> interruptions() {
        // Single run mid-way; screening run 1 mid-way; the last screening generation; the continuation.
        return Stream.of(Arguments.of(Layout.SINGLE, 7), Arguments.of(Layout.SCREENED, 13),
                Arguments.of(Layout.SCREENED, 26), Arguments.of(Layout.SCREENED, 40),
                Arguments.of(Layout.FULL_RESTARTS, 30), Arguments.of(Layout.DROPPING, 12),
                Arguments.of(Layout.DROPPING, 21));
    }

    @ParameterizedTest
    @MethodSource("interruptions")
    void anInterruptSavesTheGenerationJustFinishedAndResumingFinishesTheRun(Layout layout, int k) {
        DeSettings settings = settings(Strategy.JADE_BEST, layout);
        DeResult plain = DifferentialEvolution.optimize(RASTRIGIN, settings, TWO_THREADS, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        boolean[] done = {false};
        DeResult stopped = DifferentialEvolution.optimize(RASTRIGIN, settings, TWO_THREADS, report -> {
            if (report.generation() == k && !done[0]) {
                done[0] = true;
                Thread.currentThread().interrupt();
            }
        }, Checkpointing.onInterrupt(saved::add));
        assertThat(Thread.interrupted()).isTrue();
        assertThat(stopped.stopReason()).isEqualTo(DeResult.StopReason.INTERRUPTED);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).generation()).isEqualTo(k);
        assertThat(stopped.evaluations()).isEqualTo(saved.get(0).evaluations());

        List<Integer> heard = new ArrayList<>();
        DeResult resumed = DifferentialEvolution.optimize(RASTRIGIN, settings, TWO_THREADS, r -> heard.add(r.generation()),
                Checkpointing.NONE.withResumeFrom(DeCheckpoint.fromBytes(saved.get(0).toBytes())));
        assertSame(resumed, plain);
        assertThat(heard.get(0)).isIn(k, k + 1, nextPhase(saved.get(0), settings));
        assertThat(heard.get(heard.size() - 1)).isEqualTo(plannedLast(settings));
    }

    /**
     * The first generation the next phase reports: where a resume from a run dropped at the screenDrop
     * generation goes on (the generation numbers of the rest of that run are skipped).
     */
    private static int nextPhase(DeCheckpoint c, DeSettings s) {
        int perRun = s.restartGenerations() + 1;
        return Math.min((c.phase() + 1) * perRun, s.restarts() * perRun - 1);
    }

    private static int plannedLast(DeSettings s) {
        int perRun = s.restarts() > 1 && s.restartGenerations() > 0 ? s.restartGenerations() : s.generations();
        int finalRun = s.restarts() > 1 && s.restartGenerations() > 0 ? s.generations() : 0;
        return s.restarts() * (perRun + 1) - 1 + finalRun;
    }

    @Test
    void aCheckpointFromOneThreadResumesIdenticallyOnTwo() {
        DeSettings settings = settings(Strategy.SIMPLEX_BEST_1_BIN, Layout.SCREENED);
        DeResult plain = DifferentialEvolution.optimize(ROSENBROCK, settings, SMALL_LOG, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        DifferentialEvolution.optimize(ROSENBROCK, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(9, null, saved::add));
        for (DeCheckpoint c : saved) {
            DeResult one = DifferentialEvolution.optimize(ROSENBROCK, settings, SMALL_LOG, GenerationListener.NONE,
                    Checkpointing.NONE.withResumeFrom(c));
            DeResult two = DifferentialEvolution.optimize(ROSENBROCK, settings, TWO_THREADS,
                    GenerationListener.NONE, Checkpointing.NONE.withResumeFrom(c));
            assertSame(one, plain);
            assertSame(two, plain);
        }
    }

    @Test
    void aResumedRunCanItselfBeCheckpointedAndResumed() {
        DeSettings settings = settings(Strategy.RAND_EITHER_OR, Layout.SCREENED);
        DeResult plain = DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE);
        List<DeCheckpoint> first = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(10, null, first::add));
        List<DeCheckpoint> second = new ArrayList<>();
        DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.every(7, null, second::add).withResumeFrom(first.get(1)));
        assertThat(second.get(0).generation()).isEqualTo(first.get(1).generation() + 7);
        DeResult resumed = DifferentialEvolution.optimize(RASTRIGIN, settings, SMALL_LOG, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(second.get(second.size() / 2)));
        assertSame(resumed, plain);
    }

    /** Everything but the wall-clock seconds, compared bit for bit. */
    static void assertSame(DeResult actual, DeResult expected) {
        assertThat(actual.best()).isEqualTo(expected.best());
        assertThat(Double.doubleToRawLongBits(actual.bestFom())).isEqualTo(Double.doubleToRawLongBits(expected.bestFom()));
        assertThat(actual.generations()).isEqualTo(expected.generations());
        assertThat(actual.evaluations()).isEqualTo(expected.evaluations());
        assertThat(actual.history()).isEqualTo(expected.history());
        assertThat(actual.stopReason()).isEqualTo(expected.stopReason());
        EvaluationLog a = actual.log();
        EvaluationLog e = expected.log();
        assertThat(a.size()).isEqualTo(e.size());
        for (int i = 0; i < e.size(); i++) {
            assertThat(Double.doubleToRawLongBits(a.fom(i))).as("log fom %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(e.fom(i)));
            for (int d = 0; d < e.dimension(); d++) {
                assertThat(Double.doubleToRawLongBits(a.value(i, d))).as("log value %d, %d", i, d)
                        .isEqualTo(Double.doubleToRawLongBits(e.value(i, d)));
            }
        }
    }
}
