package org.evofit.core.data;

import java.util.List;

/**
 * What a figure of merit compares against: the in-range points of every data set of a problem as
 * primitive arrays, one row per data set. Built once per fit; read concurrently, never modified.
 *
 * @param x     x of the in-range points, per data set
 * @param y     measured y, per data set
 * @param error 1-sigma errors per data set; a row is {@code null} where that data set has none
 * @param points total number of in-range points over all data sets (GenX's N)
 */
public record FitData(double[][] x, double[][] y, double[][] error, int points) {

    /** The in-range points of the given data sets. */
    public static FitData of(List<DataSet> dataSets) {
        int n = dataSets.size();
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        double[][] e = new double[n][];
        int points = 0;
        for (int i = 0; i < n; i++) {
            DataSet d = dataSets.get(i).fitted();
            x[i] = d.x();
            y[i] = d.y();
            e[i] = d.error();
            points += d.size();
        }
        return new FitData(x, y, e, points);
    }

    /** Number of data sets. */
    public int dataSets() {
        return x.length;
    }

    /** Whether every data set carries errors. */
    public boolean hasErrors() {
        for (double[] row : error) {
            if (row == null) {
                return false;
            }
        }
        return true;
    }
}
