package org.evofit.core.fit;

/**
 * A parameter after a fit, with its uncertainties.
 *
 * @param name      parameter name
 * @param value     fitted value (or fixed/coupled value)
 * @param fit       whether it was fitted
 * @param min       lower bound
 * @param max       upper bound
 * @param error     standard error from the covariance matrix at the optimum (NaN if not fitted or
 *                  not determinable)
 * @param errorLow  GenX's lower error bar: lowest value among evaluations within the error-bar level,
 *                  minus the value (≤ 0; NaN if not fitted)
 * @param errorHigh GenX's upper error bar: highest such value minus the value (≥ 0; NaN if not fitted)
 */
public record ParameterEstimate(String name, double value, boolean fit, double min, double max,
                                double error, double errorLow, double errorHigh) {
}
