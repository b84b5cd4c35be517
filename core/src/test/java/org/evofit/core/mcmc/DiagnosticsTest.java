package org.evofit.core.mcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    /** 32 AR(1) series x_t = φ x_{t-1} + e_t, whose autocorrelation time is (1 + φ)/(1 - φ). */
    private static double[][] autoregressive(double phi, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[32][n];
        for (double[] s : out) {
            double x = rng.nextGaussian() / Math.sqrt(1 - phi * phi);
            for (int t = 0; t < n; t++) {
                x = phi * x + rng.nextGaussian();
                s[t] = x;
            }
        }
        return out;
    }

    @Test
    void theAutocorrelationTimeOfAnAutoregressiveSeriesIsItsAnalyticValue() {
        Autocorrelation.Estimate slow = Autocorrelation.time(autoregressive(0.9, 20000, 1));
        Autocorrelation.Estimate fast = Autocorrelation.time(autoregressive(0.0, 20000, 2));

        assertThat(slow.windowFound()).isTrue();
        assertThat(slow.tau()).isCloseTo(19.0, offset(1.5));
        assertThat(slow.window()).isGreaterThanOrEqualTo((int) (Autocorrelation.WINDOW_FACTOR * slow.tau()));
        assertThat(fast.tau()).isCloseTo(1.0, offset(0.1));
    }

    @Test
    void rHatIsNearOneForAgreeingGroupsAndLargeForShiftedOnes() {
        double[][] agreeing = autoregressive(0.5, 2000, 4);
        double[][] shifted = autoregressive(0.5, 2000, 4);
        for (int w = 0; w < 8; w++) {
            for (int t = 0; t < shifted[w].length; t++) {
                shifted[w][t] += 3;
            }
        }

        assertThat(GelmanRubin.rHat(agreeing)).isCloseTo(1.0, offset(0.01));
        assertThat(GelmanRubin.rHat(shifted)).isGreaterThan(1.3);
    }

    @Test
    void aShortChainIsReportedAsTooShortForItsAutocorrelationTime() {
        SamplerSettings settings = new SamplerSettings(8, 60, 10, 1, 3);
        Chain chain = EnsembleSampler.run(Targets.box(2, -10, 10, v -> 0.5 * (v[0] * v[0] + v[1] * v[1])),
                settings, 1, new double[] {0, 0}, StepListener.NONE);

        Posterior posterior = PosteriorAnalysis.of(chain, settings, List.of("p", "q"));

        assertThat(posterior.warnings()).anySatisfy(w -> assertThat(w)
                .contains("too short for its autocorrelation time: 50 steps after the burn-in").contains("every parameter"));
        assertThat(posterior.burn()).isEqualTo(10);
        assertThat(posterior.samples()).isEqualTo(8 * 50);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};

        assertThat(PosteriorAnalysis.quantile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(PosteriorAnalysis.quantile(sorted, 0.125)).isEqualTo(1.5);
        assertThat(PosteriorAnalysis.quantile(sorted, 1.0)).isEqualTo(5.0);
    }
}
