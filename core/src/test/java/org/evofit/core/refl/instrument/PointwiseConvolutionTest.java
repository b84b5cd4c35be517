package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PointwiseConvolutionTest {

    @Test
    void expandsEvenlyOverPlusMinusRangeSigmaRowByRow() {
        double[] x = {1, 2};
        double[] sigma = {0.1, 0.2};
        double[] e = new double[10];
        PointwiseConvolution.expand(x, sigma, 2, 5, 2, e);
        // Node r of point i at r·n + i: offsets -2σ, -σ, 0, σ, 2σ.
        assertThat(e).containsExactly(new double[] {0.8, 1.6, 0.9, 1.8, 1, 2, 1.1, 2.2, 1.2, 2.4},
                within(1e-15));
    }

    @Test
    void integrationIsTheTrapezoidalGaussianMeanOverTheNodes() {
        double[] x = {0.5};
        double[] sigma = {0.1};
        int p = 4;
        double[] e = new double[p];
        PointwiseConvolution.expand(x, sigma, 1, p, 3, e);
        double[] values = {1, 4, 9, 16};
        double[] out = new double[1];
        PointwiseConvolution.integrate(x, sigma, 1, p, e, values, out);
        // Nodes at -3σ, -σ, σ, 3σ: weights e^-4.5, e^-0.5, e^-0.5, e^-4.5, trapezoid ½, 1, 1, ½.
        double a = Math.exp(-4.5) / 2;
        double b = Math.exp(-0.5);
        assertThat(out[0]).isCloseTo((a * 1 + b * 4 + b * 9 + a * 16) / (2 * a + 2 * b), within(1e-14));
    }

    @Test
    void manyPointsOverAWideRangeApproachTheGaussianAverage() {
        // The Gaussian average of x² is x² + σ².
        int n = 3;
        int p = 401;
        double[] x = {0.1, 0.2, 0.3};
        double[] sigma = {0.002, 0.004, 0.006};
        double[] e = new double[n * p];
        PointwiseConvolution.expand(x, sigma, n, p, 8, e);
        double[] values = new double[n * p];
        for (int k = 0; k < values.length; k++) {
            values[k] = e[k] * e[k];
        }
        double[] out = new double[n];
        PointwiseConvolution.integrate(x, sigma, n, p, e, values, out);
        for (int i = 0; i < n; i++) {
            assertThat(out[i]).isCloseTo(x[i] * x[i] + sigma[i] * sigma[i], within(1e-12));
        }
    }

    @Test
    void zeroSigmaKeepsTheUnsmearedValue() {
        double[] x = {1, 2};
        double[] sigma = {0, 0};
        double[] e = new double[6];
        PointwiseConvolution.expand(x, sigma, 2, 3, 2, e);
        double[] out = new double[2];
        PointwiseConvolution.integrate(x, sigma, 2, 3, e, new double[] {5, 6, 5, 6, 5, 6}, out);
        assertThat(out).containsExactly(5, 6);
    }
}
