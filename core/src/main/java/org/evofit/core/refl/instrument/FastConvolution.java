package org.evofit.core.refl.instrument;

/**
 * GenX's {@code fast conv}: smearing with one constant Gaussian sigma, done as a discrete convolution
 * on the data grid itself. GenX assumes evenly spaced, increasing x and takes the spacing from the
 * first two points only. Its discretisation, reproduced exactly here, is:
 *
 * <ol>
 *   <li>Offsets r_m = start + m·δ for m in [0, M) with start = -range·σ, exactly as numpy's
 *       {@code arange(-range·σ, range·σ + step, step)} builds them: M = ⌈(stop - start)/step⌉ with
 *       stop = range·σ + step, and δ = (start + step) - start (numpy fills r_m from the first two
 *       values). The offsets need not be symmetric: with step 0.03 and 2σ = 0.01 they are
 *       {-0.01, 0.02}.</li>
 *   <li>Weights v_m = exp(-r_m²/(2σ²))/(√(2π)σ), normalised to sum 1.</li>
 *   <li>The curve is padded with M copies of its first value on the left and M of its last on the right,
 *       convolved with v in numpy's {@code 'same'} mode and the padding cut off again. That gives
 *       out_i = Σ_m v_m · in[clamp(i + c - m)] with c = M - 1 - ⌊M/2⌋ and clamp to [0, n-1]: the
 *       kernel is centred on node c, not on the offset closest to zero.</li>
 * </ol>
 * σ = 0 (where GenX's weights become NaN) leaves the curve unchanged.
 */
public final class FastConvolution {

    private FastConvolution() {
    }

    /**
     * The number of kernel nodes M for grid step {@code step}, sigma and range (in sigmas).
     *
     * @throws IllegalArgumentException if GenX's recipe gives no node at all (a step that is not
     *                                  positive and no smaller than the kernel's width: x decreasing
     *                                  or repeated, which GenX's fast convolution cannot handle)
     */
    public static int kernelLength(double step, double sigma, double range) {
        if (sigma == 0) {
            return 1;
        }
        double start = -range * sigma;
        double stop = range * sigma + step;
        double length = Math.ceil((stop - start) / step);
        if (!(length >= 1)) {
            throw new IllegalArgumentException("GenX's fast convolution has no kernel for step " + step
                    + " and sigma " + sigma + "; it needs increasing, evenly spaced x");
        }
        return (int) length;
    }

    /**
     * Writes the normalised weights v_0..v_{M-1} into {@code weights} and returns M.
     *
     * @param step    the grid step, GenX's x[1] - x[0]
     * @param sigma   the Gaussian's standard deviation, in x units
     * @param range   the half-width of the kernel, in sigmas (GenX's {@code resintrange})
     * @param weights receives the weights; needs at least {@link #kernelLength} elements
     */
    public static int kernel(double step, double sigma, double range, double[] weights) {
        int m = kernelLength(step, sigma, range);
        if (sigma == 0) {
            weights[0] = 1.0;
            return 1;
        }
        double start = -range * sigma;
        double second = start + step;
        double delta = second - start;
        double norm = 1.0 / Math.sqrt(2.0 * Math.PI) / sigma;
        double sum = 0;
        for (int j = 0; j < m; j++) {
            double r = j == 0 ? start : j == 1 ? second : start + j * delta;
            double w = norm * Math.exp(-(r * r) / (sigma * sigma) / 2.0);
            weights[j] = w;
            sum += w;
        }
        for (int j = 0; j < m; j++) {
            weights[j] /= sum;
        }
        return m;
    }

    /**
     * Convolves {@code in[0..n)} with the kernel {@code weights[0..m)} into {@code out[0..n)} with
     * GenX's edge padding and centring ({@code in} and {@code out} must be different arrays).
     */
    public static void convolve(double[] in, int n, double[] weights, int m, double[] out) {
        int centre = m - 1 - m / 2;
        int last = n - 1;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                int k = i + centre - j;
                sum += weights[j] * in[k < 0 ? 0 : k > last ? last : k];
            }
            out[i] = sum;
        }
    }
}
