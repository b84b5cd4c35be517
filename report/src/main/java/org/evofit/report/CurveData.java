package org.evofit.report;

/**
 * One data set of a fit as fit.csv holds it.
 *
 * @param name     the data set's name
 * @param x        independent variable
 * @param y        measured values
 * @param error    1-sigma errors of y, or {@code null} when the data have none
 * @param model    the model at the fitted values
 * @param residual y − model
 */
public record CurveData(String name, double[] x, double[] y, double[] error, double[] model, double[] residual) {

    /** Whether the data have errors. */
    public boolean hasErrors() {
        return error != null;
    }
}
