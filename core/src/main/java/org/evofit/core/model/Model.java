package org.evofit.core.model;

/**
 * A physical or empirical model: maps parameter values to a simulated curve for each data set.
 *
 * <p>A model is built against a slot layout (every parameter of the problem has an index in one
 * {@code double[]}), is immutable and thread-safe, and keeps its scratch memory in
 * {@link ModelEvaluator}s, one per thread, so that evaluation inside the fitting loop allocates nothing.
 */
@FunctionalInterface
public interface Model {

    /** A new evaluator; each thread uses its own. */
    ModelEvaluator newEvaluator();
}
