package org.evofit.report;

import java.util.List;

/**
 * What a corner plot shows: the posterior samples of each parameter, with the MAP sample and the
 * medians to mark.
 *
 * @param labels  axis labels, {@code name (unit)}, one per parameter
 * @param samples {@code [parameter][sample]}
 * @param map     the highest posterior sample, one value per parameter
 * @param median  the posterior medians
 */
record CornerData(List<String> labels, double[][] samples, double[] map, double[] median) {

    /** Copies the list; every array has one entry per label. */
    CornerData {
        labels = List.copyOf(labels);
        if (samples.length != labels.size() || map.length != labels.size() || median.length != labels.size()) {
            throw new IllegalArgumentException("a corner plot needs samples, MAP and median of each of "
                    + labels.size() + " parameters");
        }
    }

    /** How many parameters. */
    int dimension() {
        return labels.size();
    }

    /** The plotted range of parameter {@code d}: its samples' span and the marks, padded by 3 %. */
    double[] range(int d) {
        double lo = Math.min(map[d], median[d]);
        double hi = Math.max(map[d], median[d]);
        for (double v : samples[d]) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        // A parameter that never moved still needs an axis that is not of zero length.
        double pad = hi > lo ? 0.03 * (hi - lo) : Math.max(Math.abs(lo) * 1e-6, 1e-12);
        return new double[] {lo - pad, hi + pad};
    }
}
