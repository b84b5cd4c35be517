package org.evofit.core.refl;

/**
 * One line of the smearing benchmark: the default shared-grid smearing against an independent
 * 17-point Gauss–Legendre quadrature per point (refnx's default), both with the fast kernel.
 *
 * @param layers         layers in the stack, fronting and backing media included
 * @param points         data points
 * @param defaultNanos   nanoseconds per call of the default smearing
 * @param defaultNodes   kernel evaluations per call of the default smearing (grid plus edge nodes)
 * @param baselineNanos  nanoseconds per call of the 17-point quadrature
 * @param baselineNodes  kernel evaluations per call of the 17-point quadrature
 */
public record SmearingTiming(int layers, int points, double defaultNanos, int defaultNodes, double baselineNanos,
        int baselineNodes) {

    /** Cost of the default smearing relative to the 17-point quadrature (below 1: cheaper). */
    public double costRatio() {
        return defaultNanos / baselineNanos;
    }
}
