package org.evofit.core.mcmc;

/**
 * Maps a parameter inside finite bounds [lo, hi] to the whole real line, z = ln(u / (1 − u)) with
 * u = (x − lo)/(hi − lo), and back; a parameter with an infinite bound is left as it is. A Gaussian in
 * z proposes only points inside the bounds and follows a posterior piled against a bound, where one
 * in x would propose many points outside it. {@code StrictMath} keeps the mapping the same on every host.
 */
final class BoxTransform {

    private final double[] lower;
    private final double[] width;

    BoxTransform(double[] lower, double[] upper) {
        this.lower = lower.clone();
        this.width = new double[lower.length];
        for (int d = 0; d < lower.length; d++) {
            double w = upper[d] - lower[d];
            width[d] = Double.isFinite(w) && w > 0 ? w : Double.NaN;
        }
    }

    private boolean mapped(int d) {
        return !Double.isNaN(width[d]);
    }

    /** z of coordinate {@code d} of x (infinite on a bound). */
    double latent(int d, double x) {
        if (!mapped(d)) {
            return x;
        }
        double below = x - lower[d];
        double above = width[d] - below;
        return StrictMath.log(below) - StrictMath.log(above);
    }

    /** x of coordinate {@code d} for z. */
    double box(int d, double z) {
        if (!mapped(d)) {
            return z;
        }
        double u = z >= 0 ? 1 / (1 + StrictMath.exp(-z)) : StrictMath.exp(z) / (1 + StrictMath.exp(z));
        return lower[d] + width[d] * u;
    }

    /**
     * ln |dz/dx| of coordinate {@code d} at z, up to a constant: the density of x is the density of z
     * times it. With u = 1/(1 + e^(−z)) it is −ln u − ln(1 − u) = |z| + 2 ln(1 + e^(−|z|)).
     */
    double logJacobian(int d, double z) {
        if (!mapped(d)) {
            return 0;
        }
        double a = Math.abs(z);
        return a + 2 * StrictMath.log1p(StrictMath.exp(-a));
    }
}
