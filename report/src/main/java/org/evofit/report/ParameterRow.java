package org.evofit.report;

/**
 * One row of parameters.csv.
 *
 * @param name      parameter name
 * @param value     fitted (or fixed, or coupled) value
 * @param fit       whether it was fitted
 * @param min       lower bound
 * @param max       upper bound
 * @param error     standard error (NaN when unknown)
 * @param errorLow  GenX's lower error bar, ≤ 0 (NaN when unknown)
 * @param errorHigh GenX's upper error bar, ≥ 0 (NaN when unknown)
 * @param unit      unit, {@code ""} when none is known
 */
public record ParameterRow(String name, double value, boolean fit, double min, double max, double error,
                           double errorLow, double errorHigh, String unit) {
}
