package org.evofit.core.refl.instrument;

/**
 * The error function for real arguments, to within 2e-15 relative (a few units in the last place),
 * without allocating: commons-math's {@code Erf} builds a continued-fraction object per call above
 * |x| ≈ 1.2, which the footprint, called for every point of every evaluation, must avoid.
 *
 * <p>{@link #erf} is the footprint's hot path, so it reads a table: Taylor polynomials of degree 8
 * around nodes 1/64 apart on [0, 6.5], whose coefficients come from the exact derivatives
 * erf⁽ⁿ⁾(x) = (−1)ⁿ⁻¹·2/√π·Hₙ₋₁(x)·exp(−x²) (physicists' Hermite polynomials) and erf at the nodes
 * from the series and continued fraction below. The truncation error is below 1e-20.
 */
final class Erf {

    private static final int NODES_PER_UNIT = 64;
    private static final int DEGREE = 8;

    /** Below this |x| the series (no cancellation) is used; it converges in under 60 terms. */
    private static final double SERIES_LIMIT = 2.0;
    /** Above this |x|, 1 - erf(x) < 1e-19: erf rounds to ±1. */
    private static final double SATURATION = 6.5;
    /** Depth of the continued fraction of erfc: converged to rounding for x >= 2 (by ~70 there). */
    private static final int FRACTION_DEPTH = 100;
    private static final int MAX_TERMS = 200;
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    private static final double ONE_OVER_SQRT_PI = 1.0 / Math.sqrt(Math.PI);
    /** Declared after the constants it is computed from. */
    private static final double[] TAYLOR = taylorTable();

    private Erf() {
    }

    /** erf(x) = 2/√π ∫₀ˣ exp(-t²) dt, from the Taylor table. */
    static double erf(double x) {
        double a = Math.abs(x);
        if (!(a < SATURATION)) {
            return a == a ? Math.copySign(1.0, x) : a;
        }
        int node = (int) (a * NODES_PER_UNIT + 0.5);
        double dx = a - (double) node / NODES_PER_UNIT;
        int o = node * (DEGREE + 1);
        double v = TAYLOR[o + DEGREE];
        for (int k = DEGREE - 1; k >= 0; k--) {
            v = Math.fma(v, dx, TAYLOR[o + k]);
        }
        return x < 0 ? -v : v;
    }

    /** Coefficients erf⁽ⁿ⁾(x_i)/n! for every node x_i = i/64, n = 0..8. */
    private static double[] taylorTable() {
        int nodes = (int) Math.ceil(SATURATION * NODES_PER_UNIT) + 1;
        double[] table = new double[nodes * (DEGREE + 1)];
        double[] hermite = new double[DEGREE];
        for (int i = 0; i < nodes; i++) {
            double x = (double) i / NODES_PER_UNIT;
            int o = i * (DEGREE + 1);
            table[o] = exact(x);
            // H_0 = 1, H_1 = 2x, H_{n+1} = 2x H_n − 2n H_{n−1}.
            hermite[0] = 1;
            hermite[1] = 2 * x;
            for (int n = 1; n + 1 < DEGREE; n++) {
                hermite[n + 1] = 2 * x * hermite[n] - 2 * n * hermite[n - 1];
            }
            double g = TWO_OVER_SQRT_PI * Math.exp(-x * x);
            double factorial = 1;
            for (int n = 1; n <= DEGREE; n++) {
                factorial *= n;
                double sign = (n - 1) % 2 == 0 ? 1 : -1;
                table[o + n] = sign * hermite[n - 1] * g / factorial;
            }
        }
        return table;
    }

    /** erf(x) by the series or the continued fraction: slow, accurate; builds the table. */
    static double exact(double x) {
        double a = Math.abs(x);
        double v;
        if (a < SERIES_LIMIT) {
            v = series(a);
        } else if (a < SATURATION) {
            v = 1.0 - complementFraction(a);
        } else {
            v = a == a ? 1.0 : a; // keeps NaN
        }
        return x < 0 ? -v : v;
    }

    /**
     * erf(a) = 2a/√π·exp(-a²)·Σₙ (2a²)ⁿ/(1·3·…·(2n+1)): every term is positive, so nothing cancels,
     * and the relative accuracy holds down to a → 0, where erf(a) → 2a/√π.
     */
    private static double series(double a) {
        double twoASquared = 2 * a * a;
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= twoASquared / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * a * gaussian(a) * sum;
    }

    /**
     * erfc(a) = exp(-a²)/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + …)))), evaluated from a fixed depth
     * backwards; for a >= 2 the fraction converges fast and stably.
     */
    private static double complementFraction(double a) {
        double t = a;
        for (int k = FRACTION_DEPTH; k >= 1; k--) {
            t = a + 0.5 * k / t;
        }
        return ONE_OVER_SQRT_PI * gaussian(a) / t;
    }

    /** exp(-a²) with a² split into its rounded value and rounding error, which a plain a·a would lose. */
    private static double gaussian(double a) {
        double square = a * a;
        double error = Math.fma(a, a, -square);
        return Math.exp(-square) * (1.0 - error);
    }
}
