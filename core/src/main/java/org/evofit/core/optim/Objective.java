package org.evofit.core.optim;

/**
 * What an optimizer minimises: a function of a vector of free parameters inside bounds.
 *
 * <p>The optimizer asks for one {@link Evaluator} per thread; evaluators hold the scratch memory, so
 * that evaluating a candidate allocates nothing.
 */
public interface Objective {

    /** Number of free parameters. */
    int dimension();

    /** Lower bounds, one per free parameter. The caller must not modify the array. */
    double[] lower();

    /** Upper bounds, one per free parameter. The caller must not modify the array. */
    double[] upper();

    /** The start values (the model's current values), one per free parameter. */
    double[] start();

    /** A new evaluator for the calling thread. */
    Evaluator newEvaluator();

    /** Evaluates candidates on one thread. Not thread-safe; allocation-free. */
    @FunctionalInterface
    interface Evaluator {

        /** The figure of merit of the candidate; smaller is better, non-finite is worst. */
        double evaluate(double[] candidate);
    }
}
