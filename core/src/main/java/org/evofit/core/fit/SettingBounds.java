package org.evofit.core.fit;

import java.util.Locale;

/**
 * The values a numeric {@link OptimizerSetting} accepts: an interval, each end open or closed,
 * plus 0 where 0 means "use the multiplier instead". The settings records enforce the same rules
 * with their own messages; {@code OptimizerSettingsTest} holds the two together.
 *
 * @param min          lower end ({@code -inf}: none)
 * @param minIncluded  whether {@code min} itself is accepted
 * @param max          upper end ({@code inf}: none)
 * @param maxIncluded  whether {@code max} itself is accepted
 * @param zeroAllowed  whether 0 is accepted outside the interval
 */
public record SettingBounds(double min, boolean minIncluded, double max, boolean maxIncluded, boolean zeroAllowed) {

    /** No bounds: every value of the type. */
    public static final SettingBounds NONE = new SettingBounds(Double.NEGATIVE_INFINITY, false,
            Double.POSITIVE_INFINITY, false, false);

    /** {@code [min, inf)}. */
    public static SettingBounds atLeast(double min) {
        return new SettingBounds(min, true, Double.POSITIVE_INFINITY, false, false);
    }

    /** {@code 0} or {@code [min, inf)}. */
    public static SettingBounds zeroOrAtLeast(double min) {
        return new SettingBounds(min, true, Double.POSITIVE_INFINITY, false, true);
    }

    /** {@code [min, max]}. */
    public static SettingBounds closed(double min, double max) {
        return new SettingBounds(min, true, max, true, false);
    }

    /** {@code (min, max]}. */
    public static SettingBounds aboveUpTo(double min, double max) {
        return new SettingBounds(min, false, max, true, false);
    }

    /** {@code (min, inf)}. */
    public static SettingBounds above(double min) {
        return new SettingBounds(min, false, Double.POSITIVE_INFINITY, false, false);
    }

    /** Whether the bounds accept the value. */
    public boolean contains(double v) {
        if (zeroAllowed && v == 0) {
            return true;
        }
        boolean aboveMin = minIncluded ? v >= min : v > min;
        boolean belowMax = maxIncluded ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /**
     * Whether there is anything to check: anything but {@link #NONE}. Compared field by field, not with the
     * record's {@code equals}: every fit builds its verb's help text (picocli's option model) and so asks this,
     * and a record's first {@code equals} costs start-up its method-handle bootstrap (18 classes spun).
     */
    public boolean bounded() {
        return min != NONE.min || minIncluded != NONE.minIncluded || max != NONE.max
                || maxIncluded != NONE.maxIncluded || zeroAllowed != NONE.zeroAllowed;
    }

    /**
     * The bounds as help text shows them, such as {@code in (0, 2]}, {@code >= 1} or {@code 0 or >= 4}. Built
     * with a StringBuilder, not {@code +}: javac's invokedynamic concatenation spins method-handle classes on
     * the first use of each shape, which every fit's start-up paid for here (see the {@code bounded} note).
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (zeroAllowed) {
            b.append("0 or ");
        }
        if (max == Double.POSITIVE_INFINITY) {
            b.append(minIncluded ? ">= " : "> ").append(format(min));
        } else {
            b.append("in ").append(minIncluded ? '[' : '(').append(format(min)).append(", ").append(format(max))
                    .append(maxIncluded ? ']' : ')');
        }
        return b.toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
