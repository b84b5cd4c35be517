package org.evofit.core.mcmc;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The integrated autocorrelation time of an ensemble's series, by the estimator emcee documents
 * (Goodman and Weare's suggestion of averaging over walkers, with Sokal's automatic window):
 *
 * <ol>
 *   <li>for each walker, the normalised autocorrelation function ρ_w(t) of its series about its own
 *       mean (computed by FFT);</li>
 *   <li>their mean over the walkers, ρ(t);</li>
 *   <li>τ(M) = 1 + 2 Σ_{t=1..M} ρ(t), and the window M the smallest with M ≥ c τ(M), c = 5.</li>
 * </ol>
 * When no window satisfies the rule within the series, the estimate is the last one and
 * {@link Estimate#windowFound()} is false: the chain is too short to say.
 */
public final class Autocorrelation {

    /** Sokal's window constant. */
    public static final double WINDOW_FACTOR = 5.0;

    /**
     * An autocorrelation time.
     *
     * @param tau         integrated autocorrelation time in steps (1 for independent draws)
     * @param window      the lag up to which ρ was summed
     * @param windowFound whether Sokal's rule found its window inside the series
     */
    public record Estimate(double tau, int window, boolean windowFound) {
    }

    private Autocorrelation() {
    }

    /**
     * The integrated autocorrelation time of {@code series[walker][step]} (every walker's series of
     * one length, at least 2). A series constant for every walker (a stuck chain) has time +infinity.
     */
    public static Estimate time(double[][] series) {
        int n = series[0].length;
        if (n < 2) {
            throw new IllegalArgumentException("an autocorrelation time needs at least 2 steps, got " + n);
        }
        double[] mean = new double[n];
        int used = 0;
        for (double[] s : series) {
            double[] acf = normalised(s);
            if (acf == null) {
                continue;
            }
            for (int t = 0; t < n; t++) {
                mean[t] += acf[t];
            }
            used++;
        }
        if (used == 0) {
            return new Estimate(Double.POSITIVE_INFINITY, 0, false);
        }
        double tau = 1;
        for (int m = 1; m < n; m++) {
            tau += 2 * mean[m] / used;
            if (m >= WINDOW_FACTOR * tau) {
                return new Estimate(tau, m, true);
            }
        }
        return new Estimate(tau, n - 1, false);
    }

    /** ρ(t) of one series, or null for a constant one. */
    private static double[] normalised(double[] s) {
        int n = s.length;
        double m = 0;
        for (double v : s) {
            m += v;
        }
        m /= n;
        int size = Integer.highestOneBit(2 * n - 1) << 1;
        double[] padded = new double[size];
        for (int t = 0; t < n; t++) {
            padded[t] = s[t] - m;
        }
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        Complex[] f = fft.transform(padded, TransformType.FORWARD);
        for (int k = 0; k < f.length; k++) {
            double re = f[k].getReal();
            double im = f[k].getImaginary();
            f[k] = new Complex(re * re + im * im, 0);
        }
        Complex[] back = fft.transform(f, TransformType.INVERSE);
        double zero = back[0].getReal();
        if (!(zero > 0)) {
            return null;
        }
        double[] acf = new double[n];
        for (int t = 0; t < n; t++) {
            acf[t] = back[t].getReal() / zero;
        }
        return acf;
    }
}
