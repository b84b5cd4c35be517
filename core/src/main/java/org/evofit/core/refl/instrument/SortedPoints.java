package org.evofit.core.refl.instrument;

import java.util.Arrays;

/**
 * The data points of one data set in increasing x, for the resolution modes that smear over the data
 * grid: GenX's fast convolutions take neighbours by index and the grid step from the first two points,
 * so on descending or shuffled x they would smear with the wrong neighbours. The curve is computed at
 * the sorted points and written back in the data's own order. The order is found once per data set
 * (the x array of a data set is the same object on every evaluation), so later calls allocate nothing.
 */
final class SortedPoints {

    private double[] source;
    private int[] order = new int[0];
    private double[] x = new double[0];
    private double[] sigma = new double[0];
    private double[] out = new double[0];

    /** Whether {@code x[0..n)} is in increasing (non-decreasing) order. */
    static boolean increasing(double[] x, int n) {
        for (int i = 1; i < n; i++) {
            if (x[i] < x[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Sorts {@code points} (n values) unless they are the ones sorted last time. */
    void sort(double[] points, int n) {
        if (points == source && order.length == n) {
            return;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        // A stable sort keeps points of equal x in the file's order.
        Arrays.sort(boxed, (a, b) -> Double.compare(points[a], points[b]));
        order = new int[n];
        x = new double[n];
        sigma = new double[n];
        out = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            x[k] = points[order[k]];
        }
        source = points;
    }

    /** The sorted points. */
    double[] x() {
        return x;
    }

    /** {@code values} (in the data's order) in the sorted order, or null for null. */
    double[] sorted(double[] values) {
        if (values == null) {
            return null;
        }
        for (int k = 0; k < order.length; k++) {
            sigma[k] = values[order[k]];
        }
        return sigma;
    }

    /** Where the curve at the sorted points is computed. */
    double[] out() {
        return out;
    }

    /** Writes the curve at the sorted points into {@code target} in the data's order. */
    void unsort(double[] target) {
        for (int k = 0; k < order.length; k++) {
            target[order[k]] = out[k];
        }
    }
}
