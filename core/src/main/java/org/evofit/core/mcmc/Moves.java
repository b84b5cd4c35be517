package org.evofit.core.mcmc;

import java.util.SplittableRandom;

/**
 * The proposals of one walker given the other half of the ensemble, and the log of the factor each
 * adds to the Metropolis-Hastings acceptance ratio.
 *
 * <p>Most proposals are Goodman and Weare's stretch move: pick a walker X_j of the other half, draw
 * z from g(z) ∝ 1/sqrt(z) on [1/a, a] and propose Y = X_j + z (X_k - X_j), accepted with probability
 * min(1, z^(n-1) p(Y)/p(X_k)). It is affine invariant, so a strongly correlated or badly scaled
 * posterior samples as well as a round one. Its flaw is that a walker never crosses to a mode where
 * no walker of its own line lies: Y always lies on the far side of X_j from nothing. A fifth of the
 * proposals are therefore ter Braak's differential-evolution move, Y = X_k + γ (X_j - X_l) for two
 * other-half walkers j ≠ l, symmetric so accepted with min(1, p(Y)/p(X_k)); γ = 2.38/sqrt(2n) as in
 * DE-MC, and γ = 1 in one DE move of ten, which carries a walker from one mode to another when X_j
 * and X_l lie in different modes. Every proposal is chosen independently of the walker's position,
 * so the mixture keeps the posterior invariant.
 *
 * <p>With a {@link GaussianFit} of the ensemble's recent rows (the {@link MoveMixture#ADAPTIVE} mixture,
 * see {@link AdaptiveProposals}), {@link #INDEPENDENCE_SHARE} of the proposals are instead drawn from
 * that Gaussian whatever the walker's position, accepted with min(1, p(Y) q(X_k) / (p(X_k) q(Y))): on a
 * posterior close to a Gaussian a walker can land anywhere in it in one step, where stretch and
 * differential-evolution steps cover it in many short strides.
 */
final class Moves {

    /** The stretch move's scale a (Goodman and Weare's, and emcee's, default). */
    static final double STRETCH_SCALE = 2.0;
    /** The share of differential-evolution proposals. */
    static final double DIFFERENTIAL_SHARE = 0.2;
    /** The share of mode-hopping (γ = 1) proposals among the differential-evolution ones. */
    static final double MODE_HOP_SHARE = 0.1;
    /** The share of independence proposals when a Gaussian is given. */
    static final double INDEPENDENCE_SHARE = 0.5;

    private Moves() {
    }

    /**
     * Writes a proposal for the walker at {@code current} into {@code out} and returns the log of its
     * acceptance factor. {@code others} holds the other half's positions walker-major, {@code count} of them;
     * {@code gaussian} is the independence move's proposal, or null for none.
     */
    static double propose(SplittableRandom rng, double[] current, int currentOffset, double[] others,
                          int othersOffset, int count, double[] out, int outOffset, int dimension,
                          GaussianFit gaussian) {
        // No draw at all without a Gaussian, so that the stretch and DE mixture's chains stay as they were.
        if (gaussian != null && rng.nextDouble() < INDEPENDENCE_SHARE) {
            double proposed = gaussian.draw(rng, out, outOffset);
            return gaussian.logDensity(current, currentOffset) - proposed;
        }
        if (rng.nextDouble() < DIFFERENTIAL_SHARE) {
            int j = rng.nextInt(count);
            int l = rng.nextInt(count - 1);
            if (l >= j) {
                l++;
            }
            double gamma = rng.nextDouble() < MODE_HOP_SHARE ? 1.0 : 2.38 / Math.sqrt(2.0 * dimension);
            int oj = othersOffset + j * dimension;
            int ol = othersOffset + l * dimension;
            for (int d = 0; d < dimension; d++) {
                out[outOffset + d] = current[currentOffset + d] + gamma * (others[oj + d] - others[ol + d]);
            }
            return 0.0;
        }
        int j = rng.nextInt(count);
        double u = rng.nextDouble();
        double root = (STRETCH_SCALE - 1) * u + 1;
        double z = root * root / STRETCH_SCALE;
        int oj = othersOffset + j * dimension;
        for (int d = 0; d < dimension; d++) {
            double xj = others[oj + d];
            out[outOffset + d] = xj + z * (current[currentOffset + d] - xj);
        }
        return (dimension - 1) * StrictMath.log(z);
    }
}
