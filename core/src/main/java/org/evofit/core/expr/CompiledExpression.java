package org.evofit.core.expr;

/**
 * An arithmetic expression compiled to a fast form: reads named quantities from a slot array.
 * Thread-safe and allocation-free.
 */
@FunctionalInterface
public interface CompiledExpression {

    /** The value of the expression with each name read from its slot in {@code slots}. */
    double evaluate(double[] slots);
}
