package org.evofit.core.fit;

import java.util.Arrays;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * The figure of merit of a profile point: parameter k held at a value, every other free parameter
 * re-optimised within its bounds by a short local search from a given start (BOBYQA, Powell's
 * bound-constrained quadratic-model method, for two or more others; Brent's method for one). Both are
 * deterministic, so the bars are the same on every run. The others are searched in units of their
 * bound spans, so that parameters of very different scales are treated alike.
 *
 * <p>The cost is bounded: each point spends at most {@link #maxEvaluations} evaluations, and the
 * search starts from the previous inside point's optimum, so near the optimum it converges in few.
 */
final class ProfileOptimum {

    /** Evaluations per point: this many per re-optimised parameter, plus {@link #BASE_EVALUATIONS}. */
    static final int EVALUATIONS_PER_PARAMETER = 40;
    static final int BASE_EVALUATIONS = 60;
    /** The first trust region, as a fraction of each span; the search is local. */
    private static final double FIRST_RADIUS = 1e-2;
    /** The last trust region, as a fraction of each span. */
    private static final double LAST_RADIUS = 1e-7;

    private final FitProblem problem;
    private final double[] lower;
    private final double[] upper;
    private long evaluations;
    private double bestValue;
    private double[] bestPoint;

    ProfileOptimum(FitProblem problem, double[] lower, double[] upper) {
        this.problem = problem;
        this.lower = lower;
        this.upper = upper;
    }

    /** The most evaluations one point may spend with {@code others} parameters re-optimised. */
    static int maxEvaluations(int others) {
        return BASE_EVALUATIONS + EVALUATIONS_PER_PARAMETER * others;
    }

    /** Evaluations spent so far. */
    long evaluations() {
        return evaluations;
    }

    /**
     * The lowest figure of merit found with parameter k at {@code point[k]}, the others searched from
     * {@code point}'s values; {@code point} is updated in place to where it was found.
     */
    double fom(double[] point, int k) {
        int others = point.length - 1;
        if (others == 0) {
            return evaluate(point);
        }
        if (others == 1) {
            return brent(point, 1 - k);
        }
        return bobyqa(point, k, others);
    }

    /** Evaluates a trial point, remembering the best seen since {@link #reset}. */
    private double evaluate(double[] p) {
        evaluations++;
        double fom = problem.fomOf(problem.values(p));
        // An infeasible point is outside the profile, never its minimum.
        double value = Double.isNaN(fom) ? Double.POSITIVE_INFINITY : fom;
        if (value < bestValue) {
            bestValue = value;
            System.arraycopy(p, 0, bestPoint, 0, p.length);
        }
        return value;
    }

    private void reset(double[] point) {
        bestValue = Double.POSITIVE_INFINITY;
        bestPoint = point.clone();
    }

    /** The best point seen, copied into {@code point}, and its figure of merit. */
    private double best(double[] point) {
        System.arraycopy(bestPoint, 0, point, 0, point.length);
        return bestValue;
    }

    private double brent(double[] point, int j) {
        reset(point);
        evaluate(point);
        double[] trial = point.clone();
        UnivariateObjectiveFunction f = new UnivariateObjectiveFunction(v -> {
            trial[j] = v;
            return evaluate(trial);
        });
        try {
            new BrentOptimizer(1e-10, LAST_RADIUS * (upper[j] - lower[j])).optimize(f, GoalType.MINIMIZE,
                    new MaxEval(maxEvaluations(1)), new SearchInterval(lower[j], upper[j], point[j]));
        } catch (TooManyEvaluationsException e) {
            // The budget bounds the cost; the best point seen within it stands.
        }
        return best(point);
    }

    private double bobyqa(double[] point, int k, int others) {
        reset(point);
        evaluate(point);
        int[] index = new int[others];
        for (int i = 0, j = 0; j < point.length; j++) {
            if (j != k) {
                index[i++] = j;
            }
        }
        double[] trial = point.clone();
        double[] start = new double[others];
        for (int i = 0; i < others; i++) {
            int j = index[i];
            start[i] = (point[j] - lower[j]) / (upper[j] - lower[j]);
        }
        ObjectiveFunction f = new ObjectiveFunction(u -> {
            for (int i = 0; i < others; i++) {
                int j = index[i];
                trial[j] = Math.min(upper[j], Math.max(lower[j], lower[j] + u[i] * (upper[j] - lower[j])));
            }
            return evaluate(trial);
        });
        double[] one = new double[others];
        Arrays.fill(one, 1);
        try {
            new BOBYQAOptimizer(2 * others + 1, FIRST_RADIUS, LAST_RADIUS).optimize(f, GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(new double[others], one),
                    new MaxEval(maxEvaluations(others)));
        } catch (TooManyEvaluationsException e) {
            // The budget bounds the cost; the best point seen within it stands.
        }
        return best(point);
    }
}
