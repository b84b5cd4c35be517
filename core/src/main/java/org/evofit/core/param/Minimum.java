package org.evofit.core.param;

/**
 * The least value a model's parameter can take because of what it is (a thickness cannot be
 * negative, a wavelength must be positive), with what it is for the messages that refuse less. Start
 * values and bounds are checked against it when a model is made; a value a coupling computes can only be
 * checked when it is computed.
 *
 * @param value  the least value
 * @param strict whether {@code value} itself is refused too (a wavelength of 0 is no wavelength)
 * @param what   what the parameter is, such as {@code thickness, layer Fe}
 */
public record Minimum(double value, boolean strict, String what) {

    /** A minimum that {@code value} itself meets (a thickness of 0 is allowed). */
    public Minimum(double value, String what) {
        this(value, false, what);
    }

    /** Whether {@code v} is allowed: at least the minimum, or above it when strict (NaN is not). */
    public boolean allows(double v) {
        return strict ? v > value : v >= value;
    }

    /** {@code name (what) cannot be negative}, {@code ... must be positive} or {@code ... cannot be less than v}. */
    public String cannot(String name) {
        String rule;
        if (strict) {
            rule = value == 0 ? "must be positive" : "must be greater than " + value;
        } else {
            rule = value == 0 ? "cannot be negative" : "cannot be less than " + value;
        }
        return name + " (" + what + ") " + rule;
    }

    /** What is expected of a value, such as {@code >= 0} or {@code > 0}, for messages. */
    public String expected() {
        return (strict ? "> " : ">= ") + (value == 0 ? "0" : String.valueOf(value));
    }
}
