package org.evofit.core.fit;

/**
 * A parameter after a fit, with its uncertainties.
 *
 * @param name      parameter name
 * @param value     fitted value (or fixed/coupled value)
 * @param fit       whether it was fitted
 * @param min       lower bound
 * @param max       upper bound
 * @param error     standard error from the covariance matrix at the optimum, in the space of the
 *                  figure of merit (see {@link ErrorBasis}); NaN if not fitted, at a bound or not
 *                  determinable
 * @param errorLow  GenX-style lower error bar: where the figure of merit, scanned down from the value,
 *                  reaches GenX's threshold, minus the value (≤ 0; NaN if not fitted)
 * @param errorHigh GenX-style upper error bar, the same upwards (≥ 0; NaN if not fitted)
 * @param bound     whether a fitted value ended at one of its bounds (NONE when not fitted)
 */
public record ParameterEstimate(String name, double value, boolean fit, double min, double max,
                                double error, double errorLow, double errorHigh, BoundContact bound) {

    /** A parameter inside its bounds. */
    public ParameterEstimate(String name, double value, boolean fit, double min, double max,
                             double error, double errorLow, double errorHigh) {
        this(name, value, fit, min, max, error, errorLow, errorHigh, BoundContact.NONE);
    }
}
