package org.evofit.core.param;

/**
 * One named quantity of a model: its value, whether the optimizer may vary it, and the bounds it may
 * take while varied.
 *
 * <p>Names are dotted paths such as {@code g1.center} or {@code Fe.d}; user variables (GenX's
 * {@code UserVars}) are plain names such as {@code Lambda}. Bounds are always checked: a fitted
 * parameter needs finite bounds with {@code min < max}, and its value must lie inside them.
 *
 * @param name  unique name within a model
 * @param value current (start) value
 * @param fit   whether the optimizer varies it
 * @param min   lower bound (inclusive)
 * @param max   upper bound (inclusive)
 */
public record Parameter(String name, double value, boolean fit, double min, double max) {

    /** Validates the invariants described on the type; throws {@link IllegalArgumentException}. */
    public Parameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be empty");
        }
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("parameter " + name + ": value is NaN");
        }
        if (min > max) {
            throw new IllegalArgumentException(
                    "parameter " + name + ": min " + min + " is greater than max " + max);
        }
        if (fit && !(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException(
                    "parameter " + name + ": a fitted parameter needs finite bounds with min < max");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "parameter " + name + ": value " + value + " is outside [" + min + ", " + max + "]");
        }
    }

    /** A fixed parameter without bounds. */
    public static Parameter fixed(String name, double value) {
        return new Parameter(name, value, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A fitted parameter with the given bounds. */
    public static Parameter fitted(String name, double value, double min, double max) {
        return new Parameter(name, value, true, min, max);
    }

    /** This parameter with another value (bounds and fit flag kept). */
    public Parameter withValue(double newValue) {
        return new Parameter(name, newValue, fit, min, max);
    }

    /**
     * This parameter, refused when it lies below the least value its quantity can take (a thickness
     * cannot be negative): its value, or the lower bound of a fitted one, since the optimizer would
     * try every value down to that bound.
     *
     * @param minimum the least value the quantity can take ({@code -inf}: any)
     * @param what    what the parameter is, for the message, such as {@code thickness, layer Fe}
     * @throws IllegalArgumentException naming the parameter, what it is and the value or bound below the minimum
     */
    public Parameter requireAtLeast(double minimum, String what) {
        return requireAtLeast(new Minimum(minimum, what));
    }

    /**
     * This parameter, refused when its value, or the lower bound of a fitted one, is not allowed by
     * {@code least} ({@link Minimum#allows}), since the optimizer would try every value down to that bound.
     *
     * @throws IllegalArgumentException naming the parameter, what it is and the value or bound
     */
    public Parameter requireAtLeast(Minimum least) {
        String cannot = least.cannot(name);
        if (!least.allows(value)) {
            throw new IllegalArgumentException(cannot + ", but its value is " + value);
        }
        if (fit && !least.allows(min)) {
            throw new IllegalArgumentException(cannot + ", but its min is " + min + "; expected min "
                    + least.expected() + ", since the fit tries values down to its min");
        }
        return this;
    }

    /** This parameter with another fit flag. */
    public Parameter withFit(boolean newFit) {
        return new Parameter(name, value, newFit, min, max);
    }
}
