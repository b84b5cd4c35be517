package org.evofit.wrapper.genx;

/**
 * One data set of a GenX project, after GenX's own x/y/error commands were applied.
 *
 * @param name     the name shown in GenX
 * @param x        the abscissa
 * @param y        the measured values
 * @param error    the errors of y (GenX stores them even when it does not use them)
 * @param useError whether GenX uses the errors
 */
public record GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError) {
}
