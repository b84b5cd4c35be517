package org.evofit.core.mcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.evofit.core.fit.BoxObjective;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.Test;

/**
 * The adaptive mixture's independence move: it must leave exact answers unchanged (a correlated
 * Gaussian's moments, a density piled against a bound, where the bound transform's Jacobian enters the
 * acceptance) and must make the walkers forget their past faster than the stretch and
 * differential-evolution moves alone. Tolerances are four Monte-Carlo standard errors.
 */
class AdaptiveMovesTest {

    private static final int DIM = 10;

    /**
     * x_d = s_d (z_d + 0.9 z_{d−1}) for independent standard normal z (z_{−1} = 0): neighbours correlated
     * (ρ = 0.67, 0.5 for the first pair), scales from 0.01 to 100. The objective recovers z in turn,
     * z_d = x_d / s_d − 0.9 z_{d−1}, and returns Σ z²/2.
     */
    private static final double[] SCALE = IntStream.range(0, DIM).mapToDouble(d -> Math.pow(10, -2 + 4.0 * d / (DIM - 1)))
            .toArray();

    private static Objective correlatedGaussian() {
        double[] lower = new double[DIM];
        double[] upper = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            lower[d] = -20 * SCALE[d];
            upper[d] = 20 * SCALE[d];
        }
        return new BoxObjective(lower, upper, new double[DIM], () -> x -> {
            double previous = 0;
            double sum = 0;
            for (int d = 0; d < DIM; d++) {
                double z = x[d] / SCALE[d] - 0.9 * previous;
                sum += z * z;
                previous = z;
            }
            return sum / 2;
        });
    }

    /** Var x_d = s_d² (1 + 0.81) for d ≥ 1, s_0² for d = 0. */
    private static double variance(int d) {
        return SCALE[d] * SCALE[d] * (d == 0 ? 1 : 1.81);
    }

    @Test
    void aCorrelatedGaussianKeepsItsMomentsAndMixesFasterThanWithTheEnsembleMovesAlone() {
        Objective target = correlatedGaussian();
        SamplerSettings adaptive = new SamplerSettings(32, 3000, 1000, 1, 8, MoveMixture.ADAPTIVE);
        SamplerSettings ensemble = adaptive.withMoves(MoveMixture.ENSEMBLE);
        double[] center = new double[DIM];
        List<String> names = IntStream.range(0, DIM).mapToObj(d -> "x" + d).toList();

        Chain fast = EnsembleSampler.run(target, adaptive, 2, center, StepListener.NONE);
        Chain slow = EnsembleSampler.run(target, ensemble, 2, center, StepListener.NONE);

        int first = adaptive.burnIn() + 1;
        for (int d = 0; d < DIM; d++) {
            int k = d;
            double[] mean = Targets.meanWithError(fast, first, v -> v[k]);
            double[] square = Targets.meanWithError(fast, first, v -> v[k] * v[k]);
            assertThat(mean[0]).isCloseTo(0, offset(4 * mean[1]));
            assertThat(square[0]).isCloseTo(variance(d), offset(4 * square[1]));
            assertThat(square[1]).isLessThan(0.1 * variance(d));
        }
        double[] fastTau = taus(PosteriorAnalysis.of(fast, adaptive, names));
        double[] slowTau = taus(PosteriorAnalysis.of(slow, ensemble, names));
        // Measured (seed 8): the largest tau falls from 71 to 5.4.
        assertThat(max(fastTau)).isLessThan(max(slowTau) / 5);
    }

    @Test
    void aDensityPiledAgainstABoundIsSampledWithItsExactMoments() {
        // p(x, y) ∝ exp(−x) on [0, 10] times N(0, 1) on [−10, 10]: most of the mass of x lies against x = 0.
        Objective target = new BoxObjective(new double[] {0, -10}, new double[] {10, 10}, new double[2],
                () -> v -> v[0] + 0.5 * v[1] * v[1]);
        SamplerSettings settings = new SamplerSettings(32, 6000, 1000, 1, 21, MoveMixture.ADAPTIVE);

        Chain chain = EnsembleSampler.run(target, settings, 2, new double[] {1, 0}, StepListener.NONE);

        int first = settings.burnIn() + 1;
        double tail = Math.exp(-10);
        double[] mean = Targets.meanWithError(chain, first, v -> v[0]);
        double[] square = Targets.meanWithError(chain, first, v -> v[0] * v[0]);
        double[] near = Targets.meanWithError(chain, first, v -> v[0] < 0.1 ? 1 : 0);
        double[] y = Targets.meanWithError(chain, first, v -> v[1] * v[1]);
        // Truncated exponential: E x = 1 − 10 e^−10/(1 − e^−10), E x² = 2 − (100 + 20) e^−10/(1 − e^−10).
        assertThat(mean[0]).isCloseTo(1 - 10 * tail / (1 - tail), offset(4 * mean[1]));
        assertThat(square[0]).isCloseTo(2 - 120 * tail / (1 - tail), offset(4 * square[1]));
        assertThat(near[0]).isCloseTo((1 - Math.exp(-0.1)) / (1 - tail), offset(4 * near[1]));
        assertThat(y[0]).isCloseTo(1, offset(4 * y[1]));
        assertThat(mean[1]).isLessThan(0.02);
    }

    private static double[] taus(Posterior posterior) {
        return posterior.parameters().stream().mapToDouble(ParameterPosterior::tau).toArray();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
