package org.evofit.core.expr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The functions an expression may call. Each is the static method of {@link Math} with the same
 * name, taking and returning doubles, so the code generator can call it directly.
 */
enum MathFunction {
    SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1), ATAN(1), ATAN2(2),
    SINH(1), COSH(1), TANH(1), EXP(1), LOG(1), LOG10(1), SQRT(1), ABS(1),
    MIN(2), MAX(2), POW(2), FLOOR(1), CEIL(1);

    private final int arity;

    MathFunction(int arity) {
        this.arity = arity;
    }

    /** The function called {@code name} in an expression, if there is one. */
    static Optional<MathFunction> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.functionName().equals(name)).findFirst();
    }

    /** The name used in expressions, which is also the name of the {@link Math} method. */
    String functionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many arguments the function takes. */
    int arity() {
        return arity;
    }

    /** The JVM method descriptor of the {@link Math} method. */
    String descriptor() {
        return arity == 1 ? "(D)D" : "(DD)D";
    }

    /**
     * The function applied to constant arguments. Folding must agree with the generated call, so
     * this calls the very same {@link Math} method.
     */
    double apply(double[] a) {
        return switch (this) {
            case SIN -> Math.sin(a[0]);
            case COS -> Math.cos(a[0]);
            case TAN -> Math.tan(a[0]);
            case ASIN -> Math.asin(a[0]);
            case ACOS -> Math.acos(a[0]);
            case ATAN -> Math.atan(a[0]);
            case ATAN2 -> Math.atan2(a[0], a[1]);
            case SINH -> Math.sinh(a[0]);
            case COSH -> Math.cosh(a[0]);
            case TANH -> Math.tanh(a[0]);
            case EXP -> Math.exp(a[0]);
            case LOG -> Math.log(a[0]);
            case LOG10 -> Math.log10(a[0]);
            case SQRT -> Math.sqrt(a[0]);
            case ABS -> Math.abs(a[0]);
            case MIN -> Math.min(a[0], a[1]);
            case MAX -> Math.max(a[0], a[1]);
            case POW -> Math.pow(a[0], a[1]);
            case FLOOR -> Math.floor(a[0]);
            case CEIL -> Math.ceil(a[0]);
        };
    }
}
