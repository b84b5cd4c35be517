package org.evofit.core.refl;

/**
 * The standard normal density φ(u) = exp(−u²/2)/√(2π) over a run of an array, in a loop the JIT's
 * superword pass turns into vector instructions: products and fused multiply–adds only, no table, no
 * branch, no bit manipulation. Each lane rounds every operation as the scalar loop does ({@link Math#fma}
 * is exact in every tier), so the bits are the same whether the JIT vectorises it or not (interpreter,
 * C1, C2, any vector width; no jdk.incubator.vector involved, so no warm-up race either).
 *
 * <p>Why: a fit that varies an SLD moves the stack's critical edges, so {@link EdgeQuadrature} lays
 * its edge weights anew on every curve, one Gaussian per (point, node) pair; the table-driven
 * {@link KernelMath#exp} took 3-4 ns a value there; this, over |u| ≤ 7.5, 0.8 ns (AVX-512, 2026-12-07).
 *
 * <p>How: with r = −u²/32 = s + c, c the middle of r's range, exp(−u²/2) = (e^c · e^s)^16, e^s by its
 * Taylor series to below half an ulp; the four squarings multiply the few ulp of e^c · e^s by 16, so φ
 * is within ~1e-14 relative (GaussianBatchTest), far below what the smearing's 1e-6 needs. Windows of
 * refnx's ±3.5σ take a series of 11 terms, any wider ones (to ±{@link ResolutionSmearing#REACH}·σ)
 * one of 18. Beyond its range a series loses accuracy; it is never asked there.
 */
final class GaussianBatch {

    /** The largest |u| this is accurate for: the windows reach ±{@link ResolutionSmearing#REACH}·σ at most. */
    static final double DOMAIN = 7.5;
    /**
     * The largest |u| of the shorter series: refnx's cut-off, the reflectivity default's
     * ({@link SmearingSettings#REFLECTIVITY}), which fits use.
     */
    static final double NEAR = 3.5;

    private static final double FAR_CENTRE = -DOMAIN * DOMAIN / 64;
    private static final double NEAR_CENTRE = -NEAR * NEAR / 64;
    /** e^c/√(2π)^(1/16): the centring and the density's constant, folded into one factor before squaring. */
    private static final double FAR_SCALE = StrictMath.exp(FAR_CENTRE) / StrictMath.pow(2 * Math.PI, 1.0 / 32);
    private static final double NEAR_SCALE = StrictMath.exp(NEAR_CENTRE) / StrictMath.pow(2 * Math.PI, 1.0 / 32);

    private static final double C2 = 1.0 / 2;
    private static final double C3 = C2 / 3;
    private static final double C4 = C3 / 4;
    private static final double C5 = C4 / 5;
    private static final double C6 = C5 / 6;
    private static final double C7 = C6 / 7;
    private static final double C8 = C7 / 8;
    private static final double C9 = C8 / 9;
    private static final double C10 = C9 / 10;
    private static final double C11 = C10 / 11;
    private static final double C12 = C11 / 12;
    private static final double C13 = C12 / 13;
    private static final double C14 = C13 / 14;
    private static final double C15 = C14 / 15;
    private static final double C16 = C15 / 16;
    private static final double C17 = C16 / 17;
    private static final double C18 = C17 / 18;

    private GaussianBatch() {
    }

    /**
     * w[m] ← w[m]·φ(u[m])·scale[m] for every m in [from, to), each |u[m]| ≤ reach ≤ {@link #DOMAIN} (to a few
     * ulp): an edge weight is its node's mass times φ times 1/σ, and laid in the same loop its run is long
     * enough for vectors.
     */
    static void density(double[] u, double[] w, double[] scale, int from, int to, double reach) {
        if (reach <= NEAR) {
            near(u, w, scale, from, to);
        } else {
            far(u, w, scale, from, to);
        }
    }

    /** {@link #density} for |u| ≤ {@link #NEAR}: |s| ≤ 0.19, where the series through s^11 leaves 5e-18. */
    private static void near(double[] u, double[] w, double[] scale, int from, int to) {
        for (int m = from; m < to; m++) {
            double s = u[m] * u[m] * (-1.0 / 32) - NEAR_CENTRE;
            w[m] = w[m] * lowTerms(Math.fma(C11, s, C10), s, NEAR_SCALE) * scale[m];
        }
    }

    /** {@link #density} for |u| ≤ {@link #DOMAIN}: |s| ≤ 0.88, where the series through s^18 leaves 1e-18. */
    private static void far(double[] u, double[] w, double[] scale, int from, int to) {
        for (int m = from; m < to; m++) {
            double s = u[m] * u[m] * (-1.0 / 32) - FAR_CENTRE;
            double high = Math.fma(Math.fma(Math.fma(Math.fma(C18, s, C17), s, C16), s, C15), s, C14);
            double p = Math.fma(Math.fma(Math.fma(Math.fma(high, s, C13), s, C12), s, C11), s, C10);
            w[m] = w[m] * lowTerms(p, s, FAR_SCALE) * scale[m];
        }
    }

    /**
     * (scale · Σ_k c_k s^k)^16 given the series' terms from s^10 up in Horner form, p: the terms below
     * and the four squarings (inlined into either loop, which the JIT then vectorises).
     */
    private static double lowTerms(double p, double s, double scale) {
        double q = Math.fma(p, s, C9);
        q = Math.fma(q, s, C8);
        q = Math.fma(q, s, C7);
        q = Math.fma(q, s, C6);
        q = Math.fma(q, s, C5);
        q = Math.fma(q, s, C4);
        q = Math.fma(q, s, C3);
        q = Math.fma(q, s, C2);
        q = Math.fma(q, s, 1);
        q = Math.fma(q, s, 1) * scale;
        q *= q;
        q *= q;
        q *= q;
        return q * q;
    }
}
