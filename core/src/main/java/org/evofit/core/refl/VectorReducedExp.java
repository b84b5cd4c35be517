package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ReducedExp} with one lane per Q value. {@link #ratio}: a layer's second phase factor over its first,
 * f = exp(i·(k1 − k0)·d), as {@link ReducedExp#intoWide} lane by lane (the crossing of {@link MagneticSteps#cross}):
 * the wide series where a lane group is within its range, which all but the lowest Q are; the other groups are
 * marked (one bit per lane group: a block has at most 64) and take {@link #divided} in a second loop (ws.x, ws.angle
 * their arguments): a call inside the first loop would cost it its vector registers at every call (HotSpot keeps
 * none across a call). {@link #divided} also takes the rare groups of {@link VectorMagneticPhases}' roughness ratios
 * (as {@link ReducedExp#intoNearlyReal}). The same operations as the scalar forms, each rounded alike in a lane, so
 * the same bits. {@code len} a multiple of the lane count; the series written out in the loops, as
 * {@link VectorMagneticPhases} explains.
 */
final class VectorReducedExp {

    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int LANES = S.length();
    private static final int B = MagneticWorkspace.BLOCK;
    private static final double LIMIT = ReducedExp.WIDE_LIMIT;
    /** The series' coefficients that enter as the addend of a fused multiply–add, in every lane. */
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1);
    private static final DoubleVector EIGHTH = DoubleVector.broadcast(S, ReducedExp.EIGHTH);
    private static final DoubleVector X2 = DoubleVector.broadcast(S, 0.5);
    private static final DoubleVector X3 = DoubleVector.broadcast(S, 1.0 / 6);
    private static final DoubleVector X4 = DoubleVector.broadcast(S, 1.0 / 24);
    private static final DoubleVector X5 = DoubleVector.broadcast(S, 1.0 / 120);
    private static final DoubleVector X6 = DoubleVector.broadcast(S, 1.0 / 720);
    private static final DoubleVector X7 = DoubleVector.broadcast(S, 1.0 / 5040);
    private static final DoubleVector X8 = DoubleVector.broadcast(S, 1.0 / 40320);
    private static final DoubleVector C2 = DoubleVector.broadcast(S, ReducedExp.C2);
    private static final DoubleVector S3 = DoubleVector.broadcast(S, KernelMath.S3);
    private static final DoubleVector C4 = DoubleVector.broadcast(S, KernelMath.C4);
    private static final DoubleVector S5 = DoubleVector.broadcast(S, KernelMath.S5);
    private static final DoubleVector C6 = DoubleVector.broadcast(S, KernelMath.C6);

    private VectorReducedExp() {
    }

    /** f = exp(i·(k1 − k0)·d) of the layer above the interface (k = ws.upper) into ws.fRe, ws.fIm. */
    static void ratio(MagneticWorkspace ws, double d, int len) {
        final double[] st = ws.state;
        final int xAt = ws.x();
        final int angleAt = ws.angle();
        final int fReAt = ws.fRe();
        final int fImAt = ws.fIm();
        final int k = ws.upper;
        long divide = 0;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector dr = DoubleVector.fromArray(S, st, k + 2 * B + i).sub(DoubleVector.fromArray(S, st, k + i))
                    .mul(d);
            DoubleVector di = DoubleVector.fromArray(S, st, k + 3 * B + i).sub(DoubleVector.fromArray(S, st, k + B + i))
                    .mul(d);
            DoubleVector x = di.neg();
            // As VectorMagneticPhases' roughness ratios: the sum beyond the range where either part is.
            if (x.abs().add(dr.abs()).compare(VectorOperators.GT, LIMIT).anyTrue()) {
                x.intoArray(st, xAt + i);
                dr.intoArray(st, angleAt + i);
                divide |= 1L << (i / LANES);
                continue;
            }
            DoubleVector m = x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(ReducedExp.E10, ReducedExp.E9),
                    X8), X7), X6), X5), X4), X3), X2), ONE), ONE);
            DoubleVector z = dr.mul(dr);
            m.mul(z.fma(z.fma(z.fma(z.fma(z.fma(ReducedExp.C10, KernelMath.C8), C6), C4), C2), ONE))
                    .intoArray(st, fReAt + i);
            m.mul(dr.mul(z).fma(z.fma(z.fma(z.fma(ReducedExp.S9, KernelMath.S7), S5), S3), dr))
                    .intoArray(st, fImAt + i);
        }
        for (; divide != 0; divide &= divide - 1) {
            divided(st, ws.x(), ws.angle(), ws.fRe(), ws.fIm(), Long.numberOfTrailingZeros(divide) * LANES, true);
        }
    }

    /**
     * exp(inRe + i·inIm) into outRe, outIm for the lane group at i: up to two divisions by 8 (masks one, two) into
     * the series' range (with wide, {@link ReducedExp#intoWide}'s; otherwise {@link ReducedExp#intoNearlyReal}'s,
     * two terms of the cosine and sine where a lane is in range and its angle tiny) and their squarings in
     * straight-line code (a vector carried round a loop is boxed); a group with a lane beyond that is done again by
     * the scalar code.
     */
    static void divided(double[] st, int inRe, int inIm, int outRe, int outIm, int i, boolean wide) {
        final double limit = wide ? ReducedExp.WIDE_LIMIT : KernelMath.EXP_SMALL_LIMIT;
        DoubleVector x = DoubleVector.fromArray(S, st, inRe + i);
        DoubleVector y = DoubleVector.fromArray(S, st, inIm + i);
        VectorMask<Double> one = x.abs().compare(VectorOperators.GT, limit).or(y.abs().compare(VectorOperators.GT, limit));
        x = x.blend(x.mul(EIGHTH), one);
        y = y.blend(y.mul(EIGHTH), one);
        VectorMask<Double> two = x.abs().compare(VectorOperators.GT, limit).or(y.abs().compare(VectorOperators.GT, limit));
        x = x.blend(x.mul(EIGHTH), two);
        y = y.blend(y.mul(EIGHTH), two);
        boolean beyond = x.abs().compare(VectorOperators.GT, limit).or(y.abs().compare(VectorOperators.GT, limit))
                .anyTrue();
        DoubleVector z = y.mul(y);
        DoubleVector cr;
        DoubleVector ci;
        if (wide) {
            DoubleVector f = x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(ReducedExp.E10, ReducedExp.E9),
                    X8), X7), X6), X5), X4), X3), X2), ONE), ONE);
            cr = f.mul(z.fma(z.fma(z.fma(z.fma(z.fma(ReducedExp.C10, KernelMath.C8), C6), C4), C2), ONE));
            ci = f.mul(y.mul(z).fma(z.fma(z.fma(z.fma(ReducedExp.S9, KernelMath.S7), S5), S3), y));
        } else {
            DoubleVector f = x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(1.0 / 720, 1.0 / 120), X4), X3), X2), ONE), ONE);
            cr = f.mul(z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), C4), C2), ONE));
            ci = f.mul(y.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), S3), y));
            VectorMask<Double> tiny = one.not().and(y.abs().compare(VectorOperators.LE, ReducedExp.TINY_ANGLE));
            cr = cr.blend(f.mul(z.fma(C2, ONE)), tiny);
            ci = ci.blend(f.mul(y.mul(z).fma(S3, y)), tiny);
        }
        DoubleVector sr = cr.fma(cr, ci.mul(ci).neg());
        DoubleVector si = cr.mul(2).mul(ci);
        DoubleVector tr = sr.fma(sr, si.mul(si).neg());
        DoubleVector ti = sr.mul(2).mul(si);
        cr = cr.blend(tr.fma(tr, ti.mul(ti).neg()), one);
        ci = ci.blend(tr.mul(2).mul(ti), one);
        sr = cr.fma(cr, ci.mul(ci).neg());
        si = cr.mul(2).mul(ci);
        tr = sr.fma(sr, si.mul(si).neg());
        ti = sr.mul(2).mul(si);
        cr.blend(tr.fma(tr, ti.mul(ti).neg()), two).intoArray(st, outRe + i);
        ci.blend(tr.mul(2).mul(ti), two).intoArray(st, outIm + i);
        if (beyond) {
            for (int j = i; j < i + LANES; j++) {
                if (wide) {
                    ReducedExp.intoWide(st[inRe + j], st[inIm + j], st, outRe + j, st, outIm + j);
                } else {
                    ReducedExp.intoNearlyReal(st[inRe + j], st[inIm + j], st, outRe + j, st, outIm + j);
                }
            }
        }
    }
}
