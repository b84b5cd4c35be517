package org.evofit.core.param;

/**
 * The least value a model's parameter can take because of what it is (a thickness cannot be
 * negative), with what it is for the messages that refuse less. Start values and bounds are checked
 * against it when a model is made; a value a coupling computes can only be checked when it is computed.
 *
 * @param value the least value
 * @param what  what the parameter is, such as {@code thickness, layer Fe}
 */
public record Minimum(double value, String what) {

    /** Whether {@code v} is allowed: at least the minimum (NaN is not). */
    public boolean allows(double v) {
        return v >= value;
    }

    /** {@code name (what) cannot be negative} or {@code ... cannot be less than <value>}, for messages. */
    public String cannot(String name) {
        return name + " (" + what + ") cannot be " + (value == 0 ? "negative" : "less than " + value);
    }
}
