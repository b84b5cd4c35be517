package org.evofit.core.mcmc;

import org.evofit.core.optim.Objective;

/**
 * The negative log-posterior under uniform priors from the bounds: the objective's value (a negative
 * log-likelihood) inside the bounds, +infinity outside, where the model is never evaluated. Inside the
 * bounds a likelihood that is not finite (a model that is NaN or infinite at some point in range) is
 * NaN, so that the sampler can reject the move and count it apart from moves out of the bounds.
 */
final class UniformPrior implements Objective.Evaluator {

    private final Objective.Evaluator likelihood;
    private final double[] lower;
    private final double[] upper;

    UniformPrior(Objective objective) {
        this.likelihood = objective.newEvaluator();
        this.lower = objective.lower();
        this.upper = objective.upper();
    }

    /** The objective with each evaluator wrapped in the prior. */
    static Objective around(Objective objective) {
        return new Objective() {
            @Override
            public int dimension() {
                return objective.dimension();
            }

            @Override
            public double[] lower() {
                return objective.lower();
            }

            @Override
            public double[] upper() {
                return objective.upper();
            }

            @Override
            public double[] start() {
                return objective.start();
            }

            @Override
            public Evaluator newEvaluator() {
                return new UniformPrior(objective);
            }
        };
    }

    @Override
    public double evaluate(double[] candidate) {
        for (int d = 0; d < candidate.length; d++) {
            // Written so that a NaN coordinate is outside too.
            if (!(candidate[d] >= lower[d] && candidate[d] <= upper[d])) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double value = likelihood.evaluate(candidate);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** Whether a value of {@link #evaluate} is a point inside the bounds whose likelihood is not finite. */
    static boolean nonFinite(double negativeLog) {
        return Double.isNaN(negativeLog);
    }

    /** The log-posterior from a value of {@link #evaluate}: -value, or -infinity when not finite. */
    static double logPosterior(double negativeLog) {
        return Double.isFinite(negativeLog) ? -negativeLog : Double.NEGATIVE_INFINITY;
    }
}
