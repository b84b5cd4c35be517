package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MagneticSteps#roughness} and {@link MagneticSteps#cross} with one lane per Q value (the roughness factors
 * close to one taken by the step of the interface blocks that uses them, {@link #entries}): the full
 * exponentials and cosine–sines by {@link VectorMath}, the factors close to one by the same short
 * series as {@link KernelMath}, halved into its range and squared back where needed ({@link ReducedExp}),
 * fused the same way, so the same bits in every lane.
 * {@code len} a multiple of the lane count.
 *
 * <p>The series and the complex products are written out in the loops, their constants held in fields: a
 * vector passed to or returned by a method the JIT does not inline is boxed, an allocation per call, which a
 * fit's hot path must not make.
 */
final class VectorMagneticPhases {

    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int LANES = S.length();
    private static final int B = MagneticWorkspace.BLOCK;
    private static final double LIMIT = KernelMath.EXP_SMALL_LIMIT;
    /** The series' coefficients that enter as the addend of a fused multiply–add, in every lane. */
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1);
    private static final DoubleVector HALF = DoubleVector.broadcast(S, 0.5);
    private static final DoubleVector SIXTH = DoubleVector.broadcast(S, 1.0 / 6);
    private static final DoubleVector E4 = DoubleVector.broadcast(S, 1.0 / 24);
    private static final DoubleVector C2 = DoubleVector.broadcast(S, -0.5);
    private static final DoubleVector C4 = DoubleVector.broadcast(S, KernelMath.C4);
    private static final DoubleVector S3 = DoubleVector.broadcast(S, KernelMath.S3);

    private VectorMagneticPhases() {
    }

    /**
     * The Névot–Croce factor g_00 of the interface at hand into ws.g's rows 0 and 1, its exponent s2·k_0·k_0 into
     * ws.x and ws.angle: {@link #entries} derives the other factors from them where it needs them (without
     * roughness every factor is one, as {@link MagneticSteps#roughness} fills them). The angle, s2·Im(k_0·k_0), is
     * within the short series' range at all but the lowest Q, so the series takes it (no table, no gathers) and the
     * lanes beyond take the table's cosine–sine, as {@link MagneticSteps#roughness} chooses lane by lane.
     */
    static void roughness(MagneticWorkspace ws, double s2, boolean flips, int len) {
        final double[] st = ws.state;
        final int xAt = ws.x();
        final int angleAt = ws.angle();
        final int eAt = ws.e();
        if (s2 == 0) {
            MagneticSteps.SCALAR.roughness(ws, s2, flips, len);
            return;
        }
        final int kk = ws.kk();
        boolean table = false;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector.fromArray(S, st, kk + i).mul(s2).intoArray(st, xAt + i);
            DoubleVector angle = DoubleVector.fromArray(S, st, kk + B + i).mul(s2);
            angle.intoArray(st, angleAt + i);
            table |= angle.abs().compare(VectorOperators.GT, LIMIT).anyTrue();
        }
        VectorMath.expAt(st, ws.x(), st, ws.e(), len, ws.index);
        final int g = ws.g();
        for (int i = 0; i < len; i += LANES) {
            DoubleVector m = DoubleVector.fromArray(S, st, eAt + i);
            DoubleVector r = DoubleVector.fromArray(S, st, angleAt + i);
            DoubleVector z = r.mul(r);
            m.mul(z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), C4), C2), ONE)).intoArray(st, g + i);
            m.mul(r.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), S3), r)).intoArray(st, g + B + i);
        }
        if (table) {
            // The lowest Q: the angles beyond the series' range take the table's cosine-sine, lane by lane.
            for (int i = 0; i < len; i++) {
                double angle = st[angleAt + i];
                if (!(Math.abs(angle) <= LIMIT)) {
                    st[g + i] = st[eAt + i] * KernelMath.cosAt(angle);
                    st[g + B + i] = st[eAt + i] * KernelMath.sinAt(angle);
                }
            }
        }
    }

    /**
     * One element of T and R whose roughness factor g is not g_00 (see {@link MagneticStepper#entries}), with g
     * derived as {@link MagneticSteps#roughness} derives it: g_00 times exp of the difference of the exponents
     * ({@link #roughnessRatios}). Then T = o·(p + q) and R = o·(p − q)·g as {@link VectorMagneticSteps#entries}: the same
     * operations, so the same bits.
     */
    static void entries(double or, double oi, int other, int at, double s2, int len, MagneticWorkspace ws) {
        final double[] st = ws.state;
        final int fReAt = ws.fRe();
        final int fImAt = ws.fIm();
        final int gAt = ws.g();
        final int tAt = ws.t();
        final int rAt = ws.r();
        roughnessRatios(at, s2, len, ws);
        final int kk = ws.kk();
        for (int i = 0; i < len; i += LANES) {
            DoubleVector cr = DoubleVector.fromArray(S, st, fReAt + i);
            DoubleVector ci = DoubleVector.fromArray(S, st, fImAt + i);
            DoubleVector g0r = DoubleVector.fromArray(S, st, gAt + i);
            DoubleVector g0i = DoubleVector.fromArray(S, st, gAt + B + i);
            DoubleVector gr = g0r.mul(cr).sub(g0i.mul(ci));
            DoubleVector gi = g0r.mul(ci).add(g0i.mul(cr));
            DoubleVector pr = DoubleVector.fromArray(S, st, kk + 8 * B + i);
            DoubleVector pi = DoubleVector.fromArray(S, st, kk + 9 * B + i);
            DoubleVector qr = DoubleVector.fromArray(S, st, kk + other + i);
            DoubleVector qi = DoubleVector.fromArray(S, st, kk + other + B + i);
            DoubleVector ar = pr.add(qr);
            DoubleVector ai = pi.add(qi);
            DoubleVector br = pr.sub(qr);
            DoubleVector bi = pi.sub(qi);
            ar.mul(or).sub(ai.mul(oi)).intoArray(st, tAt + at + i);
            ai.mul(or).add(ar.mul(oi)).intoArray(st, tAt + at + B + i);
            DoubleVector hr = br.mul(or).sub(bi.mul(oi));
            DoubleVector hi = bi.mul(or).add(br.mul(oi));
            hr.mul(gr).sub(hi.mul(gi)).intoArray(st, rAt + at + i);
            hr.mul(gi).add(hi.mul(gr)).intoArray(st, rAt + at + B + i);
        }
    }

    /**
     * g/g_00 = exp of the difference of the exponents (s2·kk at {@code at} less ws.x, ws.angle) into ws.fRe, ws.fIm,
     * as {@link ReducedExp#intoNearlyReal} lane by lane: the series where a lane group is within its range (the
     * cosine and sine of two terms each in the lanes of a tiny angle); the other groups are marked (one bit per lane
     * group: a block has at most 64) and take {@link VectorReducedExp#divided} after the loop (ws.sRe, ws.sIm their
     * arguments), as {@link VectorReducedExp#ratio} does, so that no call in the loop costs it its vector registers.
     */
    private static void roughnessRatios(int at, double s2, int len, MagneticWorkspace ws) {
        final double[] st = ws.state;
        final int xAt = ws.x();
        final int angleAt = ws.angle();
        final int sReAt = ws.sRe();
        final int sImAt = ws.sIm();
        final int fReAt = ws.fRe();
        final int fImAt = ws.fIm();
        final int kk = ws.kk();
        long divide = 0;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector dr = DoubleVector.fromArray(S, st, kk + at + i).mul(s2)
                    .sub(DoubleVector.fromArray(S, st, xAt + i));
            DoubleVector di = DoubleVector.fromArray(S, st, kk + at + B + i).mul(s2)
                    .sub(DoubleVector.fromArray(S, st, angleAt + i));
            // |dr| + |di| beyond the range where either part is: a group in range may take the divided form, which gives
            // its lanes the series' bits, and one compare costs less than two and their mask's or.
            if (dr.abs().add(di.abs()).compare(VectorOperators.GT, LIMIT).anyTrue()) {
                dr.intoArray(st, sReAt + i);
                di.intoArray(st, sImAt + i);
                divide |= 1L << (i / LANES);
                continue;
            }
            DoubleVector f = dr.fma(dr.fma(dr.fma(dr.fma(dr.fma(dr.fma(1.0 / 720, 1.0 / 120), E4), SIXTH), HALF), ONE),
                    ONE);
            DoubleVector z = di.mul(di);
            // ReducedExp.intoNearlyReal: two terms each of the cosine and sine in the lanes whose angle is tiny.
            VectorMask<Double> tiny = di.abs().compare(VectorOperators.LE, ReducedExp.TINY_ANGLE);
            DoubleVector cr = z.fma(C2, ONE);
            DoubleVector ci = di.mul(z).fma(S3, di);
            if (!tiny.allTrue()) {
                cr = z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), C4), C2), ONE).blend(cr, tiny);
                ci = di.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), S3), di).blend(ci, tiny);
            }
            f.mul(cr).intoArray(st, fReAt + i);
            f.mul(ci).intoArray(st, fImAt + i);
        }
        for (; divide != 0; divide &= divide - 1) {
            VectorReducedExp.divided(st, ws.sRe(), ws.sIm(), ws.fRe(), ws.fIm(),
                    Long.numberOfTrailingZeros(divide) * LANES, false);
        }
    }

    /** ws.y ← E·X·E across a layer of thickness d, as {@link MagneticSteps#cross}. */
    static void cross(MagneticWorkspace ws, double d, int len) {
        final double[] st = ws.state;
        final int xAt = ws.x();
        final int angleAt = ws.angle();
        final int eAt = ws.e();
        final int sReAt = ws.sRe();
        if (d == 0) {
            VectorMagneticSolve.normalise(ws, len);
            return;
        }
        final int k = ws.upper;
        boolean full = false;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(S, st, k + B + i).mul(-2).mul(d);
            x.intoArray(st, xAt + i);
            DoubleVector.fromArray(S, st, k + i).mul(2).mul(d).intoArray(st, angleAt + i);
            x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(1.0 / 720, 1.0 / 120), E4), SIXTH), HALF), ONE), ONE)
                    .intoArray(st, eAt + i);
            full |= !x.abs().compare(VectorOperators.LE, LIMIT).allTrue();
        }
        if (full) {
            // The lanes beyond the series' range take the full exponential, the others keep the series.
            VectorMath.expAt(st, ws.x(), st, ws.sRe(), len, ws.index);
            for (int i = 0; i < len; i += LANES) {
                VectorMask<Double> small = DoubleVector.fromArray(S, st, xAt + i).abs()
                        .compare(VectorOperators.LE, LIMIT);
                DoubleVector.fromArray(S, st, sReAt + i).blend(DoubleVector.fromArray(S, st, eAt + i), small)
                        .intoArray(st, eAt + i);
            }
        }
        VectorMath.cisAt(st, ws.angle(), st, ws.e(), st, ws.sRe(), st, ws.sIm(), len, ws.index);
        VectorReducedExp.ratio(ws, d, len);
        apply(ws, len);
    }

    /**
     * ws.y ← ws.y times the factors e_m·e_n·inv: a = s·inv for element 00 (s = ws.sRe, ws.sIm), b = a·f for
     * the spin-flip elements and b·f for element 11 (f = ws.fRe, ws.fIm).
     */
    private static void apply(MagneticWorkspace ws, int len) {
        final double[] st = ws.state;
        final int sReAt = ws.sRe();
        final int sImAt = ws.sIm();
        final int fReAt = ws.fRe();
        final int fImAt = ws.fIm();
        final int invAt = ws.inv();
        final int y = ws.y();
        for (int i = 0; i < len; i += LANES) {
            DoubleVector sr = DoubleVector.fromArray(S, st, sReAt + i);
            DoubleVector si = DoubleVector.fromArray(S, st, sImAt + i);
            DoubleVector fr = DoubleVector.fromArray(S, st, fReAt + i);
            DoubleVector fi = DoubleVector.fromArray(S, st, fImAt + i);
            DoubleVector ir = DoubleVector.fromArray(S, st, invAt + i);
            DoubleVector ii = DoubleVector.fromArray(S, st, invAt + B + i);
            DoubleVector ar = sr.mul(ir).sub(si.mul(ii));
            DoubleVector ai = sr.mul(ii).add(si.mul(ir));
            DoubleVector br = ar.mul(fr).sub(ai.mul(fi));
            DoubleVector bi = ar.mul(fi).add(ai.mul(fr));
            DoubleVector cr = br.mul(fr).sub(bi.mul(fi));
            DoubleVector ci = br.mul(fi).add(bi.mul(fr));
            DoubleVector y0r = DoubleVector.fromArray(S, st, y + i);
            DoubleVector y0i = DoubleVector.fromArray(S, st, y + B + i);
            DoubleVector y1r = DoubleVector.fromArray(S, st, y + 2 * B + i);
            DoubleVector y1i = DoubleVector.fromArray(S, st, y + 3 * B + i);
            DoubleVector y2r = DoubleVector.fromArray(S, st, y + 4 * B + i);
            DoubleVector y2i = DoubleVector.fromArray(S, st, y + 5 * B + i);
            DoubleVector y3r = DoubleVector.fromArray(S, st, y + 6 * B + i);
            DoubleVector y3i = DoubleVector.fromArray(S, st, y + 7 * B + i);
            y0r.mul(ar).sub(y0i.mul(ai)).intoArray(st, y + i);
            y0r.mul(ai).add(y0i.mul(ar)).intoArray(st, y + B + i);
            y1r.mul(br).sub(y1i.mul(bi)).intoArray(st, y + 2 * B + i);
            y1r.mul(bi).add(y1i.mul(br)).intoArray(st, y + 3 * B + i);
            y2r.mul(br).sub(y2i.mul(bi)).intoArray(st, y + 4 * B + i);
            y2r.mul(bi).add(y2i.mul(br)).intoArray(st, y + 5 * B + i);
            y3r.mul(cr).sub(y3i.mul(ci)).intoArray(st, y + 6 * B + i);
            y3r.mul(ci).add(y3i.mul(cr)).intoArray(st, y + 7 * B + i);
        }
    }
}
