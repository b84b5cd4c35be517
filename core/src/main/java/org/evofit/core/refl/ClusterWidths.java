package org.evofit.core.refl;

import java.util.Arrays;

/**
 * The resolutions of the points one cluster of {@link EdgePieces} serves, by where their windows lie:
 * a piece must be short against the Gaussian of every point whose window it reaches
 * ({@link EdgeQuadrature#PIECE}·σ), not against the narrowest of the whole cluster. With widths that
 * grow with Q (relative, or a column that does), a cluster's pieces far from its narrowest points may
 * be longer. One per workspace, refilled for each cluster.
 */
final class ClusterWidths {

    private double[] lo = new double[16];
    private double[] hi = new double[16];
    private double[] sigma = new double[16];
    private int count;
    /** The resolution every point has, or NaN once two differ (or none was added). */
    private double common = Double.NaN;

    /** Forgets every point. */
    void clear() {
        count = 0;
        common = Double.NaN;
    }

    /** A point whose window is [a, b] and resolution s; points are added in ascending order of a. */
    void add(double a, double b, double s) {
        if (count == lo.length) {
            lo = Arrays.copyOf(lo, 2 * count);
            hi = Arrays.copyOf(hi, 2 * count);
            sigma = Arrays.copyOf(sigma, 2 * count);
        }
        lo[count] = a;
        hi[count] = b;
        sigma[count] = s;
        common = count == 0 || s == common ? s : Double.NaN;
        count++;
    }

    /**
     * The narrowest resolution of the points whose windows reach into [a, b], or {@code fallback}
     * when none does.
     */
    double narrowest(double a, double b, double fallback) {
        if (fallback == common) {
            // Whichever points reach [a, b], the answer is the same (constant widths): no scan per piece.
            return fallback;
        }
        double least = Double.POSITIVE_INFINITY;
        // Points come in ascending order of their window's start (EdgeQuadrature.lay adds them so): none after
        // the first that starts at or beyond b reaches [a, b], and a fit that varies an SLD asks this per piece.
        for (int p = 0; p < count && lo[p] < b; p++) {
            if (hi[p] > a) {
                least = Math.min(least, sigma[p]);
            }
        }
        return least == Double.POSITIVE_INFINITY ? fallback : least;
    }
}
