package org.evofit.core.refl.instrument;

/**
 * GenX's {@code fast conv + varying res.}: each point j is a Gaussian-weighted mean over all data
 * points, with its own sigma_j:
 * <pre>
 *   out_j = Σ_i c_i·in_i·g_ij / Σ_i c_i·g_ij,   g_ij = exp(-(x_i - x_j)²/(2σ_j²)),
 * </pre>
 * where c_i are unit-spacing trapezoidal weights (½ at the first and last point, 1 elsewhere): GenX
 * integrates over the point index, whatever the spacing of x. GenX ignores {@code resintrange} here.
 * A point with σ_j = 0 (NaN in GenX) keeps its own value.
 *
 * <p>The points farther than {@value #REACH}·σ_j from x_j are left out of point j's sums when x increases and
 * every point and value is finite: their weights are below e^-72 ≈ 5e-32 of the centre's (at least ½), so with
 * non-negative values (reflectivity) they change the mean by less than a part in 1e15 even where the values span
 * 15 decades, which is below the sum's rounding. This costs an exponential per point in reach instead of one per
 * pair: in examples/polarised these exponentials were ~80 % of a fit's samples, and a fifth of the pairs are in
 * reach. A non-finite point or value (which the whole sum turns into NaN for every point, as GenX's does) or unsorted
 * points take every pair.
 */
public final class FastVaryingConvolution {

    /** Reach of a point's sums, in its σ: e^(−12²/2) ≈ 5.4e-32. */
    static final double REACH = 12;

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
        boolean reach = SortedPoints.increasing(x, n) && finite(x, n) && finite(in, n);
        for (int j = 0; j < n; j++) {
            double s = sigma[j];
            if (s == 0) {
                out[j] = in[j];
            } else if (reach) {
                // The points in reach, found walking out from j: no more steps than the sum over them takes.
                double width = REACH * Math.abs(s);
                int from = j;
                while (from > 0 && x[from - 1] >= x[j] - width) {
                    from--;
                }
                int to = j + 1;
                while (to < n && x[to] <= x[j] + width) {
                    to++;
                }
                out[j] = weightedMean(x, in, from, to, n, x[j], 2 * s * s);
            } else {
                out[j] = weightedMean(x, in, 0, n, n, x[j], 2 * s * s);
            }
        }
    }

    /** Σ c_i·in_i·g_i / Σ c_i·g_i over i in [from, to) of n points, with g_i = exp(-(x_i - centre)²/twoVariance). */
    private static double weightedMean(double[] x, double[] in, int from, int to, int n, double centre,
            double twoVariance) {
        int last = n - 1;
        double num = 0;
        double den = 0;
        for (int i = from; i < to; i++) {
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

    private static boolean finite(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                return false;
            }
        }
        return true;
    }
}
