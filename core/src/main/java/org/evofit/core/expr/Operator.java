package org.evofit.core.expr;

/** The binary operators of the expression grammar. */
enum Operator {
    ADD, SUBTRACT, MULTIPLY, DIVIDE, POWER;

    /**
     * The operator applied to two constants. Folding must give exactly what the generated code
     * gives at run time, so this uses the same double operations and {@link Math#pow}.
     */
    double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case POWER -> Math.pow(a, b);
        };
    }
}
