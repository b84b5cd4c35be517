package org.evofit.wrapper.api;

/**
 * One data set next to its simulation: what a notebook plots.
 *
 * @param name  the data set's name
 * @param x     the data's x (all points, inside and outside the fit range)
 * @param y     the measured y
 * @param model the simulated y at the same x
 */
public record Curve(String name, double[] x, double[] y, double[] model) {
}
