package org.evofit.core.refl;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * exp and the cosine–sine pair of one angle for the kernel: accurate to a few units in the last
 * place and free of data-dependent branches.
 *
 * <p>Why not {@link Math}: the kernel needs two complex exponentials per layer and Q value, and
 * {@link Math#sin} and {@link Math#cos} each reduce the argument on their own; those calls were
 * the larger part of the kernel's cost. Here an angle x is written as k·π/32 + r with |r| ≤ π/64
 * ({@link #cisIndex}, {@link #cisReduce}); short polynomials give sin r and cos r
 * ({@link #sinSmall}, {@link #cosSmall}) and a rotation by the tabulated cosine and sine of k·π/32
 * gives cos x and sin x ({@link #cosOf}, {@link #sinOf}). Once inlined into one loop body the JIT
 * shares the reduction and the polynomials between the two. Angles beyond {@link #CIS_LIMIT}
 * (never met by physical phases) are left to {@link Math} by the caller.
 *
 * <p>Polynomials and reductions use {@link Math#fma}, which the JIT turns into one instruction on
 * processors that have it (all x86-64 and AArch64 processors of the last decade; elsewhere it is
 * exact but slow). The polynomials are truncated Taylor series, long enough that the truncation
 * error stays below half an ulp on the reduced ranges; the split constants are derived from decimal
 * digits of π and ln 2 at class initialisation.
 */
final class KernelMath {

    private static final String PI = "3.14159265358979323846264338327950288419716939937510582097494459";
    private static final String LN2 = "0.693147180559945309417232121458176568075500134360255254120680009";

    /** Adding and subtracting this rounds a double of magnitude below 2^51 to an integer. */
    static final double ROUND = 0x1.8p52;

    /** Largest |angle| for the reduction: k·π/32 stays exact in three parts up to here. */
    static final double CIS_LIMIT = 1e5;
    /** Largest |x| for {@link #expSmall}, and for the angle of the small-angle cosine and sine. */
    static final double EXP_SMALL_LIMIT = 1.0 / 64;
    private static final int CIS_TABLE_BITS = 6;
    private static final int CIS_MASK = (1 << CIS_TABLE_BITS) - 1;
    static final double CIS_SCALE;
    static final double CIS_STEP_1;
    static final double CIS_STEP_2;
    static final double CIS_STEP_3;
    static final double[] CIS_COS = new double[1 << CIS_TABLE_BITS];
    static final double[] CIS_SIN = new double[1 << CIS_TABLE_BITS];

    static final int EXP_TABLE_BITS = 6;
    private static final int EXP_TABLE_SIZE = 1 << EXP_TABLE_BITS;
    static final double EXP_SCALE;
    static final double LN2_STEP_HI;
    static final double LN2_STEP_LO;
    static final double[] TWO_POW_FRACTION = new double[EXP_TABLE_SIZE];

    static final double S3 = -1.0 / 6;
    static final double S5 = 1.0 / 120;
    static final double S7 = -1.0 / 5040;
    static final double C4 = 1.0 / 24;
    static final double C6 = -1.0 / 720;
    static final double C8 = 1.0 / 40320;

    static {
        MathContext mc = MathContext.DECIMAL128;
        MathContext wide = new MathContext(60);
        BigDecimal cisStep = new BigDecimal(PI).divide(BigDecimal.valueOf(32), wide);
        CIS_SCALE = BigDecimal.ONE.divide(cisStep, mc).doubleValue();
        // Three parts of 33 significant bits or fewer, so that k·part is exact for |k| < 2^20.
        CIS_STEP_1 = truncate(cisStep.doubleValue(), 33);
        BigDecimal cisRest = cisStep.subtract(new BigDecimal(CIS_STEP_1));
        CIS_STEP_2 = truncate(cisRest.doubleValue(), 33);
        CIS_STEP_3 = cisRest.subtract(new BigDecimal(CIS_STEP_2)).doubleValue();
        for (int k = 0; k < CIS_COS.length; k++) {
            CIS_COS[k] = StrictMath.cos(k * Math.PI / 32);
            CIS_SIN[k] = StrictMath.sin(k * Math.PI / 32);
        }

        BigDecimal step = new BigDecimal(LN2).divide(BigDecimal.valueOf(EXP_TABLE_SIZE), wide);
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
     * degree-5 polynomial suffices; |x| ≥ 708 (underflow, overflow, NaN) is left to {@link Math}.
     */
    static double exp(double x) {
        if (!(Math.abs(x) < 708)) {
            return Math.exp(x);
        }
        double kd = x * EXP_SCALE + ROUND;
        int k = (int) Double.doubleToRawLongBits(kd);
        kd -= ROUND;
        double r = Math.fma(-kd, LN2_STEP_LO, Math.fma(-kd, LN2_STEP_HI, x));
        double p = Math.fma(r, Math.fma(r, Math.fma(r, Math.fma(r, Math.fma(r, 1.0 / 120, 1.0 / 24), 1.0 / 6),
                0.5), 1), 1);
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
     * cos x for any x: the table-driven form within {@link #CIS_LIMIT}, Math.cos beyond. Called
     * together with {@link #sinAt} on the same angle, the inlined reduction is computed once.
     */
    static double cosAt(double x) {
        return Math.abs(x) <= CIS_LIMIT ? cosOf(cisReduce(x), cisIndex(x)) : Math.cos(x);
    }

    /** sin x for any x; see {@link #cosAt}. */
    static double sinAt(double x) {
        return Math.abs(x) <= CIS_LIMIT ? sinOf(cisReduce(x), cisIndex(x)) : Math.sin(x);
    }

    /**
     * e^x for |x| ≤ {@link #EXP_SMALL_LIMIT}: Taylor through x^6, whose truncation error is below
     * 1e-16·e^x; for factors close to one, where the table-driven {@link #exp} costs more than it gives.
     */
    static double expSmall(double x) {
        return Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, Math.fma(x, 1.0 / 720, 1.0 / 120),
                1.0 / 24), 1.0 / 6), 0.5), 1), 1);
    }

    /** sin r for |r| ≤ π/64: Taylor through r^7, whose truncation error is below 1e-17·|r|. */
    static double sinSmall(double r) {
        double z = r * r;
        return Math.fma(r * z, Math.fma(z, Math.fma(z, S7, S5), S3), r);
    }

    /** cos r for |r| ≤ π/64: Taylor through r^8, truncation error below 1e-19. */
    static double cosSmall(double r) {
        double z = r * r;
        return Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, C8, C6), C4), -0.5), 1);
    }
}
