package org.evofit.core.fit;

import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;

/**
 * Residual vectors of a problem as functions of the free parameters, and their Jacobian by central
 * differences. Used off the hot path: by the refinement and by the covariance error estimate.
 */
final class Residuals {

    /** Which residual vector. */
    enum Kind {
        /** sign(t)·sqrt(|t|) of the figure of merit's terms: its squared sum is proportional to the FOM. */
        FOM,
        /**
         * The residuals the figure of merit compares, divisors included: sign(t)·sqrt(|t|) for a sum of
         * squares, t itself for a sum of absolute values (see {@link FigureOfMerit#squaresResiduals()}).
         * For {@code log} they are the log residuals, for {@code chi2bars} (Y − S)/E.
         */
        COMPARED
    }

    private final FitProblem problem;
    private final Kind kind;

    Residuals(FitProblem problem, Kind kind) {
        this.problem = problem;
        this.kind = kind;
    }

    /** Number of residuals (in-range points). */
    int size() {
        return problem.fitData().points();
    }

    /** The residual vector at a free-parameter vector. */
    double[] at(double[] free) {
        FitData data = problem.fitData();
        double[][] sim = problem.simulateFitted(problem.values(free));
        double[] out = new double[data.points()];
        int k = 0;
        double[][] terms = new double[sim.length][];
        for (int i = 0; i < sim.length; i++) {
            terms[i] = new double[sim[i].length];
        }
        problem.figureOfMerit().terms(data, sim, terms);
        boolean root = kind == Kind.FOM || problem.figureOfMerit().squaresResiduals();
        for (double[] row : terms) {
            for (double t : row) {
                out[k++] = !Double.isFinite(t) ? 0 : root ? Math.signum(t) * Math.sqrt(Math.abs(t)) : t;
            }
        }
        return out;
    }

    /** The Jacobian d r_i / d p_k at {@code free}, by central differences. */
    double[][] jacobian(double[] free, double[] lower, double[] upper) {
        int n = size();
        double[][] jac = new double[n][free.length];
        double[] p = free.clone();
        for (int k = 0; k < free.length; k++) {
            double h = 1e-6 * Math.max(Math.abs(free[k]), 1e-3 * (upper[k] - lower[k]));
            p[k] = free[k] + h;
            double[] plus = at(p);
            p[k] = free[k] - h;
            double[] minus = at(p);
            p[k] = free[k];
            for (int i = 0; i < n; i++) {
                jac[i][k] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        return jac;
    }
}
