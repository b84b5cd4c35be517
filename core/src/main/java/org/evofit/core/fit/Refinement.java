package org.evofit.core.fit;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Levenberg-Marquardt polishing of differential evolution's best vector, kept inside the bounds
 * by clamping every proposed step. It minimises the squared sum of the figure of merit's residuals
 * (see {@link Residuals.Kind#FOM}), which is proportional to the figure of merit.
 */
final class Refinement {

    private Refinement() {
    }

    /** The refined free vector (may be no better: the caller compares figures of merit). */
    static double[] refine(FitProblem problem, double[] start, double[] lower, double[] upper, long[] evaluations) {
        Residuals residuals = new Residuals(problem, Residuals.Kind.FOM);
        int n = residuals.size();
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .start(start)
                .target(new double[n])
                .model(point -> {
                    double[] p = point.toArray();
                    evaluations[0] += 1 + 2L * p.length;
                    // The target is zero and commons-math minimises target − value, so the sign of
                    // the residuals does not matter.
                    RealVector value = new ArrayRealVector(residuals.at(p), false);
                    return new Pair<>(value, new Array2DRowRealMatrix(residuals.jacobian(p, lower, upper), false));
                })
                .parameterValidator(point -> {
                    RealVector clamped = point.copy();
                    for (int k = 0; k < lower.length; k++) {
                        clamped.setEntry(k, Math.max(lower[k], Math.min(upper[k], point.getEntry(k))));
                    }
                    return clamped;
                })
                .maxEvaluations(1000)
                .maxIterations(200);
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(builder.build());
        return optimum.getPoint().toArray();
    }
}
