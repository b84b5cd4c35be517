package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FastConvolutionTest {

    @Test
    void theXrayExamplesKernelHasTwoLopsidedNodes() {
        // step 0.03°, σ 0.005°, ±2σ: GenX's offsets are {-0.01, 0.02}, so the "Gaussian" is two nodes
        // with weights e^-2 and e^-8 (normalised), applied to the point itself and its left neighbour.
        double[] w = new double[4];
        int m = FastConvolution.kernel(0.03, 0.005, 2, w);
        assertThat(m).isEqualTo(2);
        double a = Math.exp(-2);
        double b = Math.exp(-8); // 0.02² / (2·0.005²) = 8
        assertThat(w[0]).isCloseTo(a / (a + b), within(1e-14));
        assertThat(w[1]).isCloseTo(b / (a + b), within(1e-14));

        double[] in = {1, 2, 4, 8};
        double[] out = new double[4];
        FastConvolution.convolve(in, 4, w, m, out);
        assertThat(out[0]).isCloseTo(1, within(1e-15)); // the left neighbour of the first point is itself
        for (int i = 1; i < 4; i++) {
            assertThat(out[i]).isCloseTo(w[0] * in[i] + w[1] * in[i - 1], within(1e-14));
        }
    }

    @Test
    void kernelsAreNumpysArangeNodes() {
        // Lengths and weights as numpy's arange/exp/sum give them (numpy 1.24); numpy sums pairwise,
        // so the normalised weights may differ in the last bit.
        double[] w = new double[32];
        assertThat(FastConvolution.kernel(0.001, 0.005, 2, w)).isEqualTo(21);
        assertThat(w[0]).isCloseTo(0.01119472694350102, within(1e-16));
        assertThat(w[10]).isCloseTo(0.0827184653977395, within(1e-16));
        assertThat(w[20]).isCloseTo(0.0111947269435011, within(1e-16));
        assertThat(FastConvolution.kernel(0.01, 0.02, 3, w)).isEqualTo(13);
        assertThat(w[6]).isCloseTo(0.19967562749792112, within(1e-16));
        assertThat(FastConvolution.kernel(0.004, 0.005, 2, w)).isEqualTo(6);
        assertThat(w[2]).isCloseTo(0.29870373579801596, within(1e-16));
        assertThat(FastConvolution.kernel(0.1, 0.05, 3, w)).isEqualTo(4);
        assertThat(w[0]).isCloseTo(0.00899310498104578, within(1e-16));
        assertThat(w[1]).isCloseTo(0.4910068950189541, within(1e-16));
    }

    @Test
    void centringAndEdgesAreNumpysSameModeOnThePaddedCurve() {
        // in_i = exp(0.3 i) + sin i, i = 0..11, through pad / np.convolve(mode='same') / unpad.
        double[] in = new double[12];
        for (int i = 0; i < in.length; i++) {
            in[i] = Math.exp(0.3 * i) + Math.sin(i);
        }
        assertConvolution(in, 0.004, 0.005, 2, new double[] {1.263461727330127, 1.6986589591048744,
                2.1936165355638613, 2.5396675869273135, 2.8762302804421553, 3.642393721595736,
                5.209214512398626, 7.587889040444699, 10.551097607816265, 14.019693875350303,
                17.93964414269216, 21.828032510317637});
        assertConvolution(in, 0.1, 0.05, 3, new double[] {1.010713753889956, 1.6005219501992354,
                2.449483919069552, 2.6608761989167635, 2.5918225480489974, 3.0635877400503393,
                4.665325213991779, 7.305164942765364, 10.41988152764521, 13.661727695363318,
                17.446286669934267, 22.78886457430796});
        assertConvolution(in, 0.03, 0.005, 2, new double[] {1.0, 2.188384082752062, 2.73008079699084,
                2.6010462740220683, 2.563406925026194, 3.520392436476759, 5.764674826844368,
                8.815607779360835, 12.00464849708015, 15.283741698466521, 19.531007990722383,
                26.096400778728842});
    }

    private static void assertConvolution(double[] in, double step, double sigma, double range,
                                          double[] expected) {
        double[] w = new double[16];
        int m = FastConvolution.kernel(step, sigma, range, w);
        double[] out = new double[in.length];
        FastConvolution.convolve(in, in.length, w, m, out);
        for (int i = 0; i < in.length; i++) {
            assertThat(out[i]).as("point %d", i).isCloseTo(expected[i], within(1e-14 * expected[i]));
        }
    }

    @Test
    void aSymmetricKernelKeepsAStraightLineInTheInterior() {
        double[] w = new double[32];
        int m = FastConvolution.kernel(0.001, 0.005, 2, w); // 21 nodes, centred on node 10
        double[] in = new double[100];
        for (int i = 0; i < in.length; i++) {
            in[i] = 3 + 0.7 * i;
        }
        double[] out = new double[in.length];
        FastConvolution.convolve(in, in.length, w, m, out);
        for (int i = 10; i < 90; i++) {
            assertThat(out[i]).isCloseTo(in[i], within(1e-12));
        }
        // At the edges the curve is continued flat, which pulls the ends towards the interior.
        assertThat(out[0]).isGreaterThan(in[0]);
        assertThat(out[99]).isLessThan(in[99]);
    }

    @Test
    void variancesAddForAPeakWellInsideTheGrid() {
        // A discrete convolution adds the kernel's variance Σ w r² (taken at its centring) to the
        // peak's: a property of sums, independent of how the kernel was sampled.
        double step = 0.001;
        double sigma = 0.01;
        double[] w = new double[64];
        int m = FastConvolution.kernel(step, sigma, 2, w);
        int centre = m - 1 - m / 2;
        double kernelVariance = 0;
        for (int j = 0; j < m; j++) {
            double r = (j - centre) * step;
            kernelVariance += w[j] * r * r;
        }
        // Cut at ±2σ, the kernel is narrower than the Gaussian (a continuous cut gives 0.774σ²; the
        // nodes, with full weight up to the cut, a little more).
        assertThat(kernelVariance / (sigma * sigma)).isBetween(0.76, 0.82);

        int n = 2001;
        double[] x = new double[n];
        double[] in = new double[n];
        double peakSigma = 0.02;
        for (int i = 0; i < n; i++) {
            x[i] = (i - 1000) * step;
            in[i] = Math.exp(-x[i] * x[i] / (2 * peakSigma * peakSigma));
        }
        double[] out = new double[n];
        FastConvolution.convolve(in, n, w, m, out);
        double sum = 0;
        double second = 0;
        double inSecond = 0;
        double inSum = 0;
        for (int i = 0; i < n; i++) {
            sum += out[i];
            second += out[i] * x[i] * x[i];
            inSum += in[i];
            inSecond += in[i] * x[i] * x[i];
        }
        assertThat(second / sum).isCloseTo(inSecond / inSum + kernelVariance, within(1e-12));
    }

    @Test
    void zeroSigmaLeavesTheCurveAlone() {
        double[] w = new double[2];
        assertThat(FastConvolution.kernel(0.01, 0, 2, w)).isEqualTo(1);
        double[] in = {1, 5, 2};
        double[] out = new double[3];
        FastConvolution.convolve(in, 3, w, 1, out);
        assertThat(out).containsExactly(1, 5, 2);
    }

    @Test
    void aDecreasingGridWiderThanTheKernelIsRejected() {
        assertThatThrownBy(() -> FastConvolution.kernelLength(-0.001, 0.005, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
    }
}
