package org.evofit.core.fit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.evofit.core.de.EvaluationLog;

/** The two kinds of parameter uncertainty evofit reports. */
final class ErrorEstimates {

    private ErrorEstimates() {
    }

    /**
     * GenX's error bars: among the logged evaluations whose figure of merit is below
     * {@code level × best}, the lowest and highest value of each parameter, relative to the best.
     * Returns {@code [low[], high[]]}.
     */
    static double[][] genx(EvaluationLog log, double[] best, double bestFom, double level) {
        int dim = best.length;
        double threshold = bestFom >= 0 ? level * bestFom : bestFom + (level - 1) * Math.abs(bestFom);
        double[] low = new double[dim];
        double[] high = new double[dim];
        for (int i = 0; i < log.size(); i++) {
            if (!(log.fom(i) <= threshold)) {
                continue;
            }
            for (int d = 0; d < dim; d++) {
                double delta = log.value(i, d) - best[d];
                low[d] = Math.min(low[d], delta);
                high[d] = Math.max(high[d], delta);
            }
        }
        return new double[][] {low, high};
    }

    /**
     * Standard errors sqrt(diag(C)) with C = (JᵀJ)⁻¹ · Σr²/(N − p), J the Jacobian of the
     * error-weighted residuals at the optimum (the usual least-squares estimate, scaled by the
     * reduced chi-square). NaN where the matrix is singular.
     */
    static double[] standardErrors(FitProblem problem, double[] best, double[] lower, double[] upper) {
        Residuals residuals = new Residuals(problem, Residuals.Kind.WEIGHTED);
        double[] r = residuals.at(best);
        double ss = 0;
        for (double v : r) {
            ss += v * v;
        }
        int dof = r.length - best.length;
        RealMatrix jac = new Array2DRowRealMatrix(residuals.jacobian(best, lower, upper), false);
        double[] errors = new double[best.length];
        try {
            RealMatrix cov = new LUDecomposition(jac.transpose().multiply(jac)).getSolver().getInverse()
                    .scalarMultiply(ss / dof);
            for (int k = 0; k < errors.length; k++) {
                double v = cov.getEntry(k, k);
                errors[k] = v >= 0 ? Math.sqrt(v) : Double.NaN;
            }
        } catch (SingularMatrixException e) {
            java.util.Arrays.fill(errors, Double.NaN);
        }
        return errors;
    }
}
