package org.evofit.core.mcmc;

import java.util.SplittableRandom;

/**
 * A multivariate Gaussian fitted to a window of a chain's rows (every walker's sample in them), in the
 * coordinates of a {@link BoxTransform}: the proposal of {@link Moves}' independence move, y drawn from
 * it whatever the walker's position. Fitted once from rows already written and then held fixed, it is a
 * proposal that depends on nothing that moves, so the Metropolis-Hastings ratio
 * p(y) q(x) / (p(x) q(y)) keeps the posterior invariant. Plain arithmetic in a fixed order makes it the
 * same bit for bit from the same rows, on any host and after a resume. Not thread-safe (one scratch row).
 */
final class GaussianFit {

    private final BoxTransform box;
    private final double[] mean;
    /** Lower triangle of scale·L (L the covariance's Cholesky factor), row i holding columns 0..i. */
    private final double[][] factor;
    private final double[] white;

    private GaussianFit(BoxTransform box, double[] mean, double[][] factor) {
        this.box = box;
        this.mean = mean;
        this.factor = factor;
        this.white = new double[mean.length];
    }

    /**
     * The Gaussian of rows {@code from} to {@code to} inclusive, mapped by {@code box}, its covariance
     * widened by {@code scale} in every direction; {@code null} when a sample lies on a bound or the
     * covariance is not positive definite (walkers that have not moved apart), so that no independence
     * move is made from it.
     */
    static GaussianFit of(Chain chain, int from, int to, BoxTransform box, double scale) {
        int dim = chain.dimension();
        int walkers = chain.walkers();
        int n = (to - from + 1) * walkers;
        double[][] z = new double[n][dim];
        double[] mean = new double[dim];
        for (int r = from; r <= to; r++) {
            for (int w = 0; w < walkers; w++) {
                double[] s = z[(r - from) * walkers + w];
                for (int d = 0; d < dim; d++) {
                    s[d] = box.latent(d, chain.value(r, w, d));
                    if (!Double.isFinite(s[d])) {
                        return null;
                    }
                    mean[d] += s[d];
                }
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= n;
        }
        double[][] cov = new double[dim][dim];
        for (double[] s : z) {
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j <= i; j++) {
                    cov[i][j] += (s[i] - mean[i]) * (s[j] - mean[j]);
                }
            }
        }
        double[][] factor = cholesky(cov, scale * scale / (n - 1));
        return factor == null ? null : new GaussianFit(box, mean, factor);
    }

    /** The Cholesky factor of the lower triangle {@code lower} times {@code times}, or null when not positive definite. */
    private static double[][] cholesky(double[][] lower, double times) {
        int dim = lower.length;
        double[][] l = new double[dim][];
        for (int i = 0; i < dim; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double sum = lower[i][j] * times;
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    // Relative to the diagonal: a pivot lost to rounding means a flat direction.
                    if (!(sum > 1e-12 * lower[i][i] * times)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /** Draws a proposal into {@code out} from {@code outOffset} and returns its ln q, as {@link #logDensity}. */
    double draw(SplittableRandom rng, double[] out, int outOffset) {
        int dim = mean.length;
        double quadratic = 0;
        double jacobian = 0;
        for (int d = 0; d < dim; d++) {
            white[d] = rng.nextGaussian();
            quadratic += white[d] * white[d];
        }
        for (int i = 0; i < dim; i++) {
            double z = mean[i];
            for (int k = 0; k <= i; k++) {
                z += factor[i][k] * white[k];
            }
            out[outOffset + i] = box.box(i, z);
            jacobian += box.logJacobian(i, z);
        }
        return jacobian - 0.5 * quadratic;
    }

    /**
     * ln q(x) up to a constant, x read from {@code offset}: the Gaussian's −|(scale·L)⁻¹(z − mean)|²/2
     * plus the mapping's ln |dz/dx|; −infinity on a bound.
     */
    double logDensity(double[] x, int offset) {
        int dim = mean.length;
        double quadratic = 0;
        double jacobian = 0;
        for (int i = 0; i < dim; i++) {
            double z = box.latent(i, x[offset + i]);
            if (!Double.isFinite(z)) {
                return Double.NEGATIVE_INFINITY;
            }
            jacobian += box.logJacobian(i, z);
            double v = z - mean[i];
            for (int k = 0; k < i; k++) {
                v -= factor[i][k] * white[k];
            }
            white[i] = v / factor[i][i];
            quadratic += white[i] * white[i];
        }
        return jacobian - 0.5 * quadratic;
    }
}
