package org.evofit.core.mcmc;

/**
 * Gelman and Rubin's potential scale reduction R-hat across groups of walkers: the walkers are
 * split into {@link #GROUPS} contiguous groups, each pooled into one chain, and R-hat =
 * sqrt(((n - 1)/n W + B/n) / W), W the mean within-group variance and B/n the variance of the group
 * means. Values near 1 say the groups agree; above about 1.1 they have not mixed. The groups of one
 * ensemble interact through the moves, so this is weaker evidence than R-hat across separate runs.
 */
final class GelmanRubin {

    /** The number of walker groups. */
    static final int GROUPS = 4;

    private GelmanRubin() {
    }

    /** R-hat of {@code series[walker][step]}; NaN when the within-group variance is zero. */
    static double rHat(double[][] series) {
        int walkers = series.length;
        int perGroup = walkers / GROUPS;
        double[] means = new double[GROUPS];
        double within = 0;
        long n = (long) perGroup * series[0].length;
        for (int g = 0; g < GROUPS; g++) {
            double sum = 0;
            for (int w = g * perGroup; w < (g + 1) * perGroup; w++) {
                for (double v : series[w]) {
                    sum += v;
                }
            }
            means[g] = sum / n;
            double ss = 0;
            for (int w = g * perGroup; w < (g + 1) * perGroup; w++) {
                for (double v : series[w]) {
                    ss += (v - means[g]) * (v - means[g]);
                }
            }
            within += ss / (n - 1);
        }
        within /= GROUPS;
        double grand = 0;
        for (double m : means) {
            grand += m;
        }
        grand /= GROUPS;
        double betweenOverN = 0;
        for (double m : means) {
            betweenOverN += (m - grand) * (m - grand);
        }
        betweenOverN /= GROUPS - 1;
        if (!(within > 0)) {
            return Double.NaN;
        }
        return Math.sqrt(((n - 1.0) / n * within + betweenOverN) / within);
    }
}
