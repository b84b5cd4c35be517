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
