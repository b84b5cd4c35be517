package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.data.LoadedCurve;

/**
 * The first point of a data set, in file order and in the fit range, that has a measured value but no
 * usable 1-sigma error (zero, negative, NaN or infinite). A figure of merit that divides by the errors
 * would weigh it infinitely, or leave it out without a word, so such data are refused as bad input.
 *
 * @param file  the data file
 * @param line  the point's line in the file, 0 when the format has no line per point
 * @param point the point's index in the file, from 0
 * @param x     its x as the file gives it
 * @param error its error
 */
record UnusableError(Path file, int line, int point, double x, double error) {

    /**
     * The first such point of a data set read from {@code file}, or null when every point that has a
     * value has a usable error (or the data set has no errors at all, which the figure of merit refuses
     * on its own).
     *
     * @param curve  the curve as the file gave it (points in file order, lines when known)
     * @param ranged the data set made from it, with its fit range
     */
    static UnusableError first(Path file, LoadedCurve curve, DataSet ranged) {
        double[] error = ranged.error();
        if (error == null) {
            return null;
        }
        for (int i = 0; i < error.length; i++) {
            boolean measured = Double.isFinite(ranged.y()[i]);
            if (measured && ranged.inRange(i) && !(error[i] > 0 && error[i] <= Double.MAX_VALUE)) {
                return new UnusableError(file, curve.lines() == null ? 0 : curve.lines()[i], i, curve.x()[i], error[i]);
            }
        }
        return null;
    }

    /** The refusal under the figure of merit called {@code fom}, at the point's line. */
    DataFileException refusal(String fom) {
        String where = line > 0 ? "this point (x = " + x + ")" : "point " + (point + 1) + " (x = " + x + ")";
        return new DataFileException(file.toString(), line, 0, "figure of merit " + fom + " divides by the errors,"
                + " but " + where + " has error " + error + "; expected a positive, finite 1-sigma error on every"
                + " point, or a figure of merit that does not use errors (such as log)");
    }
}
