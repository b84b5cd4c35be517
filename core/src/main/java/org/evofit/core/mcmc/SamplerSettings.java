package org.evofit.core.mcmc;

/**
 * What a posterior sampling run computes. Every field changes the chain; the thread count, which
 * never does, is given separately to {@link EnsembleSampler}.
 *
 * @param walkers number of walkers in the ensemble: even, at least twice the number of parameters
 *                (checked against the problem by {@link EnsembleSampler}) and at least 8
 * @param steps   steps every walker takes after its start position
 * @param burn    steps discarded from the start before the posterior and its diagnostics are computed;
 *                -1 chooses a quarter of the steps
 * @param thin    keep every thin-th step after the burn-in in the posterior table and the thinned CSV
 * @param seed    the seed of every random number the run draws
 * @param moves   the proposals mixed ({@link MoveMixture}); the burn-in is also where the adaptive
 *                mixture fits its Gaussians
 */
public record SamplerSettings(int walkers, int steps, int burn, int thin, long seed, MoveMixture moves) {

    /** The most values (walkers x (steps + 1) x parameters) a chain may hold in memory: 400 MB of doubles. */
    public static final long MAX_CHAIN_VALUES = 50_000_000L;

    /** Validates each field; throws IllegalArgumentException naming the bad one and why. */
    public SamplerSettings {
        if (walkers < 8 || walkers % 2 != 0) {
            throw new IllegalArgumentException("walkers must be an even number of at least 8, got " + walkers);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        if (burn < -1 || burn >= steps) {
            throw new IllegalArgumentException("burn must be -1 (a quarter of the steps) or between 0 and steps - 1 ("
                    + (steps - 1) + "), got " + burn);
        }
        if (thin < 1) {
            throw new IllegalArgumentException("thin must be at least 1, got " + thin);
        }
        if (moves == null) {
            throw new IllegalArgumentException("moves must be given");
        }
    }

    /** These settings with the default moves, {@link MoveMixture#ADAPTIVE}. */
    public SamplerSettings(int walkers, int steps, int burn, int thin, long seed) {
        this(walkers, steps, burn, thin, seed, MoveMixture.ADAPTIVE);
    }

    /** 32 walkers, 2000 steps, a quarter of them burnt, no thinning, seed 0, adaptive moves. */
    public static SamplerSettings defaults() {
        return new SamplerSettings(32, 2000, -1, 1, 0);
    }

    /**
     * What decides the proposals step by step, as a name: equal for two settings exactly when a chain
     * continued under either proposes alike (adaptive moves depend on the burn-in, which places their
     * Gaussians; with a burn-in too short for them they are the ensemble moves). A checkpoint records it,
     * so that a chain is continued only under the proposals it was started with.
     */
    public String proposals() {
        return moves == MoveMixture.ADAPTIVE && burnIn() >= AdaptiveProposals.MIN_BURN
                ? MoveMixture.ADAPTIVE.key() + ", burn-in " + burnIn() : MoveMixture.ENSEMBLE.key();
    }

    /** The burn-in in steps: the given one, or a quarter of the steps when -1. */
    public int burnIn() {
        return burn >= 0 ? burn : steps / 4;
    }

    /** These settings with another number of walkers. */
    public SamplerSettings withWalkers(int v) {
        return new SamplerSettings(v, steps, burn, thin, seed, moves);
    }

    /** These settings with another number of steps; a burn-in no longer below it becomes the default. */
    public SamplerSettings withSteps(int v) {
        return new SamplerSettings(walkers, v, burn < v ? burn : -1, thin, seed, moves);
    }

    /** These settings with another burn-in (-1: a quarter of the steps). */
    public SamplerSettings withBurn(int v) {
        return new SamplerSettings(walkers, steps, v, thin, seed, moves);
    }

    /** These settings with another thinning. */
    public SamplerSettings withThin(int v) {
        return new SamplerSettings(walkers, steps, burn, v, seed, moves);
    }

    /** These settings with another seed. */
    public SamplerSettings withSeed(long v) {
        return new SamplerSettings(walkers, steps, burn, thin, v, moves);
    }

    /** These settings with other moves. */
    public SamplerSettings withMoves(MoveMixture v) {
        return new SamplerSettings(walkers, steps, burn, thin, seed, v);
    }
}
