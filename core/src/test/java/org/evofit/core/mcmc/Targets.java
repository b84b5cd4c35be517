package org.evofit.core.mcmc;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.evofit.core.fit.BoxObjective;
import org.evofit.core.optim.Objective;

/** Sampling targets as objectives whose value is the negative log-density (up to a constant). */
final class Targets {

    private Targets() {
    }

    /** The negative log-density {@code f} over the box [lo, hi]^dim. */
    static Objective box(int dim, double lo, double hi, ToDoubleFunction<double[]> f) {
        double[] lower = new double[dim];
        double[] upper = new double[dim];
        Arrays.fill(lower, lo);
        Arrays.fill(upper, hi);
        return new BoxObjective(lower, upper, new double[dim], () -> f::applyAsDouble);
    }

    /** The series per walker of a function of each sample, after {@code first - 1} rows: [walker][row]. */
    static double[][] seriesOf(Chain chain, int first, ToDoubleFunction<double[]> g) {
        double[][] out = new double[chain.walkers()][chain.rows() - first];
        double[] v = new double[chain.dimension()];
        for (int r = first; r < chain.rows(); r++) {
            for (int w = 0; w < chain.walkers(); w++) {
                for (int d = 0; d < v.length; d++) {
                    v[d] = chain.value(r, w, d);
                }
                out[w][r - first] = g.applyAsDouble(v);
            }
        }
        return out;
    }

    /**
     * The mean of a function over the samples after the burn-in and its Monte-Carlo standard error,
     * sqrt(variance x tau / samples) with tau the function's own autocorrelation time: {mean, error}.
     */
    static double[] meanWithError(Chain chain, int first, ToDoubleFunction<double[]> g) {
        double[][] series = seriesOf(chain, first, g);
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (double[] s : series) {
            for (double v : s) {
                sum += v;
                sq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        double variance = sq / n - mean * mean;
        double tau = Autocorrelation.time(series).tau();
        return new double[] {mean, Math.sqrt(variance * tau / n)};
    }
}
