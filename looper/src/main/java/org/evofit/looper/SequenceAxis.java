package org.evofit.looper;

/**
 * What a sequence's values are, for the x axis of a sweep's trend charts: a quantity such as
 * {@code temperature} and its unit such as {@code K}, taken from the sweep file's {@code label:} and
 * {@code unit:} or from the ORSO header the values are read from.
 *
 * @param label the quantity, or {@code null} when nothing names it
 * @param unit  the unit, or {@code null} when none is known
 */
public record SequenceAxis(String label, String unit) {

    /** An axis nothing names. */
    public static final SequenceAxis UNKNOWN = new SequenceAxis(null, null);

    /** Whether neither label nor unit is known. */
    public boolean isUnknown() {
        return label == null && unit == null;
    }
}
