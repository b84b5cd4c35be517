package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * {@link GaussianBatch} against the density computed in 40 digits, over each series' whole range and a
 * little beyond (the windows' ends, rounded), and on a run of an array as on single values, times the
 * weights' other factors.
 */
class GaussianBatchTest {

    private static final MathContext DIGITS = new MathContext(40);
    private static final BigDecimal TWO_PI = new BigDecimal("6.283185307179586476925286766559005768394");

    @Test
    void nearSeriesIsWithinTenUlpOfTheDensity() {
        assertThat(worst(GaussianBatch.NEAR, 20001)).isLessThan(1e-14);
    }

    @Test
    void farSeriesIsWithinTenUlpOfTheDensity() {
        assertThat(worst(GaussianBatch.DOMAIN, 40001)).isLessThan(1e-14);
    }

    @Test
    void aRunGivesEachValueAsAlone() {
        double[] run = new double[37];
        for (int m = 0; m < run.length; m++) {
            run[m] = -3.5 + 7.0 * m / (run.length - 1);
        }
        double[] w = new double[run.length];
        double[] scale = new double[run.length];
        java.util.Arrays.fill(w, 0.75);
        java.util.Arrays.fill(scale, 3);
        GaussianBatch.density(run, w, scale, 3, 30, 3.5);
        for (int m = 0; m < run.length; m++) {
            double[] one = {0.75};
            GaussianBatch.density(new double[] {run[m]}, one, new double[] {3}, 0, 1, 3.5);
            assertThat(w[m]).isEqualTo(m >= 3 && m < 30 ? one[0] : 0.75);
        }
    }

    /** The largest relative error over n points evenly spread across ±reach·(1 + 1e-12), ends included. */
    private static double worst(double reach, int n) {
        double[] u = new double[n];
        for (int m = 0; m < n; m++) {
            u[m] = reach * (1 + 1e-12) * (2.0 * m / (n - 1) - 1);
        }
        double[] phi = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(phi, 1);
        java.util.Arrays.fill(ones, 1);
        GaussianBatch.density(u, phi, ones, 0, n, reach);
        double worst = 0;
        for (int m = 0; m < n; m++) {
            double exact = exact(u[m]);
            worst = Math.max(worst, Math.abs(phi[m] - exact) / exact);
        }
        return worst;
    }

    /** exp(−u²/2)/√(2π) to 40 digits: the series of exp at −u²/2 / 64, raised to the 64th power. */
    private static double exact(double u) {
        BigDecimal x = new BigDecimal(u).pow(2).divide(BigDecimal.valueOf(-128), DIGITS);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(x, DIGITS).divide(BigDecimal.valueOf(k), DIGITS);
            sum = sum.add(term, DIGITS);
        }
        BigDecimal root = TWO_PI.sqrt(DIGITS);
        return sum.pow(64, DIGITS).divide(root, DIGITS).doubleValue();
    }
}
