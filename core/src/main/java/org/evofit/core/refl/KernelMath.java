package org.evofit.core.refl;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * exp, sine and cosine for the kernels: accurate to about one unit in the last place, branch-light,
 * and with one argument reduction shared by the sine and the cosine of the same angle.
 *
 * <p>Why not {@link Math}: the kernel needs two complex exponentials per layer and Q value, and
 * {@link Math#sin} and {@link Math#cos} each reduce the argument on their own; those calls were
 * the larger part of the kernel's cost. The kernel computes cos x and sin x together without a
 * branch: x = k·π/32 + r with |r| ≤ π/64 ({@link #CIS_SCALE}, the three-part step), short
 * polynomials for sin r and cos r ({@link #sinSmall}, {@link #cosSmall}) and a rotation by the
 * tabulated cos and sin of k·π/32. Angles beyond {@link #CIS_LIMIT} (never met by physical
 * phases) fall back to {@link Math}. The quadrant-based {@link #sin(double)} and
 * {@link #cos(double)} serve single values.
 *
 * <p>Polynomials and reductions use {@link Math#fma}, which the JIT turns into one instruction on
 * processors that have it (and which is more accurate anyway). The polynomials are truncated Taylor series, long enough that the truncation error stays
 * below half an ulp on the reduced ranges; the split constants are derived from decimal digits of
 * π and ln 2 at class initialisation.
 */
final class KernelMath {

    /** Largest |angle| reduced here; beyond it the three-part π/2 would lose accuracy. */
    static final double TRIG_LIMIT = 1e6;

    private static final String PI = "3.14159265358979323846264338327950288419716939937510582097494459";
    private static final String LN2 = "0.693147180559945309417232121458176568075500134360255254120680009";


    private static final double TWO_OVER_PI;
    private static final double PIO2_1;
    private static final double PIO2_2;
    private static final double PIO2_3;

    /** Largest |angle| for the table-driven cis: k·π/32 stays exact in three parts up to here. */
    static final double CIS_LIMIT = 1e5;
    /** Angles are reduced to multiples of π/32, whose cosines and sines are tabulated. */
    static final int CIS_TABLE_BITS = 6;
    static final int CIS_MASK = (1 << CIS_TABLE_BITS) - 1;
    static final double CIS_SCALE;
    static final double CIS_STEP_1;
    static final double CIS_STEP_2;
    static final double CIS_STEP_3;
    static final double[] CIS_COS = new double[1 << CIS_TABLE_BITS];
    static final double[] CIS_SIN = new double[1 << CIS_TABLE_BITS];
    /** Adding and subtracting this rounds a double of magnitude below 2^51 to an integer. */
    static final double ROUND = 0x1.8p52;

    private static final int EXP_TABLE_BITS = 6;
    private static final int EXP_TABLE_SIZE = 1 << EXP_TABLE_BITS;
    private static final double EXP_SCALE;
    private static final double LN2_STEP_HI;
    private static final double LN2_STEP_LO;
    private static final double[] TWO_POW_FRACTION = new double[EXP_TABLE_SIZE];

    static {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal halfPi = new BigDecimal(PI).divide(BigDecimal.valueOf(2), new MathContext(60));
        TWO_OVER_PI = BigDecimal.ONE.divide(halfPi, mc).doubleValue();
        // Three parts of 33 significant bits or fewer, so that k·part is exact for |k| < 2^20.
        PIO2_1 = truncate(halfPi.doubleValue(), 33);
        BigDecimal rest = halfPi.subtract(new BigDecimal(PIO2_1));
        PIO2_2 = truncate(rest.doubleValue(), 33);
        PIO2_3 = rest.subtract(new BigDecimal(PIO2_2)).doubleValue();

        BigDecimal cisStep = new BigDecimal(PI).divide(BigDecimal.valueOf(32), new MathContext(60));
        CIS_SCALE = BigDecimal.ONE.divide(cisStep, mc).doubleValue();
        CIS_STEP_1 = truncate(cisStep.doubleValue(), 33);
        BigDecimal cisRest = cisStep.subtract(new BigDecimal(CIS_STEP_1));
        CIS_STEP_2 = truncate(cisRest.doubleValue(), 33);
        CIS_STEP_3 = cisRest.subtract(new BigDecimal(CIS_STEP_2)).doubleValue();
        for (int k = 0; k < CIS_COS.length; k++) {
            CIS_COS[k] = StrictMath.cos(k * Math.PI / 32);
            CIS_SIN[k] = StrictMath.sin(k * Math.PI / 32);
        }

        BigDecimal step = new BigDecimal(LN2).divide(BigDecimal.valueOf(EXP_TABLE_SIZE), new MathContext(60));
        EXP_SCALE = BigDecimal.ONE.divide(step, mc).doubleValue();
        LN2_STEP_HI = truncate(step.doubleValue(), 32);
        LN2_STEP_LO = step.subtract(new BigDecimal(LN2_STEP_HI)).doubleValue();
        for (int i = 0; i < EXP_TABLE_SIZE; i++) {
            TWO_POW_FRACTION[i] = StrictMath.pow(2, (double) i / EXP_TABLE_SIZE);
        }
    }

    private KernelMath() {
    }

    /** The value with its significand cut to the leading {@code bits} bits. */
    private static double truncate(double value, int bits) {
        long mask = -1L << (52 - (bits - 1));
        return Double.longBitsToDouble(Double.doubleToRawLongBits(value) & mask);
    }

    /**
     * e^x to about one ulp. Table-driven: x = (64m + i)·ln2/64 + r with |r| ≤ ln2/128, so that a
     * degree-5 polynomial suffices.
     */
    static double exp(double x) {
        if (!(Math.abs(x) < 708)) {
            return Math.exp(x);
        }
        double kd = x * EXP_SCALE + ROUND;
        int k = (int) Double.doubleToRawLongBits(kd);
        kd -= ROUND;
        double r = Math.fma(-kd, LN2_STEP_LO, Math.fma(-kd, LN2_STEP_HI, x));
        double p = Math.fma(r, Math.fma(r, Math.fma(r, Math.fma(r, Math.fma(r, 1.0 / 120, 1.0 / 24), 1.0 / 6), 0.5), 1), 1);
        double twoPowM = Double.longBitsToDouble((long) ((k >> EXP_TABLE_BITS) + Double.MAX_EXPONENT) << 52);
        return TWO_POW_FRACTION[k & (EXP_TABLE_SIZE - 1)] * p * twoPowM;
    }

    /** The table index of angle x: the nearest multiple k of π/32, modulo 64. */
    static int cisIndex(double x) {
        return (int) Double.doubleToRawLongBits(x * CIS_SCALE + ROUND) & CIS_MASK;
    }

    /** x − k·π/32 for the nearest k, accurate for |x| ≤ {@link #CIS_LIMIT}; lies in [−π/64, π/64]. */
    static double cisReduce(double x) {
        double k = (x * CIS_SCALE + ROUND) - ROUND;
        return Math.fma(-k, CIS_STEP_3, Math.fma(-k, CIS_STEP_2, Math.fma(-k, CIS_STEP_1, x)));
    }

    /** cos x from its reduction: cos(kπ/32)·cos r − sin(kπ/32)·sin r. */
    static double cosOf(double r, int index) {
        return Math.fma(CIS_COS[index], cosSmall(r), -CIS_SIN[index] * sinSmall(r));
    }

    /** sin x from its reduction: sin(kπ/32)·cos r + cos(kπ/32)·sin r. */
    static double sinOf(double r, int index) {
        return Math.fma(CIS_SIN[index], cosSmall(r), CIS_COS[index] * sinSmall(r));
    }

    /**
     * sin r for |r| ≤ π/64 (after the table reduction): Taylor through r^7, whose truncation error
     * is below 1e-17.
     */
    static double sinSmall(double r) {
        double z = r * r;
        return Math.fma(r * z, Math.fma(z, Math.fma(z, S7, S5), S3), r);
    }

    /** cos r for |r| ≤ π/64: Taylor through r^8, truncation error below 1e-19. */
    static double cosSmall(double r) {
        double z = r * r;
        return Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, C8, C6), C4), -0.5), 1);
    }

    /** The nearest integer to x/(π/2), as a double; valid for |x| ≤ {@link #TRIG_LIMIT}. */
    static double quadrant(double x) {
        return (x * TWO_OVER_PI + ROUND) - ROUND;
    }

    /** x − quadrant·π/2, accurate for |x| ≤ {@link #TRIG_LIMIT}; lies in about [−π/4, π/4]. */
    static double reduce(double x, double quadrant) {
        return Math.fma(-quadrant, PIO2_3, Math.fma(-quadrant, PIO2_2, Math.fma(-quadrant, PIO2_1, x)));
    }

    /** sin(r + quadrant·π/2) for a reduced r. */
    static double sin(double r, double quadrant) {
        int q = (int) (long) quadrant;
        double v = (q & 1) == 0 ? sinPoly(r) : cosPoly(r);
        return (q & 2) == 0 ? v : -v;
    }

    /** cos(r + quadrant·π/2) for a reduced r. */
    static double cos(double r, double quadrant) {
        int q = (int) (long) quadrant;
        double v = (q & 1) == 0 ? cosPoly(r) : sinPoly(r);
        return ((q + 1) & 2) == 0 ? v : -v;
    }

    /** sin x; for tests and callers that need only one of the pair. */
    static double sin(double x) {
        if (!(Math.abs(x) <= TRIG_LIMIT)) {
            return Math.sin(x);
        }
        double k = quadrant(x);
        return sin(reduce(x, k), k);
    }

    /** cos x; for tests and callers that need only one of the pair. */
    static double cos(double x) {
        if (!(Math.abs(x) <= TRIG_LIMIT)) {
            return Math.cos(x);
        }
        double k = quadrant(x);
        return cos(reduce(x, k), k);
    }

    private static final double S3 = -1.0 / 6;
    private static final double S5 = 1.0 / 120;
    private static final double S7 = -1.0 / 5040;
    private static final double S9 = 1.0 / 362880;
    private static final double S11 = -1.0 / 39916800;
    private static final double S13 = 1.0 / 6227020800.0;
    private static final double S15 = -1.0 / 1307674368000.0;

    private static final double C4 = 1.0 / 24;
    private static final double C6 = -1.0 / 720;
    private static final double C8 = 1.0 / 40320;
    private static final double C10 = -1.0 / 3628800;
    private static final double C12 = 1.0 / 479001600;
    private static final double C14 = -1.0 / 87178291200.0;
    private static final double C16 = 1.0 / 20922789888000.0;

    /** sin r for |r| ≤ π/4 + a little: Taylor series through r^15 (next term below 1e-16·|r|). */
    static double sinPoly(double r) {
        double z = r * r;
        double p = Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, S15, S13), S11), S9), S7), S5), S3);
        return Math.fma(r * z, p, r);
    }

    /** cos r for |r| ≤ π/4 + a little: Taylor series through r^16. */
    static double cosPoly(double r) {
        double z = r * r;
        double p = Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, C16, C14), C12), C10), C8), C6), C4);
        return Math.fma(z * z, p, Math.fma(-0.5, z, 1));
    }
}
