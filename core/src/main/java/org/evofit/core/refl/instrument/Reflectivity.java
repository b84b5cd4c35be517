package org.evofit.core.refl.instrument;

/**
 * The unsmeared specular reflectivity of a sample as a function of q: what the instrument pipeline
 * wraps. Implementations must be allocation-free if the fit is to be.
 */
@FunctionalInterface
public interface Reflectivity {

    /**
     * Writes R(q[k]) into {@code r[k]} for every k.
     *
     * @param q momentum transfer in Å⁻¹ (at least {@link GenxCoordinates#Q_LIMIT})
     * @param r receives the reflectivity; same length as q
     */
    void compute(double[] q, double[] r);
}
