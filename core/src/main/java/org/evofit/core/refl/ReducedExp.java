package org.evofit.core.refl;

/**
 * The complex exponential exp(x + i·y) of the magnetic kernel's factors close to one (a channel's phase
 * factor over the other's, a roughness factor over the first one), for any size of argument: divided by 8 n times
 * until both parts are within {@link KernelMath#EXP_SMALL_LIMIT}, the short series there
 * ({@link KernelMath#expSmall}, {@link KernelMath#cosSmall}, {@link KernelMath#sinSmall}) and squared 3·n times.
 *
 * <p>Why not the table-driven exp and cosine–sine beyond the series' range: this takes only multiplications
 * by ⅛ (exact), fused multiply–adds and products, each of which a vector lane rounds as a scalar does, so
 * {@link VectorMagneticPhases} computes every lane this way and gives the same bits, where a fallback to the
 * full functions went lane by lane (a third of the Q values of a magnetic layer at low Q). Each squaring
 * doubles the relative error: n ≤ 2 on the benchmark's stacks (64 ulp at most); in general up to 512·|x + i·y|
 * ulp, a few hundred times what the argument's own rounding carries in phase. Arguments are divided at most
 * {@link #MAX} times, beyond any factor that does not overflow; a NaN stays NaN.
 */
final class ReducedExp {

    /** The most divisions: 8^20 times the series' range is far beyond any finite factor's argument. */
    static final int MAX = 20;
    /** The largest |x| and |y| of {@link #intoWide}'s series. */
    static final double WIDE_LIMIT = 0.125;
    /** The cosine's second-order coefficient, which {@link KernelMath}'s series writes in place. */
    static final double C2 = -0.5;
    /** {@link #expWide}'s terms beyond {@link KernelMath#expSmall}'s: x^9's and x^10's coefficients. */
    static final double E9 = 1.0 / 362880;
    static final double E10 = 1.0 / 3628800;
    /** {@link #intoWide}'s terms beyond {@link KernelMath}'s series: sin y's y^9 and cos y's y^10 coefficients. */
    static final double S9 = E9;
    static final double C10 = -E10;
    /** The divisor's reciprocal: three squarings undo a division. */
    static final double EIGHTH = 0.125;

    private ReducedExp() {
    }

    /**
     * The largest |y| that {@link #intoNearlyReal} takes two terms each of the cosine and sine for: their truncation,
     * y⁴/24 and y⁵/120, is below 6e-19 there, a two-hundredth of an ulp of one.
     */
    static final double TINY_ANGLE = 0x1p-14;

    /**
     * re[reAt] + i·im[imAt] ← exp(x + i·y), as {@link #into}, for arguments whose imaginary part is mostly tiny (a
     * roughness factor over the first one, where it is s2 times a difference of Im(k_n·k_m), absorption-sized: within
     * {@link #TINY_ANGLE} for 97-98 % of the benchmark's lane groups): there cos y = 1 − y²/2 and sin y = y − y³/6,
     * where x is within the series' range; {@link #into} otherwise.
     */
    static void intoNearlyReal(double x, double y, double[] re, int reAt, double[] im, int imAt) {
        if (Math.abs(y) <= TINY_ANGLE && Math.abs(x) <= KernelMath.EXP_SMALL_LIMIT) {
            double f = KernelMath.expSmall(x);
            double z = y * y;
            re[reAt] = f * Math.fma(z, -0.5, 1);
            im[imAt] = f * Math.fma(y * z, KernelMath.S3, y);
            return;
        }
        into(x, y, re, reAt, im, imAt);
    }

    /**
     * re[reAt] + i·im[imAt] ← exp(x + i·y), as {@link #into} but with longer series over eight times the range
     * ({@link #WIDE_LIMIT}): e^x through x^10, cos y through y^10 and sin y through y^9, whose truncations are below
     * 3e-18 (relative, for the sine) there. For a layer's second phase factor over its first, whose argument
     * (k1 − k0)·d leaves {@link KernelMath#EXP_SMALL_LIMIT} in about a third of the benchmark's lane groups but
     * {@link #WIDE_LIMIT} hardly ever: the three squarings per division and their selection cost more than the
     * longer series, which also round less (each squaring doubles the relative error).
     */
    static void intoWide(double x, double y, double[] re, int reAt, double[] im, int imAt) {
        reduced(x, y, true, re, reAt, im, imAt);
    }

    /** e^x for |x| ≤ {@link #WIDE_LIMIT}: Taylor through x^10 (truncation below 3e-18·e^x). */
    static double expWide(double x) {
        double p = Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, E10, E9), 1.0 / 40320),
                1.0 / 5040), 1.0 / 720);
        return Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, p, 1.0 / 120), 1.0 / 24),
                1.0 / 6), 0.5), 1), 1);
    }

    /** re[reAt] + i·im[imAt] ← exp(x + i·y). */
    static void into(double x, double y, double[] re, int reAt, double[] im, int imAt) {
        reduced(x, y, false, re, reAt, im, imAt);
    }

    /** exp(x + i·y) divided into the short series' range (or with wide, the wide series') and squared back. */
    private static void reduced(double x, double y, boolean wide, double[] re, int reAt, double[] im, int imAt) {
        double limit = wide ? WIDE_LIMIT : KernelMath.EXP_SMALL_LIMIT;
        int n = 0;
        while (n < MAX && (Math.abs(x) > limit || Math.abs(y) > limit)) {
            x *= EIGHTH;
            y *= EIGHTH;
            n++;
        }
        double cr;
        double ci;
        if (wide) {
            double f = expWide(x);
            double z = y * y;
            cr = f * Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, C10, KernelMath.C8), KernelMath.C6),
                    KernelMath.C4), C2), 1);
            double sine = Math.fma(z, Math.fma(z, Math.fma(z, S9, KernelMath.S7), KernelMath.S5), KernelMath.S3);
            ci = f * Math.fma(y * z, sine, y);
        } else {
            double f = KernelMath.expSmall(x);
            cr = f * KernelMath.cosSmall(y);
            ci = f * KernelMath.sinSmall(y);
        }
        for (int s = 0; s < 3 * n; s++) {
            double sr = Math.fma(cr, cr, -(ci * ci));
            ci = 2 * cr * ci;
            cr = sr;
        }
        re[reAt] = cr;
        im[imAt] = ci;
    }
}
