package org.evofit.wrapper.data.neutron;

import java.util.ArrayList;
import java.util.List;

/** Rows of numbers collected from a data block, handed out by column. */
final class NumberColumns {

    private final List<double[]> rows = new ArrayList<>();

    /** Adds one row. */
    void add(double[] row) {
        rows.add(row);
    }

    /** The number of rows. */
    int size() {
        return rows.size();
    }

    /** The values of column {@code index} of every row. */
    double[] column(int index) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[index];
        }
        return values;
    }

    /** Column {@code index} as 1-sigma widths, from full widths at half maximum of a Gaussian. */
    double[] fwhmColumnAsSigma(int index) {
        double fwhmPerSigma = 2 * Math.sqrt(2 * Math.log(2));
        double[] values = column(index);
        for (int i = 0; i < values.length; i++) {
            values[i] /= fwhmPerSigma;
        }
        return values;
    }
}
