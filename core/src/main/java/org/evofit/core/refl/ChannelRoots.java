package org.evofit.core.refl;

/**
 * The wavevectors k = √(re + i·im) (Im k ≥ 0) of {@link MagneticKernel}'s spin channels, one Q value at a time,
 * the way {@link MagneticSteps} and, lane by lane, {@link VectorMagneticSteps} take them, so that both give the
 * same bits.
 *
 * <p>Why not the textbook complex square root alone: it takes two square roots and a division per channel, and
 * the divider is the kernel's scarcest unit. A layer's absorption im is small against |re| = |kz² − c| at all but
 * the lowest Q, so k = √|re|·√(1 ± i·u) with u = im/|re| takes one square root and a short series in u² (its
 * truncation below 1e-20 relative where |u| ≤ {@link #LIMIT}); the two channels of a layer share one division,
 * u_0 = im·|re_1|/(|re_0|·|re_1|) and likewise u_1. Where a channel's |u| exceeds the limit (near its critical
 * edge, a zero or NaN), that channel takes the textbook formula. Only IEEE-rounded operations and fused
 * multiply–adds, so a vector lane gives the scalar's bits.
 */
final class ChannelRoots {

    /** The largest |u| = im/|re| the series takes. */
    static final double LIMIT = 1.0 / 256;
    /** √(1 + i·u) = p + i·q: p = 1 + u²/8 − 5u⁴/128 + 21u⁶/1024, q = u·(1/2 − u²/16 + 7u⁴/256 − 33u⁶/2048). */
    static final double P2 = 1.0 / 8;
    static final double P4 = -5.0 / 128;
    static final double P6 = 21.0 / 1024;
    static final double Q1 = 0.5;
    static final double Q3 = -1.0 / 16;
    static final double Q5 = 7.0 / 256;
    static final double Q7 = -33.0 / 2048;

    private static final int B = MagneticWorkspace.BLOCK;

    private ChannelRoots() {
    }

    /** Both channels' k from re0 = kz² − c0 and re1 = kz² − c1 into k's rows (re k0, im k0, re k1, im k1) at i. */
    static void pair(double re0, double re1, double im, double[] k, int i) {
        double a0 = Math.abs(re0);
        double a1 = Math.abs(re1);
        double w = im / (a0 * a1);
        channel(re0, a0, w * a1, im, k, i);
        channel(re1, a1, w * a0, im, k, 2 * B + i);
    }

    /** One channel's k into k[at] and k[at + B], where a layer's two channels see one potential. */
    static void single(double re, double im, double[] k, int at) {
        double a = Math.abs(re);
        channel(re, a, im / a, im, k, at);
    }

    private static void channel(double re, double a, double u, double im, double[] k, int at) {
        if (!(Math.abs(u) <= LIMIT)) {
            textbook(re, im, k, at);
            return;
        }
        double s = Math.sqrt(a);
        double v = u * u;
        double sp = s * Math.fma(v, Math.fma(v, Math.fma(v, P6, P4), P2), 1);
        double sq = s * (u * Math.fma(v, Math.fma(v, Math.fma(v, Q7, Q5), Q3), Q1));
        // √(re + i·im) = s·(p + i·q) above the channel's edge, i·s·(p − i·q) = s·(q + i·p) below it.
        store(re >= 0 ? sp : sq, re >= 0 ? sq : sp, k, at);
    }

    /** k[at] + i·k[at + B] = the square root of re + i·im with a non-negative imaginary part. */
    static void textbook(double re, double im, double[] k, int at) {
        double m = Math.sqrt(re * re + im * im);
        double t = Math.sqrt(0.5 * (m + Math.abs(re)));
        double h = t > 0 ? 0.5 * im / t : 0;
        store(re >= 0 ? t : h, re >= 0 ? h : t, k, at);
    }

    private static void store(double kr, double ki, double[] k, int at) {
        if (ki < 0 || ki == 0 && kr < 0) {
            kr = -kr;
            ki = -ki;
        }
        k[at] = kr;
        k[at + B] = ki;
    }
}
