package org.evofit.core.fom;

/**
 * The signed contribution of one point to a figure of merit, before the data-dependent divisor of
 * {@link Denominator} is applied.
 */
@FunctionalInterface
interface PointTerm {

    /**
     * The term of one point.
     *
     * @param y measured value Y
     * @param s simulated value S
     * @param e 1-sigma error E, or NaN when the data set has none (only read by weighted terms)
     * @param x independent variable X
     */
    double of(double y, double s, double e, double x);
}
