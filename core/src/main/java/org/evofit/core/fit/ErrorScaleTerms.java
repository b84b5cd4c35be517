package org.evofit.core.fit;

import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;

/**
 * Which points of a problem's data sets without errors take part in {@link ErrorScaleEvaluator}'s
 * likelihood, and where its scale starts: the points the figure of merit can use ({@link
 * FigureOfMerit#usable}), the same the fit counted.
 */
final class ErrorScaleTerms {

    /** ln 2, the Laplace density's normalisation. */
    static final double LN_2 = StrictMath.log(2);

    private ErrorScaleTerms() {
    }

    /** Per data set and point: whether it has no error and the figure of merit can use it. */
    static boolean[][] countedPoints(FigureOfMerit fom, FitData data) {
        boolean[][] counted = new boolean[data.dataSets()][];
        for (int k = 0; k < counted.length; k++) {
            double[] y = data.y()[k];
            counted[k] = new boolean[y.length];
            if (data.error()[k] == null) {
                for (int j = 0; j < y.length; j++) {
                    counted[k][j] = fom.usable(y[j], Double.NaN, data.x()[k][j]);
                }
            }
        }
        return counted;
    }

    /** How many points are counted. */
    static int count(boolean[][] counted) {
        int n = 0;
        for (boolean[] row : counted) {
            for (boolean c : row) {
                n += c ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The maximum-likelihood scale at the model {@code sim}, as ln s: the mean |t| of the counted points
     * for a figure of merit of absolute residuals, the root mean |t| for one of squares; NaN when no
     * counted point has a finite term.
     */
    static double maximumLikelihoodScale(FigureOfMerit fom, FitData data, double[][] sim) {
        boolean[][] counted = countedPoints(fom, data);
        double[][] terms = new double[data.dataSets()][];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = new double[data.y()[k].length];
        }
        fom.terms(data, sim, terms);
        double sum = 0;
        long n = 0;
        for (int k = 0; k < terms.length; k++) {
            for (int j = 0; j < terms[k].length; j++) {
                if (counted[k][j] && Double.isFinite(terms[k][j])) {
                    sum += Math.abs(terms[k][j]);
                    n++;
                }
            }
        }
        double mean = sum / n;
        return fom.squaresResiduals() ? 0.5 * Math.log(mean) : Math.log(mean);
    }
}
