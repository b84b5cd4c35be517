package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link KernelMath}'s exp and cosine–sine pair, lane by lane on a {@link DoubleVector}, to the
 * bit: the same reductions, tables and polynomials, with every operation one that IEEE 754 rounds
 * the same in a lane as in a scalar (+, −, ×, fused multiply–add, bit moves). So
 * {@link VectorKernel} gives {@link SequenceKernel}'s numbers exactly, and the golden fits need no
 * kernel of their own. Values outside the fast path's range (|x| ≥ 708 for exp, beyond
 * {@link KernelMath#CIS_LIMIT} for an angle, NaN) are recomputed by the scalar functions, which
 * hand them to {@link Math} as {@link KernelMath} does.
 *
 * <p>The functions take and fill arrays, and vectors never cross a method boundary: a method this
 * large is not always inlined, and a vector passed to a method that is not would be boxed, an
 * allocation per operation.
 */
final class VectorMath {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Table indices: one int lane per double lane. */
    private static final VectorSpecies<Integer> INDEX =
            IntVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));
    private static final long TABLE_MASK = (1 << KernelMath.EXP_TABLE_BITS) - 1;
    private static final double EXP_LIMIT = 708;

    private VectorMath() {
    }

    /** v in every lane. */
    private static DoubleVector c(double v) {
        return DoubleVector.broadcast(SPECIES, v);
    }

    /** The low six bits of the integer that adding {@link KernelMath#ROUND} left in {@code rounded}. */
    private static void tableIndex(DoubleVector rounded, int[] index) {
        ((IntVector) rounded.reinterpretAsLongs().and(TABLE_MASK).castShape(INDEX, 0)).intoArray(index, 0);
    }

    /**
     * out[i] = e^x[i] for i in [0, n), {@link KernelMath#exp} to the bit.
     *
     * @param n     a multiple of the lane count, at most the arrays' length
     * @param index a workspace's buffer of one int per lane, for the table indices
     */
    static void exp(double[] x, double[] out, int n, int[] index) {
        boolean slow = false;
        for (int i = 0; i < n; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, x, i);
            DoubleVector rounded = v.mul(KernelMath.EXP_SCALE).add(KernelMath.ROUND);
            LongVector k = rounded.reinterpretAsLongs().sub(Double.doubleToRawLongBits(KernelMath.ROUND));
            DoubleVector minusK = rounded.sub(KernelMath.ROUND).neg();
            DoubleVector r = minusK.fma(c(KernelMath.LN2_STEP_LO), minusK.fma(c(KernelMath.LN2_STEP_HI), v));
            DoubleVector p = r.fma(c(1.0 / 120), c(1.0 / 24));
            p = r.fma(p, c(1.0 / 6));
            p = r.fma(p, c(0.5));
            p = r.fma(p, c(1));
            p = r.fma(p, c(1));
            DoubleVector twoPowM = k.lanewise(VectorOperators.ASHR, KernelMath.EXP_TABLE_BITS)
                    .add(Double.MAX_EXPONENT).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            tableIndex(rounded, index);
            DoubleVector.fromArray(SPECIES, KernelMath.TWO_POW_FRACTION, 0, index, 0).mul(p).mul(twoPowM)
                    .intoArray(out, i);
            slow |= !v.abs().compare(VectorOperators.LT, EXP_LIMIT).allTrue();
        }
        if (slow) {
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(x[i]) < EXP_LIMIT)) {
                    out[i] = KernelMath.exp(x[i]);
                }
            }
        }
    }

    /**
     * re[offset + i] = scale[i]·cos angle[i] and im[offset + i] = scale[i]·sin angle[i] for i in [0, n),
     * {@code scale[i] * KernelMath.cosAt(angle[i])} and {@code scale[i] * KernelMath.sinAt(angle[i])} to the bit.
     *
     * @param n     a multiple of the lane count, at most the input arrays' length
     * @param index a workspace's buffer of one int per lane, for the table indices
     */
    static void cis(double[] angle, double[] scale, double[] re, double[] im, int offset, int n, int[] index) {
        cis(angle, scale, re, offset, im, offset, n, index);
    }

    /**
     * As {@link #cis(double[], double[], double[], double[], int, int, int[])}, with the cosines written from
     * re[reOffset] and the sines from im[imOffset]: two rows of one array can take them.
     */
    static void cis(double[] angle, double[] scale, double[] re, int reOffset, double[] im, int imOffset, int n,
            int[] index) {
        boolean slow = false;
        for (int i = 0; i < n; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, angle, i);
            DoubleVector rounded = x.mul(KernelMath.CIS_SCALE).add(KernelMath.ROUND);
            DoubleVector minusK = rounded.sub(KernelMath.ROUND).neg();
            DoubleVector r = minusK.fma(c(KernelMath.CIS_STEP_3),
                    minusK.fma(c(KernelMath.CIS_STEP_2), minusK.fma(c(KernelMath.CIS_STEP_1), x)));
            DoubleVector z = r.mul(r);
            DoubleVector sinR = r.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), c(KernelMath.S3)), r);
            DoubleVector cosR = z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), c(KernelMath.C4)), c(-0.5)),
                    c(1));
            tableIndex(rounded, index);
            DoubleVector cosK = DoubleVector.fromArray(SPECIES, KernelMath.CIS_COS, 0, index, 0);
            DoubleVector sinK = DoubleVector.fromArray(SPECIES, KernelMath.CIS_SIN, 0, index, 0);
            DoubleVector g = DoubleVector.fromArray(SPECIES, scale, i);
            g.mul(cosK.fma(cosR, sinK.mul(sinR).neg())).intoArray(re, reOffset + i);
            g.mul(sinK.fma(cosR, cosK.mul(sinR))).intoArray(im, imOffset + i);
            slow |= !x.abs().compare(VectorOperators.LE, KernelMath.CIS_LIMIT).allTrue();
        }
        if (slow) {
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(angle[i]) <= KernelMath.CIS_LIMIT)) {
                    re[reOffset + i] = scale[i] * KernelMath.cosAt(angle[i]);
                    im[imOffset + i] = scale[i] * KernelMath.sinAt(angle[i]);
                }
            }
        }
    }

    /**
     * As {@link #exp(double[], double[], int, int[])}, from x[xAt] into out[outAt]: for the rows of the magnetic
     * kernel's one state array ({@link MagneticWorkspace#state}). A copy, not the body of both: with exp and
     * {@link #cis} taking the offsets, the unpolarised vector kernel, which passes 0, measured 1.05-1.07 of its time
     * (one JVM, the two builds' classes in alternating batches of thread CPU time, 6 launches at 10/40/200 layers;
     * 0.99 for the same build against itself), with the same inlining (neither body is inlined: too big).
     */
    static void expAt(double[] x, int xAt, double[] out, int outAt, int n, int[] index) {
        boolean slow = false;
        for (int i = 0; i < n; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, x, xAt + i);
            DoubleVector rounded = v.mul(KernelMath.EXP_SCALE).add(KernelMath.ROUND);
            LongVector k = rounded.reinterpretAsLongs().sub(Double.doubleToRawLongBits(KernelMath.ROUND));
            DoubleVector minusK = rounded.sub(KernelMath.ROUND).neg();
            DoubleVector r = minusK.fma(c(KernelMath.LN2_STEP_LO), minusK.fma(c(KernelMath.LN2_STEP_HI), v));
            DoubleVector p = r.fma(c(1.0 / 120), c(1.0 / 24));
            p = r.fma(p, c(1.0 / 6));
            p = r.fma(p, c(0.5));
            p = r.fma(p, c(1));
            p = r.fma(p, c(1));
            DoubleVector twoPowM = k.lanewise(VectorOperators.ASHR, KernelMath.EXP_TABLE_BITS)
                    .add(Double.MAX_EXPONENT).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            tableIndex(rounded, index);
            DoubleVector.fromArray(SPECIES, KernelMath.TWO_POW_FRACTION, 0, index, 0).mul(p).mul(twoPowM)
                    .intoArray(out, outAt + i);
            slow |= !v.abs().compare(VectorOperators.LT, EXP_LIMIT).allTrue();
        }
        if (slow) {
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(x[xAt + i]) < EXP_LIMIT)) {
                    out[outAt + i] = KernelMath.exp(x[xAt + i]);
                }
            }
        }
    }

    /**
     * As {@link #cis(double[], double[], double[], double[], int, int, int[])}, with the angles read from
     * angle[angleAt], the scales from scale[scaleAt], the cosines written from re[reOffset] and the sines from
     * im[imOffset]: for the rows of the magnetic kernel's state array, a copy for the reason {@link #expAt} gives.
     */
    static void cisAt(double[] angle, int angleAt, double[] scale, int scaleAt, double[] re, int reOffset, double[] im,
            int imOffset, int n, int[] index) {
        boolean slow = false;
        for (int i = 0; i < n; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, angle, angleAt + i);
            DoubleVector rounded = x.mul(KernelMath.CIS_SCALE).add(KernelMath.ROUND);
            DoubleVector minusK = rounded.sub(KernelMath.ROUND).neg();
            DoubleVector r = minusK.fma(c(KernelMath.CIS_STEP_3),
                    minusK.fma(c(KernelMath.CIS_STEP_2), minusK.fma(c(KernelMath.CIS_STEP_1), x)));
            DoubleVector z = r.mul(r);
            DoubleVector sinR = r.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), c(KernelMath.S3)), r);
            DoubleVector cosR = z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), c(KernelMath.C4)), c(-0.5)),
                    c(1));
            tableIndex(rounded, index);
            DoubleVector cosK = DoubleVector.fromArray(SPECIES, KernelMath.CIS_COS, 0, index, 0);
            DoubleVector sinK = DoubleVector.fromArray(SPECIES, KernelMath.CIS_SIN, 0, index, 0);
            DoubleVector g = DoubleVector.fromArray(SPECIES, scale, scaleAt + i);
            g.mul(cosK.fma(cosR, sinK.mul(sinR).neg())).intoArray(re, reOffset + i);
            g.mul(sinK.fma(cosR, cosK.mul(sinR))).intoArray(im, imOffset + i);
            slow |= !x.abs().compare(VectorOperators.LE, KernelMath.CIS_LIMIT).allTrue();
        }
        if (slow) {
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(angle[angleAt + i]) <= KernelMath.CIS_LIMIT)) {
                    re[reOffset + i] = scale[scaleAt + i] * KernelMath.cosAt(angle[angleAt + i]);
                    im[imOffset + i] = scale[scaleAt + i] * KernelMath.sinAt(angle[angleAt + i]);
                }
            }
        }
    }
}
