package org.evofit.core.refl.instrument;

/**
 * The sample's reflectivity already integrated over the resolution: what the instrument pipeline
 * wraps in evofit's accurate resolution modes ({@link GenxInstrument#applyAccurate}), as
 * {@link Reflectivity} is what it wraps in GenX's modes. Implementations must be allocation-free
 * once warm if the fit is to be.
 */
@FunctionalInterface
public interface AccurateSmearing {

    /**
     * Writes into {@code r[k]} the reflectivity at {@code q[k]} integrated over a Gaussian of one
     * standard deviation {@code dq[k]}.
     *
     * @param q  momentum transfer in Å⁻¹ (at least {@link GenxCoordinates#Q_LIMIT})
     * @param dq one standard deviation of q per point, Å⁻¹ (0: unsmeared)
     * @param r  receives the smeared reflectivity; same length as q
     */
    void compute(double[] q, double[] dq, double[] r);
}
