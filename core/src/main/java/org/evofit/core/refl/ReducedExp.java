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
     * re[at] + i·im[at] ← exp(x + i·y), as {@link #into}, for arguments whose imaginary part is mostly tiny (a
     * roughness factor over the first one, where it is s2 times a difference of Im(k_n·k_m), absorption-sized: within
     * {@link #TINY_ANGLE} for 97-98 % of the benchmark's lane groups): there cos y = 1 − y²/2 and sin y = y − y³/6,
     * where x is within the series' range; {@link #into} otherwise.
     */
    static void intoNearlyReal(double x, double y, double[] re, double[] im, int at) {
        if (Math.abs(y) <= TINY_ANGLE && Math.abs(x) <= KernelMath.EXP_SMALL_LIMIT) {
            double f = KernelMath.expSmall(x);
            double z = y * y;
            re[at] = f * Math.fma(z, -0.5, 1);
            im[at] = f * Math.fma(y * z, KernelMath.S3, y);
            return;
        }
        into(x, y, re, im, at);
    }

    /** re[at] + i·im[at] ← exp(x + i·y). */
    static void into(double x, double y, double[] re, double[] im, int at) {
        int n = 0;
        while (n < MAX && (Math.abs(x) > KernelMath.EXP_SMALL_LIMIT || Math.abs(y) > KernelMath.EXP_SMALL_LIMIT)) {
            x *= EIGHTH;
            y *= EIGHTH;
            n++;
        }
        double f = KernelMath.expSmall(x);
        double cr = f * KernelMath.cosSmall(y);
        double ci = f * KernelMath.sinSmall(y);
        for (int s = 0; s < 3 * n; s++) {
            double sr = Math.fma(cr, cr, -(ci * ci));
            ci = 2 * cr * ci;
            cr = sr;
        }
        re[at] = cr;
        im[at] = ci;
    }
}
