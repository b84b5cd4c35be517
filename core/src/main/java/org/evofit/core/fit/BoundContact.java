package org.evofit.core.fit;

/**
 * Whether a fitted value ended at one of its bounds. Such a value is where the bound stopped the
 * optimizer, not where the data put it: its curvature-based error means nothing, so it is left out of
 * the covariance and flagged wherever its value is shown.
 */
public enum BoundContact {
    /** Inside its bounds. */
    NONE,
    /** At (or within rounding of) its lower bound. */
    LOWER,
    /** At (or within rounding of) its upper bound. */
    UPPER;

    /**
     * How close to a bound, as a fraction of the bounds' span, still counts as at it: far below any
     * error a fit can resolve, far above the last digits an optimizer clamping to a bound leaves.
     */
    public static final double ROUNDING = 1e-6;

    /** Where {@code value} lies within {@code [min, max]}; NONE when a bound is not finite. */
    public static BoundContact of(double value, double min, double max) {
        double span = max - min;
        if (!Double.isFinite(span)) {
            return NONE;
        }
        double tolerance = ROUNDING * span;
        if (value - min <= tolerance) {
            return LOWER;
        }
        return max - value <= tolerance ? UPPER : NONE;
    }

    /** Whether the value is at a bound. */
    public boolean atBound() {
        return this != NONE;
    }

    /** How tables and result files name it: {@code lower}, {@code upper}, or empty inside the bounds. */
    public String label() {
        return switch (this) {
            case NONE -> "";
            case LOWER -> "lower";
            case UPPER -> "upper";
        };
    }
}
