package org.evofit.wrapper.sample;

import java.util.Arrays;
import org.evofit.core.mcmc.PosteriorAnalysis;

/**
 * A posterior band of one curve: at each of its points, the curve at the MAP sample and the median and
 * central 68 % and 95 % intervals of the curve over posterior draws — the same quantiles (type 7) the
 * posterior table gives the parameters.
 *
 * @param map    the curve at the highest posterior sample
 * @param median median over the draws
 * @param low68  15.87 % quantile
 * @param high68 84.13 % quantile
 * @param low95  2.5 % quantile
 * @param high95 97.5 % quantile
 */
public record Band(double[] map, double[] median, double[] low68, double[] high68, double[] low95,
                   double[] high95) {

    /** Lower end of the central 68 % interval, as the posterior table's. */
    public static final double P_LOW68 = 0.158655;
    /** Upper end of the central 68 % interval. */
    public static final double P_HIGH68 = 0.841345;

    /**
     * The band of {@code draws} ({@code [draw][point]}, the curve at each draw) around {@code map}, the
     * curve at the MAP sample.
     *
     * @throws IllegalArgumentException when there is no draw or a draw is not as long as {@code map}
     */
    public static Band of(double[][] draws, double[] map) {
        if (draws.length == 0) {
            throw new IllegalArgumentException("a posterior band needs at least one draw");
        }
        int n = map.length;
        Band b = new Band(map.clone(), new double[n], new double[n], new double[n], new double[n], new double[n]);
        double[] column = new double[draws.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < draws.length; k++) {
                if (draws[k].length != n) {
                    throw new IllegalArgumentException("draw " + k + " has " + draws[k].length + " points, not " + n);
                }
                column[k] = draws[k][i];
            }
            Arrays.sort(column);
            b.median[i] = PosteriorAnalysis.quantile(column, 0.5);
            b.low68[i] = PosteriorAnalysis.quantile(column, P_LOW68);
            b.high68[i] = PosteriorAnalysis.quantile(column, P_HIGH68);
            b.low95[i] = PosteriorAnalysis.quantile(column, 0.025);
            b.high95[i] = PosteriorAnalysis.quantile(column, 0.975);
        }
        return b;
    }
}
