package org.evofit.core.fom;

/**
 * What a figure of merit does with a point whose term is NaN or infinite (for example the log of a
 * negative simulated value). GenX's settings "ignore fom nan" and "ignore fom inf" map onto these.
 */
public enum NonFinitePolicy {
    /**
     * The term counts as zero; the point still counts in N. GenX's default. A candidate whose model makes
     * every usable point's term non-finite is infeasible, though: the empty sum's zero would otherwise
     * be the best figure of merit of all.
     */
    IGNORE,
    /** The figure of merit becomes non-finite, so the optimizer ranks the candidate last. */
    FAIL
}
