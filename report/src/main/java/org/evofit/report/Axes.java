package org.evofit.report;

/**
 * How a fit's data are plotted: quantity and unit of each axis and whether y is logarithmic.
 *
 * @param xQuantity x's quantity (such as {@code Q})
 * @param xUnit     x's unit, {@code ""} for none
 * @param yQuantity y's quantity
 * @param yUnit     y's unit, {@code ""} for none
 * @param logY      whether y is best seen on a log scale
 */
public record Axes(String xQuantity, String xUnit, String yQuantity, String yUnit, boolean logY) {

    /** The x axis label, {@code quantity (unit)}. */
    public String xLabel() {
        return label(xQuantity, xUnit);
    }

    /** The y axis label. */
    public String yLabel() {
        return label(yQuantity, yUnit);
    }

    static String label(String quantity, String unit) {
        return unit == null || unit.isEmpty() ? quantity : quantity + " (" + unit + ")";
    }
}
