package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.de.Strategy;
import org.junit.jupiter.api.Test;

/** The time-to-solution measurement: where its clock stops, what counts as reaching the target. */
class TimeToSolutionTest {

    private static final int POPULATION = 16;
    private static final FitSettings SETTINGS = FitSettings.defaults().withRefine(false)
            .withDe(DeSettings.defaults().withStrategy(Strategy.BEST_1_BIN).withPopulation(POPULATION)
                    .withGenerations(60).withMinSpread(0));

    @Test
    void theFitStopsAtTheFirstGenerationAtOrBelowTheTargetAndCountsTheEvaluationsUntilThen() {
        FitProblem problem = FitterCheckpointTest.peak();
        FitSettings seeded = SETTINGS.withDe(SETTINGS.de().withSeed(4));
        FitResult plain = Fitter.fit(problem, seeded, GenerationListener.NONE);
        double[] history = plain.history();
        double target = history[30];
        int first = 0;
        while (history[first] > target) {
            first++;
        }
        TimeToSolution.Run run = TimeToSolution.run(problem, seeded, target);
        assertThat(run.reached()).isTrue();
        assertThat(run.seed()).isEqualTo(4);
        // The initial population, then one trial per member each generation.
        assertThat(run.evaluations()).isEqualTo((long) POPULATION * (first + 1));
        assertThat(run.fom()).isEqualTo(history[first]);
        assertThat(run.seconds()).isPositive();
        assertThat(Thread.currentThread().isInterrupted()).as("the stop is not left to the caller").isFalse();
    }

    @Test
    void aTargetNoSeedReachesIsAFailureForEachSeed() {
        List<TimeToSolution.Run> heard = new ArrayList<>();
        // A chi-square is never negative.
        TimeToSolution.Report report = TimeToSolution.measure(FitterCheckpointTest.peak(), SETTINGS, -1, 2, 7,
                heard::add);
        assertThat(report.runs()).extracting(TimeToSolution.Run::seed).containsExactly(7L, 8L);
        assertThat(report.failures()).hasSize(2);
        assertThat(heard).isEqualTo(report.runs());
        assertThat(report.runs()).allSatisfy(r -> assertThat(r.evaluations()).isEqualTo(POPULATION * 61L));
    }

    @Test
    void quantilesInterpolateBetweenTheSortedRuns() {
        TimeToSolution.Report report = new TimeToSolution.Report(1, List.of(run(4, 40), run(1, 10), run(3, 30),
                run(2, 20)));
        assertThat(report.secondsQuantile(0.5)).isEqualTo(2.5);
        assertThat(report.secondsQuantile(0)).isEqualTo(1);
        assertThat(report.secondsQuantile(1)).isEqualTo(4);
        assertThat(report.evaluationsQuantile(0.25)).isEqualTo(17.5);
        assertThatThrownBy(() -> TimeToSolution.measure(FitterCheckpointTest.peak(), SETTINGS, 1, 0, 1, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one seed");
    }

    private static TimeToSolution.Run run(double seconds, long evaluations) {
        return new TimeToSolution.Run(1, true, seconds, evaluations, 0.5);
    }
}
