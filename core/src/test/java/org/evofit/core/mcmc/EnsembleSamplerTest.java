package org.evofit.core.mcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnsembleSamplerTest {

    // A correlated Gaussian in 3 dimensions, cheap enough to run many steps.
    private static final Objective GAUSSIAN = Targets.box(3, -50, 50, v -> {
        double a = v[0] - 1;
        double b = v[1] - 0.9 * a;
        return 0.5 * (a * a + b * b / 0.19 + v[2] * v[2] / 4);
    });
    private static final SamplerSettings SETTINGS = SamplerSettings.defaults().withWalkers(12).withSteps(300)
            .withSeed(99);

    @Test
    void sameSeedGivesBitIdenticalChainsForAnyThreadCount() {
        Chain one = EnsembleSampler.run(GAUSSIAN, SETTINGS, 1, new double[] {1, 0, 0}, StepListener.NONE);
        Chain two = EnsembleSampler.run(GAUSSIAN, SETTINGS, 2, new double[] {1, 0, 0}, StepListener.NONE);
        Chain three = EnsembleSampler.run(GAUSSIAN, SETTINGS, 3, new double[] {1, 0, 0}, StepListener.NONE);

        assertThat(one.rows()).isEqualTo(301);
        for (int r = 0; r < one.rows(); r++) {
            assertThat(two.rowPositions(r)).containsExactly(one.rowPositions(r));
            assertThat(three.rowPositions(r)).containsExactly(one.rowPositions(r));
            assertThat(two.rowLogPosterior(r)).containsExactly(one.rowLogPosterior(r));
        }
    }

    /** Steps 50 and 120 lie in the adaptive moves' first and second Gaussian's spans (burn-in 75). */
    @ParameterizedTest
    @ValueSource(ints = {50, 120})
    void aChainInterruptedAndContinuedFromItsRowsEndsAsTheUninterruptedOne(int interruptedAt) {
        Chain whole = EnsembleSampler.run(GAUSSIAN, SETTINGS, 1, new double[] {1, 0, 0}, StepListener.NONE);

        Chain first = EnsembleSampler.startAround(GAUSSIAN, SETTINGS, new double[] {1, 0, 0}, 2);
        EnsembleSampler.advance(GAUSSIAN, SETTINGS, 2, first, chain -> {
            if (chain.steps() == interruptedAt) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(Thread.interrupted()).isTrue();
        assertThat(first.steps()).isEqualTo(interruptedAt);
        // As a checkpoint read back from disk would: only the rows, in a new chain.
        Chain restored = new Chain(first.walkers(), first.dimension(), SETTINGS.steps() + 1);
        for (int r = 0; r < first.rows(); r++) {
            restored.append(first.rowPositions(r), first.rowLogPosterior(r));
        }
        EnsembleSampler.advance(GAUSSIAN, SETTINGS, 1, restored, StepListener.NONE);

        assertThat(restored.rowPositions(300)).containsExactly(whole.rowPositions(300));
        assertThat(restored.rowLogPosterior(300)).containsExactly(whole.rowLogPosterior(300));
    }

    @Test
    void differentSeedsGiveDifferentChains() {
        Chain a = EnsembleSampler.run(GAUSSIAN, SETTINGS, 1, new double[] {1, 0, 0}, StepListener.NONE);
        Chain b = EnsembleSampler.run(GAUSSIAN, SETTINGS.withSeed(100), 1, new double[] {1, 0, 0},
                StepListener.NONE);

        assertThat(b.rowPositions(300)).isNotEqualTo(a.rowPositions(300));
    }

    @Test
    void everyWalkerStaysInsideTheBoundsWhereThePriorIsZero() {
        // The likelihood pulls towards 5, outside the upper bound 1: the walkers pile up below it.
        Objective pushed = Targets.box(2, -1, 1, v -> 0.5 * ((v[0] - 5) * (v[0] - 5) + v[1] * v[1]));
        Chain chain = EnsembleSampler.run(pushed, SETTINGS.withSteps(200), 1, new double[] {0.99, 0},
                StepListener.NONE);

        for (int r = 0; r < chain.rows(); r++) {
            for (int w = 0; w < chain.walkers(); w++) {
                assertThat(chain.value(r, w, 0)).isBetween(-1.0, 1.0);
                assertThat(chain.value(r, w, 1)).isBetween(-1.0, 1.0);
            }
        }
        // The truncated density is nearly exp(4 (x - 1)) on [-1, 1]: mean 0.75.
        assertThat(Targets.meanWithError(chain, 100, v -> v[0])[0]).isBetween(0.65, 0.85);
    }

    @Test
    void tooFewWalkersForTheParametersAreRefusedSayingWhy() {
        assertThatThrownBy(() -> EnsembleSampler.run(Targets.box(5, -1, 1, v -> 0), SETTINGS.withWalkers(8), 1,
                new double[5], StepListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least twice the 5 free parameters");
    }

    @Test
    void aStartWithNoFiniteLikelihoodIsRefused() {
        Objective nowhere = Targets.box(2, -1, 1, v -> Double.NaN);

        assertThatThrownBy(() -> EnsembleSampler.run(nowhere, SETTINGS, 1, new double[2], StepListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite likelihood");
    }
}
