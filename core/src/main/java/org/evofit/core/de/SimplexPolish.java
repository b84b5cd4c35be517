package org.evofit.core.de;

import java.util.SplittableRandom;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.evofit.core.optim.Objective;

/**
 * simplex_best_1_bin's extra step: every few generations a Nelder-Mead search starts at the best
 * member with steps of a twentieth of the last trials' spread, as GenX does.
 */
final class SimplexPolish {

    /** Generations between two searches (GenX's simplex_interval). */
    static final int INTERVAL = 5;
    private static final double STEP_FRACTION = 0.05;
    /** The search stops when the FOM changes by less than best / this (GenX's relative epsilon). */
    private static final double RELATIVE_EPSILON = 1000;
    private static final int MAX_ITERATIONS = 100;

    private final double[] lower;
    private final double[] upper;

    SimplexPolish(double[] lower, double[] upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Runs one search from the best member and lets the result compete with it.
     *
     * @return the number of evaluations made
     */
    long polish(Population pop, double[][] lastTrials, Objective.Evaluator evaluator,
                TrialMaker bounds, SplittableRandom rng, EvaluationLog log) {
        int dim = pop.dimension();
        double[] steps = new double[dim];
        for (int d = 0; d < dim; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] t : lastTrials) {
                lo = Math.min(lo, t[d]);
                hi = Math.max(hi, t[d]);
            }
            double step = (hi - lo) * STEP_FRACTION;
            // A collapsed parameter would make the simplex degenerate.
            steps[d] = step > 0 ? step : 1e-6 * (upper[d] - lower[d]);
        }
        long[] count = {0};
        int bestIndex = pop.bestIndex();
        double tolerance = Math.abs(pop.bestFom) / RELATIVE_EPSILON;
        SimplexOptimizer optimizer = new SimplexOptimizer(
                new SimpleValueChecker(-1, tolerance > 0 ? tolerance : 1e-300, MAX_ITERATIONS));
        double[] point;
        try {
            PointValuePair found = optimizer.optimize(
                    new MaxEval(100 * MAX_ITERATIONS * (dim + 2)),
                    new MaxIter(MAX_ITERATIONS + 1),
                    new ObjectiveFunction(v -> {
                        count[0]++;
                        double f = evaluator.evaluate(v);
                        return Double.isNaN(f) ? Double.MAX_VALUE : f;
                    }),
                    GoalType.MINIMIZE,
                    new InitialGuess(pop.members[bestIndex].clone()),
                    new NelderMeadSimplex(steps));
            point = found.getPoint();
        } catch (TooManyEvaluationsException | org.apache.commons.math3.exception.TooManyIterationsException e) {
            return count[0];
        }
        bounds.applyBounds(rng, point);
        double fom = evaluator.evaluate(point);
        count[0]++;
        log.add(point, fom);
        pop.offer(bestIndex, point, fom);
        return count[0];
    }
}
