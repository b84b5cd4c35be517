package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FastVaryingConvolutionTest {

    @Test
    void isATrapezoidWeightedGaussianMeanOverAllPoints() {
        double[] x = {0, 0.1, 0.3, 0.35};
        double[] in = {1, 2, 3, 4};
        double[] sigma = {0.1, 0.2, 0.05, 0.3};
        double[] out = new double[4];
        FastVaryingConvolution.convolve(x, in, sigma, 4, out);
        double[] c = {0.5, 1, 1, 0.5};
        for (int j = 0; j < 4; j++) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < 4; i++) {
                double g = c[i] * Math.exp(-Math.pow((x[i] - x[j]) / sigma[j], 2) / 2);
                num += g * in[i];
                den += g;
            }
            assertThat(out[j]).isCloseTo(num / den, within(1e-14));
        }
    }

    @Test
    void keepsAConstantAndAStraightLineAwayFromTheEdges() {
        int n = 400;
        double[] x = new double[n];
        double[] constant = new double[n];
        double[] line = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.01 * i;
            constant[i] = 2.5;
            line[i] = 1 + 3 * x[i];
            sigma[i] = 0.02 + 0.0001 * i;
        }
        double[] out = new double[n];
        FastVaryingConvolution.convolve(x, constant, sigma, n, out);
        for (double v : out) {
            assertThat(v).isCloseTo(2.5, within(1e-14));
        }
        FastVaryingConvolution.convolve(x, line, sigma, n, out);
        for (int i = 100; i < 300; i++) {
            assertThat(out[i]).isCloseTo(line[i], within(1e-12));
        }
    }

    @Test
    void zeroSigmaKeepsThePoint() {
        double[] out = new double[3];
        FastVaryingConvolution.convolve(new double[] {0, 1, 2}, new double[] {1, 7, 3}, new double[3], 3, out);
        assertThat(Arrays.equals(out, new double[] {1, 7, 3})).isTrue();
    }
}
