package org.evofit.core.mcmc;

/**
 * The Gaussian the independence move draws from at each step of a {@link MoveMixture#ADAPTIVE} run.
 * The proposal may only change at fixed steps, and only from rows already written, for the kept part
 * of the chain to be a Markov chain with the posterior as its stationary distribution: with burn-in B,
 * steps up to B/2 make no independence move, steps in (B/2, B] draw from the Gaussian of rows
 * (B/4, B/2], and every later step from the Gaussian of rows (B/2, B], which the first Gaussian has
 * already helped to spread over the posterior. Both are recomputed from the chain on demand, so a run
 * continued from a saved chain draws from the same Gaussians as an uninterrupted one.
 */
final class AdaptiveProposals {

    /** Below this burn-in the windows are too short to fit a Gaussian: no independence move. */
    static final int MIN_BURN = 40;
    /** The proposal's width relative to the fitted covariance's: wider than the posterior is safer than narrower. */
    static final double SCALE = 1.2;

    private final int burn;
    private final boolean enabled;
    private boolean firstFitted;
    private boolean secondFitted;
    private GaussianFit first;
    private GaussianFit second;

    private final BoxTransform box;

    AdaptiveProposals(SamplerSettings settings, double[] lower, double[] upper) {
        this.box = new BoxTransform(lower, upper);
        this.burn = settings.burnIn();
        this.enabled = settings.moves() == MoveMixture.ADAPTIVE && burn >= MIN_BURN;
    }

    /**
     * The Gaussian for step {@code step} (1-based; the chain holds its rows 0 to step - 1), or null when
     * the step makes no independence move (or the window's covariance was degenerate).
     */
    GaussianFit forStep(Chain chain, int step) {
        if (!enabled || step <= burn / 2) {
            return null;
        }
        if (step <= burn) {
            if (!firstFitted) {
                first = GaussianFit.of(chain, burn / 4 + 1, burn / 2, box, SCALE);
                firstFitted = true;
            }
            return first;
        }
        if (!secondFitted) {
            second = GaussianFit.of(chain, burn / 2 + 1, burn, box, SCALE);
            secondFitted = true;
        }
        return second;
    }
}
