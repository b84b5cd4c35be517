package org.evofit.core.mcmc;

import java.util.SplittableRandom;
import org.evofit.core.optim.Objective;
import org.evofit.core.optim.ParallelEvaluation;
import org.evofit.core.optim.RandomStreams;

/**
 * Samples the posterior of an {@link Objective} read as a negative log-likelihood (for data with
 * Gaussian errors, chi²/2) under uniform priors from its bounds, with an ensemble of walkers (see
 * {@link Moves}).
 *
 * <p>Reproducible as the optimizer is: row 0 is drawn from the stream of (seed, 0) and step s from
 * the stream of (seed, s); each step updates the first half of the walkers against the second and then
 * the second against the updated first, drawing a half's proposals in walker order, evaluating them
 * in parallel and accepting them in walker order. The chain is therefore the same bit for bit on any
 * thread count, and a run continued from a saved chain ends where an uninterrupted one does.
 *
 * <pre>{@code
 * Chain chain = EnsembleSampler.run(objective, SamplerSettings.defaults().withSeed(7), 2,
 *         EnsembleSampler.startAround(objective, settings, optimum, 2), StepListener.NONE);
 * }</pre>
 */
public final class EnsembleSampler {

    /** Start positions: a Gaussian ball of this width relative to the bound range (or the value). */
    static final double BALL_WIDTH = 1e-3;
    private static final int START_ATTEMPTS = 1000;

    private EnsembleSampler() {
    }

    /**
     * A new chain whose row 0 places the walkers in a small Gaussian ball around {@code center}
     * (inside the bounds, each with a finite likelihood): the usual start after an optimizer found
     * the optimum.
     *
     * @throws IllegalArgumentException when the settings do not fit the objective, or no start position
     *                                  with a finite likelihood was found near the center
     */
    public static Chain startAround(Objective objective, SamplerSettings settings, double[] center, int threads) {
        double[] lower = objective.lower();
        double[] upper = objective.upper();
        double[] width = new double[center.length];
        for (int d = 0; d < width.length; d++) {
            double range = upper[d] - lower[d];
            width[d] = BALL_WIDTH * (Double.isFinite(range) ? range : Math.max(Math.abs(center[d]), 1e-3));
        }
        return start(objective, settings, threads, (rng, out) -> {
            for (int d = 0; d < out.length; d++) {
                out[d] = center[d] + width[d] * rng.nextGaussian();
            }
        });
    }

    /**
     * A new chain whose row 0 draws the walkers uniformly within the bounds (the prior), for a
     * posterior whose modes are not known in advance.
     *
     * @throws IllegalArgumentException when a bound is not finite or no start has a finite likelihood
     */
    public static Chain startFromPrior(Objective objective, SamplerSettings settings, int threads) {
        double[] lower = objective.lower();
        double[] upper = objective.upper();
        for (int d = 0; d < lower.length; d++) {
            if (!Double.isFinite(upper[d] - lower[d])) {
                throw new IllegalArgumentException("parameter " + d + " has an infinite bound, so its prior cannot"
                        + " be sampled for a start");
            }
        }
        return start(objective, settings, threads, (rng, out) -> {
            for (int d = 0; d < out.length; d++) {
                out[d] = lower[d] + (upper[d] - lower[d]) * rng.nextDouble();
            }
        });
    }

    /** Draws one start position. */
    private interface StartDraw {
        void draw(SplittableRandom rng, double[] out);
    }

