package org.evofit.report;

import java.util.Optional;

/**
 * The data points the fit chart cannot draw, counted so that a chart never hides them without a word:
 * a NaN or infinite measured value has no place on any axis, and a value of 0 or less none on a log
 * axis. The report prints {@link #note} under the chart.
 *
 * @param nonFinite   points whose measured value is NaN or infinite
 * @param notPositive finite points of 0 or less, left out because the y axis is logarithmic
 */
record UndrawnPoints(int nonFinite, int notPositive) {

    /** The points of every data set of {@code run} that its fit chart leaves out. */
    static UndrawnPoints of(RunData run) {
        boolean log = run.axes().logY();
        int nonFinite = 0;
        int notPositive = 0;
        for (CurveData c : run.curves()) {
            for (double y : c.y()) {
                if (!Double.isFinite(y)) {
                    nonFinite++;
                } else if (log && y <= 0) {
                    notPositive++;
                }
            }
        }
        return new UndrawnPoints(nonFinite, notPositive);
    }

    /** The sentence under the chart, or empty when every point is drawn. */
    Optional<String> note() {
        if (nonFinite + notPositive == 0) {
            return Optional.empty();
        }
        String nan = nonFinite == 0 ? "" : nonFinite + " with a NaN or infinite value";
        String low = notPositive == 0 ? "" : notPositive + " of 0 or less, which the log axis cannot show";
        String both = nan.isEmpty() || low.isEmpty() ? nan + low : nan + " and " + low;
        return Optional.of("The chart leaves out " + (nonFinite + notPositive) + " data "
                + (nonFinite + notPositive == 1 ? "point" : "points") + ": " + both + ".");
    }
}
