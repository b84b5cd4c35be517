package org.evofit.core.fom;

/** The contribution of one measured point to a normalising sum such as Σ sqrt|Y|. */
@FunctionalInterface
interface PointWeight {

    /**
     * The weight of one point.
     *
     * @param y measured value Y
     * @param e 1-sigma error E, or NaN when the data set has none
     */
    double of(double y, double e);
}
