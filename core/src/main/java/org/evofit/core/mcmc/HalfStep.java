package org.evofit.core.mcmc;

import java.util.SplittableRandom;
import org.evofit.core.optim.ParallelEvaluation;

/**
 * Updates one half of the ensemble against the other: proposals drawn in walker order, evaluated as
 * one parallel batch, accepted in walker order. Holds the batch's buffers, reused every step.
 */
final class HalfStep {

    private final int half;
    private final int dimension;
    private final double[][] proposals;
    private final double[] logFactor;
    private final double[] negativeLog;

    HalfStep(int half, int dimension) {
        this.half = half;
        this.dimension = dimension;
        this.proposals = new double[half][dimension];
        this.logFactor = new double[half];
        this.negativeLog = new double[half];
    }

    /**
     * Moves the walkers from index {@code first} on (a half) against those from {@code other} on,
     * in place in {@code row} (walker-major positions) and {@code logp}; {@code gaussian} is the
     * independence move's proposal for this step, or null.
     *
     * @return the proposals rejected because the likelihood was not finite inside the bounds
     */
    int update(SplittableRandom rng, ParallelEvaluation evaluation, double[] row, double[] logp, int first,
                int other, GaussianFit gaussian) {
        for (int i = 0; i < half; i++) {
            logFactor[i] = Moves.propose(rng, row, (first + i) * dimension, row, other * dimension, half,
                    proposals[i], 0, dimension, gaussian);
        }
        evaluation.evaluate(proposals, negativeLog);
        int nonFinite = 0;
        for (int i = 0; i < half; i++) {
            if (UniformPrior.nonFinite(negativeLog[i])) {
                nonFinite++;
            }
            int w = first + i;
            double proposed = UniformPrior.logPosterior(negativeLog[i]);
            double u = rng.nextDouble();
            // StrictMath: the acceptance, like the streams, must not depend on the host's log.
            if (proposed != Double.NEGATIVE_INFINITY
                    && StrictMath.log(u) < logFactor[i] + proposed - logp[w]) {
                System.arraycopy(proposals[i], 0, row, w * dimension, dimension);
                logp[w] = proposed;
            }
        }
        return nonFinite;
    }
}
