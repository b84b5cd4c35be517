package org.evofit.core.mcmc;

/**
 * Which proposals the sampler mixes (see {@link Moves}). Both keep the posterior invariant; they differ
 * in how fast the walkers forget where they were.
 */
public enum MoveMixture {

    /** Stretch moves with a fifth of differential-evolution moves, at every step. */
    ENSEMBLE("ensemble"),
    /**
     * As {@link #ENSEMBLE} in the first half of the burn-in; then half of the proposals are drawn from a
     * Gaussian fitted to the ensemble's rows of the burn-in's second quarter, and after the burn-in from
     * one fitted to its second half, held fixed for the rest of the run ({@link AdaptiveProposals}).
     */
    ADAPTIVE("adaptive");

    private final String key;

    MoveMixture(String key) {
        this.key = key;
    }

    /** The name used in options and files. */
    public String key() {
        return key;
    }

    /**
     * The mixture named {@code key}.
     *
     * @throws IllegalArgumentException naming the choices when there is no such mixture
     */
    public static MoveMixture byKey(String key) {
        for (MoveMixture m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("moves must be 'ensemble' or 'adaptive', got '" + key + "'");
    }
}
