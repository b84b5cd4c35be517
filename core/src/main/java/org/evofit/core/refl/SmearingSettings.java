package org.evofit.core.refl;

/**
 * How {@link ResolutionSmearing} samples and weights a curve.
 *
 * @param nodesPerSigma shared grid nodes per resolution width σ, where the curve has no faster
 *                      oscillation (at least 1); more nodes cost more kernel evaluations
 * @param cutoff        the Gaussian is cut at ±cutoff·σ; {@code Double.POSITIVE_INFINITY} keeps it whole
 * @param renormalize   whether each point's weights are scaled to sum to one (a cut Gaussian then
 *                      integrates to one); without it a cut Gaussian keeps its natural weight
 *                      erf(cutoff/√2), as refnx and therefore the ORSO reference curves do
 * @param maxFrequency  the fastest oscillation of the unsmeared curve, radians per unit of x
 *                      (for reflectivity in Q about twice the stack's total thickness in Å); the
 *                      grid is made fine enough to follow it; 0 when unknown
 */
public record SmearingSettings(double nodesPerSigma, double cutoff, boolean renormalize, double maxFrequency) {

    /**
     * The defaults: ORSO/refnx weighting (Gaussian cut at ±3.5σ, not renormalised) with
     * {@value #DEFAULT_NODES_PER_SIGMA} nodes per σ.
     */
    public static final SmearingSettings DEFAULT =
            new SmearingSettings(SmearingSettings.DEFAULT_NODES_PER_SIGMA, 3.5, false, 0);

    /**
     * The defaults for reflectivity through {@link SmearedReflectivity}: as {@link #DEFAULT} with
     * {@value #REFLECTIVITY_NODES_PER_SIGMA} nodes per σ, which is enough there because its edge
     * quadrature takes over every point whose window the chirp above a thick slab's edge outruns
     * (see {@link EdgeQuadrature#chirpZone}); a curve whose fast parts no one knows needs {@link #DEFAULT}.
     */
    public static final SmearingSettings REFLECTIVITY =
            new SmearingSettings(SmearingSettings.REFLECTIVITY_NODES_PER_SIGMA, 3.5, false, 0);

    /**
     * Grid density for reflectivity: 1.5 against 2.5 cut examples/neutron-film's kernel evaluations
     * per curve by 22-26 %. 1.1 (issue 17 asks 1e-6 of the converged curve, not the ~1e-9 that 1.5
     * gave) cut them again from 696 / 809 / 749 to 598 / 687 / 620 (constant / relative / pointwise),
     * with {@link EdgeQuadrature#GAUSSIAN_BAND} lowered so that the chirp zones do not grow and a
     * longer polynomial in the cut tails ({@code SmearingGrid}); 1.0 let ORSO test 0's cut tails at
     * dQ/Q = 5 % reach into its chirp (2.8e-6). Once the chirp zone weighed its harmonics by the stack's
     * reflections, 1.05 cut them to 561 / 660 / 592 with the same worst deviations (a sweep of dQ/Q 2-8 %
     * FWHM and three point offsets on four stacks: 6.4e-7 against 6.0e-7 at 1.1); 1.02 reached 1.9e-6
     * and 1.0 6.6e-6 there, both next to ORSO test 0's chirp.
     */
    public static final double REFLECTIVITY_NODES_PER_SIGMA = 1.05;

    /** Default grid density; see {@link ResolutionSmearing} for the accuracy it buys. */
    public static final double DEFAULT_NODES_PER_SIGMA = 2.5;

    /** Checks the ranges. */
    public SmearingSettings {
        if (!(nodesPerSigma >= 1) || !(cutoff > 0) || !(maxFrequency >= 0) || Double.isInfinite(maxFrequency)) {
            throw new IllegalArgumentException("smearing settings out of range: nodesPerSigma " + nodesPerSigma
                    + " (>= 1), cutoff " + cutoff + " (> 0), maxFrequency " + maxFrequency + " (finite, >= 0)");
        }
    }

    /** The same settings for a curve that oscillates at most this fast (radians per unit of x). */
    public SmearingSettings withMaxFrequency(double frequency) {
        return new SmearingSettings(nodesPerSigma, cutoff, renormalize, frequency);
    }

    /** The same settings with another grid density. */
    public SmearingSettings withNodesPerSigma(double nodes) {
        return new SmearingSettings(nodes, cutoff, renormalize, maxFrequency);
    }

    /** A whole, normalised Gaussian (no cut-off), as GenX convolves. */
    public SmearingSettings wholeGaussian() {
        return new SmearingSettings(nodesPerSigma, Double.POSITIVE_INFINITY, true, maxFrequency);
    }
}
