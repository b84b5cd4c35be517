package org.evofit.core.fit;

import java.util.function.Supplier;
import org.evofit.core.optim.Objective;

/**
 * An {@link Objective} over a box: bounds and start values as arrays, and a source of per-thread
 * evaluators. The caller must not modify the arrays afterwards.
 *
 * @param lower      lower bound per free parameter
 * @param upper      upper bound per free parameter
 * @param start      start value per free parameter
 * @param evaluators makes one evaluator per thread
 */
public record BoxObjective(double[] lower, double[] upper, double[] start, Supplier<Evaluator> evaluators)
        implements Objective {

    /** Checks that the three arrays have one length. */
    public BoxObjective {
        if (upper.length != lower.length || start.length != lower.length) {
            throw new IllegalArgumentException("bounds and start differ in length: " + lower.length + ", "
                    + upper.length + ", " + start.length);
        }
    }

    @Override
    public int dimension() {
        return lower.length;
    }

    @Override
    public Evaluator newEvaluator() {
        return evaluators.get();
    }
}