    private static Chain start(Objective objective, SamplerSettings settings, int threads, StartDraw draw) {
        int dim = objective.dimension();
        int walkers = settings.walkers();
        if (walkers < 2 * dim) {
            throw new IllegalArgumentException("walkers must be at least twice the " + dim
                    + " free parameters, got " + walkers);
        }
        SplittableRandom rng = RandomStreams.forGeneration(settings.seed(), 0);
        double[][] positions = new double[walkers][dim];
        double[] negativeLog = new double[walkers];
        boolean[] done = new boolean[walkers];
        try (ParallelEvaluation evaluation = new ParallelEvaluation(UniformPrior.around(objective), threads)) {
            for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
                for (int w = 0; w < walkers; w++) {
                    if (!done[w]) {
                        draw.draw(rng, positions[w]);
                    }
                }
                // Walkers already placed are evaluated again: the batch stays simple and only the first
                // round, which places almost all, costs anything.
                evaluation.evaluate(positions, negativeLog);
                boolean all = true;
                for (int w = 0; w < walkers; w++) {
                    done[w] = Double.isFinite(negativeLog[w]);
                    all &= done[w];
                }
                if (all) {
                    return firstRow(settings, dim, positions, negativeLog);
                }
            }
        }
        throw new IllegalArgumentException("no start position with a finite likelihood inside the bounds was found"
                + " in " + START_ATTEMPTS + " draws for every walker; check the start values and bounds");
    }

    private static Chain firstRow(SamplerSettings settings, int dim, double[][] positions, double[] negativeLog) {
        int walkers = positions.length;
        Chain chain = new Chain(walkers, dim, settings.steps() + 1);
        double[] row = new double[walkers * dim];
        double[] logp = new double[walkers];
        for (int w = 0; w < walkers; w++) {
            System.arraycopy(positions[w], 0, row, w * dim, dim);
            logp[w] = UniformPrior.logPosterior(negativeLog[w]);
        }
        chain.append(row, logp);
        return chain;
    }

    /**
     * Continues {@code chain} (a new one from {@link #startAround} or {@link #startFromPrior}, or one
     * read back from a checkpoint) until it has {@code settings.steps()} steps, telling the listener
     * after each. When the thread is interrupted the run stops after the current step and returns the
     * chain so far; continuing it later gives the uninterrupted chain.
     *
     * @return {@code chain}, filled
     */
    public static Chain advance(Objective objective, SamplerSettings settings, int threads, Chain chain,
                                StepListener listener) {
        int dim = chain.dimension();
        int walkers = chain.walkers();
        if (dim != objective.dimension() || walkers != settings.walkers() || chain.rows() < 1
                || chain.capacity() < settings.steps() + 1) {
            throw new IllegalArgumentException("the chain (" + walkers + " walkers, " + dim + " parameters, "
                    + chain.rows() + " rows) does not belong to these settings (" + settings.walkers()
                    + " walkers, " + objective.dimension() + " parameters, " + settings.steps() + " steps)");
        }
        double[] row = chain.rowPositions(chain.rows() - 1);
        double[] logp = chain.rowLogPosterior(chain.rows() - 1);
        int half = walkers / 2;
        HalfStep halfStep = new HalfStep(half, dim);
        AdaptiveProposals adaptive = new AdaptiveProposals(settings, objective.lower(), objective.upper());
        try (ParallelEvaluation evaluation = new ParallelEvaluation(UniformPrior.around(objective), threads)) {
            while (chain.steps() < settings.steps() && !Thread.currentThread().isInterrupted()) {
                int step = chain.steps() + 1;
                SplittableRandom rng = RandomStreams.forGeneration(settings.seed(), step);
                GaussianFit gaussian = adaptive.forStep(chain, step);
                int nonFinite = halfStep.update(rng, evaluation, row, logp, 0, half, gaussian);
                nonFinite += halfStep.update(rng, evaluation, row, logp, half, 0, gaussian);
                chain.append(row, logp, nonFinite);
                listener.onStep(chain);
            }
        }
        return chain;
    }

    /** {@link #startAround} then {@link #advance}, in one call. */
    public static Chain run(Objective objective, SamplerSettings settings, int threads, double[] center,
                            StepListener listener) {
        return advance(objective, settings, threads, startAround(objective, settings, center, threads), listener);
    }
}
