package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DifferentialEvolutionTest {

    private static final Objective RASTRIGIN = TestFunctions.box(6, -5.12, 5.12, 3, TestFunctions::rastrigin);

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void sameSeedGivesBitIdenticalResultsForAnyThreadCount(Strategy strategy) {
        DeSettings settings = DeSettings.defaults().withStrategy(strategy).withPopulation(24)
                .withGenerations(60).withSeed(42);

        DeResult one = DifferentialEvolution.optimize(RASTRIGIN, settings, DeExecution.defaults().withThreads(1), GenerationListener.NONE);
        DeResult two = DifferentialEvolution.optimize(RASTRIGIN, settings, DeExecution.defaults().withThreads(2), GenerationListener.NONE);
        DeResult four = DifferentialEvolution.optimize(RASTRIGIN, settings, DeExecution.defaults().withThreads(4), GenerationListener.NONE);

        assertThat(two.best()).containsExactly(one.best());
        assertThat(four.best()).containsExactly(one.best());
        assertThat(two.history()).containsExactly(one.history());
        assertThat(four.history()).containsExactly(one.history());
        assertThat(four.evaluations()).isEqualTo(one.evaluations());
    }

    @Test
    void differentSeedsTakeDifferentPaths() {
        DeSettings settings = DeSettings.defaults().withPopulation(24).withGenerations(30);

        DeResult a = DifferentialEvolution.optimize(RASTRIGIN, settings.withSeed(1), GenerationListener.NONE);
        DeResult b = DifferentialEvolution.optimize(RASTRIGIN, settings.withSeed(2), GenerationListener.NONE);

        assertThat(a.history()).isNotEqualTo(b.history());
    }

    @Test
    void theStartGuessIsMemberZeroOfTheInitialPopulation() {
        Objective sphere = TestFunctions.box(3, -10, 10, 0, TestFunctions::sphere);
        DeSettings settings = DeSettings.defaults().withPopulation(10).withGenerations(1);

        DeResult with = DifferentialEvolution.optimize(sphere, settings, GenerationListener.NONE);
        DeResult without = DifferentialEvolution.optimize(sphere, settings.withStartGuess(false),
                GenerationListener.NONE);

        // The start (0, 0, 0) is the exact minimum; random members almost surely are not.
        assertThat(with.history()[0]).isEqualTo(0.0);
        assertThat(without.history()[0]).isGreaterThan(0.0);
    }

    @ParameterizedTest
    @EnumSource(value = BoundaryHandling.class, names = {"REINITIALIZE", "CLAMP"})
    void everyEvaluatedCandidateLiesInsideTheBounds(BoundaryHandling handling) {
        List<double[]> seen = new ArrayList<>();
        Objective recording = new Objective() {
            @Override public int dimension() { return 2; }
            @Override public double[] lower() { return new double[] {0, 1}; }
            @Override public double[] upper() { return new double[] {1, 2}; }
            @Override public double[] start() { return new double[] {0.5, 1.5}; }
            @Override public Evaluator newEvaluator() {
                return v -> {
                    seen.add(v.clone());
                    // The optimum lies on the bounds, so mutants keep overshooting them.
                    return -v[0] - v[1];
                };
            }
        };
        DeSettings settings = DeSettings.defaults().withKmKr(1.5, 1).withPopulation(8)
                .withGenerations(50).withBoundaries(handling);

        DeResult r = DifferentialEvolution.optimize(recording, settings, GenerationListener.NONE);

        assertThat(seen).allSatisfy(v -> {
            assertThat(v[0]).isBetween(0.0, 1.0);
            assertThat(v[1]).isBetween(1.0, 2.0);
        });
        assertThat(r.bestFom()).isLessThan(-2.9);
    }

    @Test
    void minimumSpreadStopsTheRunOnceThePopulationHasCollapsed() {
        Objective sphere = TestFunctions.box(3, -10, 10, 5, TestFunctions::sphere);
        DeSettings settings = DeSettings.defaults().withPopulation(20).withGenerations(5000)
                .withMinSpread(1e-6);
        List<GenerationReport> reports = new ArrayList<>();

        DeResult r = DifferentialEvolution.optimize(sphere, settings, reports::add);

        assertThat(r.stopReason()).isEqualTo(DeResult.StopReason.MIN_SPREAD);
        assertThat(r.generations()).isLessThan(5000);
        assertThat(reports.get(reports.size() - 1).spread()).isLessThan(1e-6);
        assertThat(reports.get(reports.size() - 2).spread()).isGreaterThanOrEqualTo(1e-6);
    }

    @Test
    void listenersHearEveryGenerationWithAFallingBestFom() {
        Objective sphere = TestFunctions.box(4, -10, 10, 5, TestFunctions::sphere);
        List<GenerationReport> reports = new ArrayList<>();

        DifferentialEvolution.optimize(sphere, DeSettings.defaults().withPopulation(12).withGenerations(40),
                reports::add);

        assertThat(reports).hasSize(41);
        assertThat(reports.get(0).generation()).isZero();
        assertThat(reports.get(40).evaluations()).isEqualTo(12L * 41);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).bestFom()).isLessThanOrEqualTo(reports.get(i - 1).bestFom());
        }
    }

    @Test
    void populationAndGenerationsFollowGenxMultipliers() {
        DeSettings genx = DeSettings.defaults();

        assertThat(genx.populationFor(13)).isEqualTo(39);
        assertThat(genx.generationsFor(13)).isEqualTo(6 * 13 * 39);
        assertThat(genx.withPopulation(50).generationsFor(13)).isEqualTo(3900);
    }

    @Test
    void unknownStrategyNamesListTheValidOnes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Strategy.byName("best1bin"))
                .hasMessageContaining("best_1_bin, rand_1_bin");
    }

    @Test
    void restartsKeepTheBestOfIndependentRunsAndCountThemAll() {
        DeSettings one = DeSettings.defaults().withPopulation(12).withGenerations(20);
        List<GenerationReport> reports = new ArrayList<>();

        DeResult first = DifferentialEvolution.optimize(RASTRIGIN, one, GenerationListener.NONE);
        DeResult three = DifferentialEvolution.optimize(RASTRIGIN, one.withRestarts(3), reports::add);

        assertThat(three.evaluations()).isEqualTo(3 * first.evaluations());
        assertThat(three.generations()).isEqualTo(60);
        assertThat(three.bestFom()).isLessThanOrEqualTo(first.bestFom());
        assertThat(reports).hasSize(63);
        assertThat(reports.get(62).generation()).isEqualTo(reports.get(62).maxGenerations());
        assertThat(reports.get(62).evaluations()).isEqualTo(three.evaluations());
        // Run 0 is the single run itself (reports 0-20); with these settings the three runs end in
        // different places, and the result is the best run's, history and all.
        assertThat(bestFoms(reports, 0)).containsExactly(first.history());
        double[] ends = {reports.get(20).bestFom(), reports.get(41).bestFom(), reports.get(62).bestFom()};
        assertThat(ends).doesNotHaveDuplicates();
        int bestRun = ends[0] <= ends[1] && ends[0] <= ends[2] ? 0 : ends[1] <= ends[2] ? 1 : 2;
        assertThat(three.bestFom()).isEqualTo(ends[bestRun]);
        assertThat(three.history()).containsExactly(bestFoms(reports, bestRun));
    }

    /** The best figures of merit reported by restart {@code run} of 21 reports each (20 generations). */
    private static double[] bestFoms(List<GenerationReport> reports, int run) {
        return reports.subList(21 * run, 21 * run + 21).stream().mapToDouble(GenerationReport::bestFom).toArray();
    }

    @Test
    void screenedRestartsContinueTheBestRunForTheFullLength() {
        DeSettings settings = DeSettings.defaults().withPopulation(10).withGenerations(40).withRestarts(4)
                .withRestartGenerations(5);
        List<GenerationReport> reports = new ArrayList<>();

        DeResult r = DifferentialEvolution.optimize(RASTRIGIN, settings, reports::add);

        // Four screening runs of 5 generations (plus their initial populations), then 40 more.
        assertThat(r.evaluations()).isEqualTo(4L * 6 * 10 + 40L * 10);
        assertThat(r.generations()).isEqualTo(4 * 5 + 40);
        assertThat(reports.get(reports.size() - 1).generation()).isEqualTo(reports.get(0).maxGenerations());
        // The continued run's history starts where its screening run ended and only improves.
        for (int g = 1; g < r.history().length; g++) {
            assertThat(r.history()[g]).isLessThanOrEqualTo(r.history()[g - 1]);
        }
        DeResult again = DifferentialEvolution.optimize(RASTRIGIN, settings, DeExecution.defaults().withThreads(3), GenerationListener.NONE);
        assertThat(again.best()).containsExactly(r.best());
    }

    @Test
    void aStartSpreadDrawsTheInitialPopulationAroundTheStartValues() {
        List<double[]> seen = new ArrayList<>();
        Objective recording = new Objective() {
            @Override public int dimension() { return 2; }
            @Override public double[] lower() { return new double[] {0, 0}; }
            @Override public double[] upper() { return new double[] {100, 10}; }
            @Override public double[] start() { return new double[] {30, 9.9}; }
            @Override public Evaluator newEvaluator() {
                return v -> {
                    seen.add(v.clone());
                    return v[0] + v[1];
                };
            }
        };

        DifferentialEvolution.optimize(recording, DeSettings.defaults().withPopulation(40).withGenerations(1)
                .withStartSpread(0.1), GenerationListener.NONE);

        // Initial population: within ±5 % of each bound width around the start, clipped to the bounds.
        assertThat(seen.subList(0, 40)).allSatisfy(v -> {
            assertThat(v[0]).isBetween(25.0, 35.0);
            assertThat(v[1]).isBetween(9.4, 10.0);
        });
    }
}
