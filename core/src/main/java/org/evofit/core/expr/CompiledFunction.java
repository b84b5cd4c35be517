package org.evofit.core.expr;

/**
 * An expression of one free variable (such as {@code x}) and named quantities read from a slot
 * array, compiled to a fast form. Thread-safe and allocation-free.
 */
@FunctionalInterface
public interface CompiledFunction {

    /** The value at {@code variable} with every other name read from its slot in {@code slots}. */
    double evaluate(double variable, double[] slots);
}
