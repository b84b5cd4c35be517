package org.evofit.core.fit;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/** Standard errors from the covariance matrix at the optimum, in the space of the figure of merit. */
final class ErrorEstimates {

    /** Standard errors (NaN where not determinable) and the scale s² of (JᵀJ)⁻¹. */
    record Covariance(double[] errors, double scale) {
    }

    private ErrorEstimates() {
    }

    /**
     * Standard errors sqrt(diag(C)) with C = (JᵀJ)⁻¹ · Σr²/(N − p), r the residuals the figure of merit
     * compares ({@link Residuals.Kind#COMPARED}: log residuals for a log figure of merit, (Y − S)/E for
     * chi2bars) and J their Jacobian with respect to the free parameters not at a bound. A parameter at
     * a bound has no column in J and error NaN: the bound, not the data, holds it, and one such column
     * of near-zero slope would otherwise make the matrix singular and every error NaN. NaN everywhere
     * when the remaining matrix is singular.
     */
    static Covariance standardErrors(FitProblem problem, double[] best, double[] lower, double[] upper,
                                     boolean[] atBound) {
        Residuals residuals = new Residuals(problem, Residuals.Kind.COMPARED);
        double[] r = residuals.at(best);
        double ss = 0;
        for (double v : r) {
            ss += v * v;
        }
        // Points the figure of merit cannot use have residual 0 and are no degrees of freedom.
        double scale = ss / (problem.figureOfMerit().usablePoints(problem.fitData()) - best.length);
        int[] kept = kept(atBound);
        double[] errors = new double[best.length];
        Arrays.fill(errors, Double.NaN);
        if (kept.length == 0) {
            return new Covariance(errors, scale);
        }
        double[][] full = residuals.jacobian(best, lower, upper);
        double[][] columns = new double[full.length][kept.length];
        double[][] transposed = new double[kept.length][full.length];
        for (int i = 0; i < full.length; i++) {
            for (int c = 0; c < kept.length; c++) {
                columns[i][c] = full[i][kept[c]];
                transposed[c][i] = columns[i][c];
            }
        }
        // Both as Array2DRowRealMatrix, so that the product is the one over the arrays: the same sums in the same
        // order as RealMatrix's, which reads every element through its index-checking getEntry, a tenth of a
        // short fit's error bars while the JIT has not compiled it.
        Array2DRowRealMatrix jac = new Array2DRowRealMatrix(columns, false);
        try {
            RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(transposed, false).multiply(jac))
                    .getSolver().getInverse();
            for (int c = 0; c < kept.length; c++) {
                double v = inverse.getEntry(c, c) * scale;
                errors[kept[c]] = v >= 0 ? Math.sqrt(v) : Double.NaN;
            }
        } catch (SingularMatrixException e) {
            Arrays.fill(errors, Double.NaN);
        }
        return new Covariance(errors, scale);
    }

    private static int[] kept(boolean[] atBound) {
        int n = 0;
        for (boolean b : atBound) {
            n += b ? 0 : 1;
        }
        int[] kept = new int[n];
        int c = 0;
        for (int k = 0; k < atBound.length; k++) {
            if (!atBound[k]) {
                kept[c++] = k;
            }
        }
        return kept;
    }
}
