package org.evofit.core.fit;

import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FigureOfMerit;

/**
 * The in-range points of one data set that no evaluation of a figure of merit can use, counted so that
 * a fit never leaves data out without a word: points whose measured value is NaN or infinite (an ORSO
 * file writes {@code nan} where nothing was measured), and points with a finite value that the figure
 * of merit still cannot use (see {@link FigureOfMerit#usable}), such as a reflectivity of 0 under a
 * logarithm or an error of NaN under chi².
 *
 * @param dataSet   the data set's name
 * @param points    its points in the fit range
 * @param nonFinite points whose measured value is NaN or infinite
 * @param unusable  points with a finite measured value the figure of merit cannot use
 */
public record ExcludedPoints(String dataSet, int points, int nonFinite, int unusable) {

    /** Counts the in-range points of {@code data} that {@code fom} cannot use. */
    public static ExcludedPoints of(DataSet data, FigureOfMerit fom) {
        DataSet fitted = data.fitted();
        double[] error = fitted.error();
        int nonFinite = 0;
        int unusable = 0;
        for (int i = 0; i < fitted.size(); i++) {
            double y = fitted.y()[i];
            if (!Double.isFinite(y)) {
                nonFinite++;
            } else if (!fom.usable(y, error == null ? Double.NaN : error[i], fitted.x()[i])) {
                unusable++;
            }
        }
        return new ExcludedPoints(data.name(), fitted.size(), nonFinite, unusable);
    }

    /** How many points are left out, for either reason. */
    public int excluded() {
        return nonFinite + unusable;
    }

    /** Whether any point is left out. */
    public boolean any() {
        return excluded() > 0;
    }
}
