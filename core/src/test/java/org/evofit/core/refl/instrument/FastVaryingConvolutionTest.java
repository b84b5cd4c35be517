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
        double[] all = allPairs(x, in, sigma);
        for (int j = 0; j < 4; j++) {
            assertThat(out[j]).isCloseTo(all[j], within(1e-14));
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

    /**
     * The sums leave out the points beyond {@link FastVaryingConvolution#REACH}·σ: on a reflectivity-like curve over 9
     * decades (a 1/q⁴ fall with fringes), unevenly spaced, with GenX's relative widths, the means are those of the
     * sums over every pair to a part in 1e15.
     */
    @Test
    void meansOverThePointsInReachAreThoseOverAllPairs() {
        int n = 700;
        double[] x = new double[n];
        double[] in = new double[n];
        double[] sigma = new double[n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        double q = 0.005;
        for (int i = 0; i < n; i++) {
            q += rnd.nextDouble(0.0001, 0.0006);
            x[i] = q;
            in[i] = Math.min(1, 1e-8 / (q * q * q * q)) * (1.2 + Math.cos(300 * q));
            sigma[i] = (i % 3 == 0 ? 0.05 : 0.02) * q;
        }
        double[] out = new double[n];
        FastVaryingConvolution.convolve(x, in, sigma, n, out);
        double[] all = allPairs(x, in, sigma);
        for (int j = 0; j < n; j++) {
            assertThat(Math.abs(out[j] - all[j])).as("point %d", j).isLessThanOrEqualTo(1e-15 * all[j]);
        }
    }

    /** A non-finite value turns every smeared point into NaN, as the sums over all pairs do; unsorted points too. */
    @Test
    void aNonFiniteValueOrUnsortedPointsTakeEveryPair() {
        double[] x = {0.01, 0.02, 0.03, 0.5, 0.51};
        double[] sigma = {0.001, 0.001, 0.001, 0.001, 0.001};
        double[] out = new double[5];
        FastVaryingConvolution.convolve(x, new double[] {1, 0.5, Double.NaN, 1e-6, 1e-6}, sigma, 5, out);
        assertThat(java.util.Arrays.stream(out).allMatch(Double::isNaN)).as(java.util.Arrays.toString(out)).isTrue();
        double[] shuffled = {0.51, 0.02, 0.5, 0.01, 0.03};
        double[] in = {1e-6, 0.5, 1e-6, 1, 0.25};
        FastVaryingConvolution.convolve(shuffled, in, sigma, 5, out);
        assertThat(out).containsExactly(allPairs(shuffled, in, sigma));
    }

    /** GenX's sums over every pair, written out. */
    private static double[] allPairs(double[] x, double[] in, double[] sigma) {
        int n = x.length;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - x[j];
                double g = Math.exp(-d * d / (2 * sigma[j] * sigma[j])) * (i == 0 || i == n - 1 ? 0.5 : 1);
                num += g * in[i];
                den += g;
            }
            out[j] = num / den;
        }
        return out;
    }

    @Test
    void zeroSigmaKeepsThePoint() {
        double[] out = new double[3];
        FastVaryingConvolution.convolve(new double[] {0, 1, 2}, new double[] {1, 7, 3}, new double[3], 3, out);
        assertThat(Arrays.equals(out, new double[] {1, 7, 3})).isTrue();
    }
}
