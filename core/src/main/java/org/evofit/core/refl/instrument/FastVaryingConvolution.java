package org.evofit.core.refl.instrument;

/**
 * GenX's {@code fast conv + varying res.}: each point j is a Gaussian-weighted mean over all data
 * points, with its own sigma_j:
 * <pre>
 *   out_j = Σ_i c_i·in_i·g_ij / Σ_i c_i·g_ij,   g_ij = exp(-(x_i - x_j)²/(2σ_j²)),
 * </pre>
 * where c_i are unit-spacing trapezoidal weights (½ at the first and last point, 1 elsewhere): GenX
 * integrates over the point index, whatever the spacing of x. GenX ignores {@code resintrange} here.
 * Costs n² exponentials. A point with σ_j = 0 (NaN in GenX) keeps its own value.
 */
public final class FastVaryingConvolution {

    private FastVaryingConvolution() {
    }

    /**
     * Smears {@code in[0..n)} into {@code out[0..n)} ({@code in} and {@code out} different arrays).
     *
     * @param x     the data points (their coordinate, not q)
     * @param in    the values at the data points
     * @param sigma the standard deviation at each point, in x units
     * @param n     the number of points, at least 2
     * @param out   receives the smeared values
     */
    public static void convolve(double[] x, double[] in, double[] sigma, int n, double[] out) {
        for (int j = 0; j < n; j++) {
            double s = sigma[j];
            out[j] = s == 0 ? in[j] : weightedMean(x, in, n, x[j], 2 * s * s);
        }
    }

    /** Σ c_i·in_i·g_i / Σ c_i·g_i with g_i = exp(-(x_i - centre)²/twoVariance). */
    private static double weightedMean(double[] x, double[] in, int n, double centre, double twoVariance) {
        int last = n - 1;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - centre;
            double g = Math.exp(-d * d / twoVariance);
            if (i == 0 || i == last) {
                g *= 0.5;
            }
            num += g * in[i];
            den += g;
        }
        return num / den;
    }
}
