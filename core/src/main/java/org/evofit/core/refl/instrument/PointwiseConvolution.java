package org.evofit.core.refl.instrument;

/**
 * GenX's {@code full conv and varying res.}: the reflectivity is computed at P = {@code respoints}
 * points around every data point x_i,
 * <pre>
 *   x_{r,i} = x_i + (r - (P-1)/2)·(2·range/(P-1))·σ_i,   r = 0..P-1,
 * </pre>
 * i.e. evenly from -range·σ_i to +range·σ_i (range = {@code resintrange}), and integrated with the
 * trapezoidal rule over those nodes with Gaussian weights w_r = exp(-(x_{r,i} - x_i)²/(2σ_i²)):
 * <pre>
 *   out_i = trapz(R·w, x_{·,i}) / trapz(w, x_{·,i}).
 * </pre>
 * Expanded points are laid out row by row: node r of point i sits at index r·n + i, as in GenX. The
 * footprint is applied to the expanded points, before this integration. A point with σ_i = 0 (NaN in
 * GenX) keeps its unsmeared value.
 */
public final class PointwiseConvolution {

    private PointwiseConvolution() {
    }

    /**
     * Writes the P·n expanded points of {@code x[0..n)} into {@code expanded} (index r·n + i).
     *
     * @param x        the data points
     * @param sigma    the standard deviation at each point, in x units
     * @param n        the number of data points
     * @param points   P, GenX's {@code respoints}, at least 2
     * @param range    the half-width in sigmas, GenX's {@code resintrange}
     * @param expanded receives P·n points
     */
    public static void expand(double[] x, double[] sigma, int n, int points, double range,
                              double[] expanded) {
        double spacing = 2.0 * range / (points - 1);
        double middle = (points - 1) / 2.0;
        for (int r = 0; r < points; r++) {
            double scale = (r - middle) * spacing;
            int row = r * n;
            for (int i = 0; i < n; i++) {
                expanded[row + i] = x[i] + scale * sigma[i];
            }
        }
    }

    /**
     * Integrates the values at the expanded points into one value per data point.
     *
     * @param x        the data points
     * @param sigma    the standard deviation at each point (the one {@link #expand} used)
     * @param n        the number of data points
     * @param points   P
     * @param expanded the expanded points from {@link #expand}
     * @param values   the (footprint-corrected) reflectivity at each expanded point
     * @param out      receives n smeared values
     */
    public static void integrate(double[] x, double[] sigma, int n, int points, double[] expanded,
                                 double[] values, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = sigma[i];
            out[i] = s == 0 ? values[i] : trapezoid(x[i], n, points, i, expanded, values, 2 * s * s);
        }
    }

    /** trapz(R·w) / trapz(w) over the P expanded points of data point i (at x, index r·n + i). */
    private static double trapezoid(double x, int n, int points, int i, double[] expanded, double[] values,
                                    double twoVariance) {
        double num = 0;
        double den = 0;
        double prevX = expanded[i];
        double d0 = prevX - x;
        double prevW = Math.exp(-d0 * d0 / twoVariance);
        double prevWR = prevW * values[i];
        for (int r = 1; r < points; r++) {
            int k = r * n + i;
            double xr = expanded[k];
            double d = xr - x;
            double w = Math.exp(-d * d / twoVariance);
            double wr = w * values[k];
            double dx = xr - prevX;
            num += dx * (wr + prevWR) / 2.0;
            den += dx * (w + prevW) / 2.0;
            prevX = xr;
            prevW = w;
            prevWR = wr;
        }
        return num / den;
    }
}
