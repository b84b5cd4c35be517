package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.Test;

/** A fit whose listener says its CPU budget is spent ends at that generation with its best so far. */
class CpuBudgetStopTest {

    private static final Objective RASTRIGIN = TestFunctions.box(4, -5.12, 5.12, 3, TestFunctions::rastrigin);

    /** Says the budget is spent from the report of generation {@code last} on (the generations the optimizer numbers). */
    private static final class SpentAfter implements GenerationListener {
        private final int last;
        private int seen = -1;
        private int asked;

        SpentAfter(int last) {
            this.last = last;
        }

        @Override
        public void generationDone(GenerationReport report) {
            seen = report.generation();
        }

        @Override
        public boolean budgetSpent() {
            asked++;
            return seen >= last;
        }
    }

    @Test
    void aSpentBudgetEndsTheRunAtThatGenerationWithTheUncutRunsBestSoFar() {
        DeSettings settings = DeSettings.defaults().withPopulation(16).withGenerations(50).withSeed(7);
        DeResult whole = DifferentialEvolution.optimize(RASTRIGIN, settings, GenerationListener.NONE);
        SpentAfter budget = new SpentAfter(12);

        DeResult cut = DifferentialEvolution.optimize(RASTRIGIN, settings, budget);

        assertThat(cut.stopReason()).isEqualTo(DeResult.StopReason.CPU_BUDGET);
        assertThat(cut.generations()).isEqualTo(12);
        assertThat(cut.evaluations()).isEqualTo(16L * 13);
        // The same path as the whole run up to the cut: its best so far is the whole run's at generation 12.
        assertThat(cut.bestFom()).isEqualTo(whole.history()[12]);
        assertThat(cut.history()).containsExactly(java.util.Arrays.copyOf(whole.history(), 13));
        assertThat(budget.asked).isEqualTo(13);
        assertThat(whole.stopReason()).isEqualTo(DeResult.StopReason.MAX_GENERATIONS);
    }

    @Test
    void aBudgetSpentInTheFirstRestartRunsNoOtherRestartNorTheScreenedFinalRun() {
        DeSettings settings = DeSettings.defaults().withPopulation(12).withGenerations(40).withSeed(3)
                .withRestarts(3).withRestartGenerations(10);
        SpentAfter budget = new SpentAfter(5);

        DeResult cut = DifferentialEvolution.optimize(RASTRIGIN, settings, budget);

        assertThat(cut.stopReason()).isEqualTo(DeResult.StopReason.CPU_BUDGET);
        assertThat(cut.generations()).isEqualTo(5);
        assertThat(cut.evaluations()).isEqualTo(12L * 6);
    }

    @Test
    void aBudgetSpentAtTheLastGenerationLeavesTheRunFinished() {
        DeSettings settings = DeSettings.defaults().withPopulation(10).withGenerations(8).withSeed(1);

        DeResult r = DifferentialEvolution.optimize(RASTRIGIN, settings, new SpentAfter(8));

        // The planned work is done: nothing was cut short, so nothing is marked.
        assertThat(r.stopReason()).isEqualTo(DeResult.StopReason.MAX_GENERATIONS);
        assertThat(r.generations()).isEqualTo(8);
    }
}
