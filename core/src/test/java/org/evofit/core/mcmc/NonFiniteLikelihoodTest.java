package org.evofit.core.mcmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.Test;

/**
 * A model that is not finite in part of the prior box (here: NaN wherever x > 0, inside the bounds)
 * does not break sampling: each proposal there is a rejected move, counted per step, and the posterior
 * is the likelihood truncated to where the model is defined.
 */
class NonFiniteLikelihoodTest {

    private static final SamplerSettings SETTINGS = SamplerSettings.defaults().withWalkers(16).withSteps(2000)
            .withSeed(11);

    @Test
    void proposalsWhereTheModelIsNanAreRejectedCountedAndTheTruncatedPosteriorIsSampled() {
        AtomicLong nanReturned = new AtomicLong();
        // A standard normal in x and y whose model is NaN for x > 0, well inside the box [-10, 10]^2.
        Objective halfNan = Targets.box(2, -10, 10, v -> {
            if (v[0] > 0) {
                nanReturned.incrementAndGet();
                return Double.NaN;
            }
            return 0.5 * (v[0] * v[0] + v[1] * v[1]);
        });
        Chain chain = EnsembleSampler.startAround(halfNan, SETTINGS, new double[] {-1, 0}, 2);
        long beforeSteps = nanReturned.get();
        EnsembleSampler.advance(halfNan, SETTINGS, 2, chain, StepListener.NONE);

        assertThat(beforeSteps).isZero();
        assertThat(chain.steps()).isEqualTo(SETTINGS.steps());
        assertThat(chain.nonFiniteTotal()).isPositive().isEqualTo(nanReturned.get());
        for (int r = 0; r < chain.rows(); r++) {
            for (int w = 0; w < chain.walkers(); w++) {
                assertThat(chain.value(r, w, 0)).isLessThanOrEqualTo(0);
                assertThat(chain.logPosterior(r, w)).isFinite();
            }
        }
        // The half-normal x <= 0: mean -sqrt(2/pi), variance 1 - 2/pi.
        int first = SETTINGS.burnIn() + 1;
        double[] mean = Targets.meanWithError(chain, first, v -> v[0]);
        assertThat(Math.abs(mean[0] + Math.sqrt(2 / Math.PI))).isLessThan(4 * mean[1]);
        double[] square = Targets.meanWithError(chain, first, v -> v[0] * v[0]);
        assertThat(Math.abs(square[0] - 1)).isLessThan(4 * square[1]);

        Posterior posterior = PosteriorAnalysis.of(chain, SETTINGS, java.util.List.of("x", "y"));
        assertThat(posterior.nonFinite()).isEqualTo(chain.nonFiniteTotal());
        assertThat(posterior.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith(chain.nonFiniteTotal() + " of " + (long) SETTINGS.steps() * SETTINGS.walkers()
                        + " proposals").contains("not finite"));
    }

    @Test
    void aModelFiniteEverywhereRejectsNothingForNonFiniteness() {
        Objective gaussian = Targets.box(2, -10, 10, v -> 0.5 * (v[0] * v[0] + v[1] * v[1]));
        Chain chain = EnsembleSampler.run(gaussian, SETTINGS.withSteps(200), 1, new double[] {0, 0},
                StepListener.NONE);

        assertThat(chain.nonFiniteTotal()).isZero();
        assertThat(PosteriorAnalysis.of(chain, SETTINGS.withSteps(200), java.util.List.of("x", "y")).warnings())
                .noneMatch(w -> w.contains("not finite"));
    }
}
