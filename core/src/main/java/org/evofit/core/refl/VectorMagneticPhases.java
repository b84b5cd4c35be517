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
        if (s2 == 0) {
            MagneticSteps.SCALAR.roughness(ws, s2, flips, len);
            return;
        }
        final double[] kk = ws.kk;
        boolean table = false;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector.fromArray(S, kk, i).mul(s2).intoArray(ws.x, i);
            DoubleVector angle = DoubleVector.fromArray(S, kk, B + i).mul(s2);
            angle.intoArray(ws.angle, i);
            table |= angle.abs().compare(VectorOperators.GT, LIMIT).anyTrue();
        }
        VectorMath.exp(ws.x, ws.e, len, ws.index);
        final double[] g = ws.g;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector m = DoubleVector.fromArray(S, ws.e, i);
            DoubleVector r = DoubleVector.fromArray(S, ws.angle, i);
            DoubleVector z = r.mul(r);
            m.mul(z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), C4), C2), ONE)).intoArray(g, i);
            m.mul(r.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), S3), r)).intoArray(g, B + i);
        }
        if (table) {
            // The lowest Q: the angles beyond the series' range take the table's cosine-sine, lane by lane.
            for (int i = 0; i < len; i++) {
                if (!(Math.abs(ws.angle[i]) <= LIMIT)) {
                    g[i] = ws.e[i] * KernelMath.cosAt(ws.angle[i]);
                    g[B + i] = ws.e[i] * KernelMath.sinAt(ws.angle[i]);
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
        roughnessRatios(at, s2, len, ws);
        final double[] kk = ws.kk;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector cr = DoubleVector.fromArray(S, ws.fRe, i);
            DoubleVector ci = DoubleVector.fromArray(S, ws.fIm, i);
            DoubleVector g0r = DoubleVector.fromArray(S, ws.g, i);
            DoubleVector g0i = DoubleVector.fromArray(S, ws.g, B + i);
            DoubleVector gr = g0r.mul(cr).sub(g0i.mul(ci));
            DoubleVector gi = g0r.mul(ci).add(g0i.mul(cr));
            DoubleVector pr = DoubleVector.fromArray(S, kk, 8 * B + i);
            DoubleVector pi = DoubleVector.fromArray(S, kk, 9 * B + i);
            DoubleVector qr = DoubleVector.fromArray(S, kk, other + i);
            DoubleVector qi = DoubleVector.fromArray(S, kk, other + B + i);
            DoubleVector ar = pr.add(qr);
            DoubleVector ai = pi.add(qi);
            DoubleVector br = pr.sub(qr);
            DoubleVector bi = pi.sub(qi);
            ar.mul(or).sub(ai.mul(oi)).intoArray(ws.t, at + i);
            ai.mul(or).add(ar.mul(oi)).intoArray(ws.t, at + B + i);
            DoubleVector hr = br.mul(or).sub(bi.mul(oi));
            DoubleVector hi = bi.mul(or).add(br.mul(oi));
            hr.mul(gr).sub(hi.mul(gi)).intoArray(ws.r, at + i);
            hr.mul(gi).add(hi.mul(gr)).intoArray(ws.r, at + B + i);
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
        final double[] kk = ws.kk;
        long divide = 0;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector dr = DoubleVector.fromArray(S, kk, at + i).mul(s2).sub(DoubleVector.fromArray(S, ws.x, i));
            DoubleVector di = DoubleVector.fromArray(S, kk, at + B + i).mul(s2)
                    .sub(DoubleVector.fromArray(S, ws.angle, i));
            // |dr| + |di| beyond the range where either part is: a group in range may take the divided form, which gives
            // its lanes the series' bits, and one compare costs less than two and their mask's or.
            if (dr.abs().add(di.abs()).compare(VectorOperators.GT, LIMIT).anyTrue()) {
                dr.intoArray(ws.sRe, i);
                di.intoArray(ws.sIm, i);
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
            f.mul(cr).intoArray(ws.fRe, i);
            f.mul(ci).intoArray(ws.fIm, i);
        }
        for (; divide != 0; divide &= divide - 1) {
            VectorReducedExp.divided(ws.sRe, ws.sIm, ws.fRe, ws.fIm, Long.numberOfTrailingZeros(divide) * LANES, false);
        }
    }

    /** ws.y ← E·X·E across a layer of thickness d, as {@link MagneticSteps#cross}. */
    static void cross(MagneticWorkspace ws, double d, int len) {
        if (d == 0) {
            VectorMagneticSolve.normalise(ws, len);
            return;
        }
        final double[] k = ws.upper;
        boolean full = false;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(S, k, B + i).mul(-2).mul(d);
            x.intoArray(ws.x, i);
            DoubleVector.fromArray(S, k, i).mul(2).mul(d).intoArray(ws.angle, i);
            x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(1.0 / 720, 1.0 / 120), E4), SIXTH), HALF), ONE), ONE).intoArray(ws.e, i);
            full |= !x.abs().compare(VectorOperators.LE, LIMIT).allTrue();
        }
        if (full) {
            // The lanes beyond the series' range take the full exponential, the others keep the series.
            VectorMath.exp(ws.x, ws.sRe, len, ws.index);
            for (int i = 0; i < len; i += LANES) {
                VectorMask<Double> small = DoubleVector.fromArray(S, ws.x, i).abs().compare(VectorOperators.LE, LIMIT);
                DoubleVector.fromArray(S, ws.sRe, i).blend(DoubleVector.fromArray(S, ws.e, i), small).intoArray(ws.e, i);
            }
        }
        VectorMath.cis(ws.angle, ws.e, ws.sRe, 0, ws.sIm, 0, len, ws.index);
        VectorReducedExp.ratio(ws, d, len);
        apply(ws, len);
    }

    /**
     * ws.y ← ws.y times the factors e_m·e_n·inv: a = s·inv for element 00 (s = ws.sRe, ws.sIm), b = a·f for
     * the spin-flip elements and b·f for element 11 (f = ws.fRe, ws.fIm).
     */
    private static void apply(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector sr = DoubleVector.fromArray(S, ws.sRe, i);
            DoubleVector si = DoubleVector.fromArray(S, ws.sIm, i);
            DoubleVector fr = DoubleVector.fromArray(S, ws.fRe, i);
            DoubleVector fi = DoubleVector.fromArray(S, ws.fIm, i);
            DoubleVector ir = DoubleVector.fromArray(S, ws.inv, i);
            DoubleVector ii = DoubleVector.fromArray(S, ws.inv, B + i);
            DoubleVector ar = sr.mul(ir).sub(si.mul(ii));
            DoubleVector ai = sr.mul(ii).add(si.mul(ir));
            DoubleVector br = ar.mul(fr).sub(ai.mul(fi));
            DoubleVector bi = ar.mul(fi).add(ai.mul(fr));
            DoubleVector cr = br.mul(fr).sub(bi.mul(fi));
            DoubleVector ci = br.mul(fi).add(bi.mul(fr));
            DoubleVector y0r = DoubleVector.fromArray(S, y, i);
            DoubleVector y0i = DoubleVector.fromArray(S, y, B + i);
            DoubleVector y1r = DoubleVector.fromArray(S, y, 2 * B + i);
            DoubleVector y1i = DoubleVector.fromArray(S, y, 3 * B + i);
            DoubleVector y2r = DoubleVector.fromArray(S, y, 4 * B + i);
            DoubleVector y2i = DoubleVector.fromArray(S, y, 5 * B + i);
            DoubleVector y3r = DoubleVector.fromArray(S, y, 6 * B + i);
            DoubleVector y3i = DoubleVector.fromArray(S, y, 7 * B + i);
            y0r.mul(ar).sub(y0i.mul(ai)).intoArray(y, i);
            y0r.mul(ai).add(y0i.mul(ar)).intoArray(y, B + i);
            y1r.mul(br).sub(y1i.mul(bi)).intoArray(y, 2 * B + i);
            y1r.mul(bi).add(y1i.mul(br)).intoArray(y, 3 * B + i);
            y2r.mul(br).sub(y2i.mul(bi)).intoArray(y, 4 * B + i);
            y2r.mul(bi).add(y2i.mul(br)).intoArray(y, 5 * B + i);
            y3r.mul(cr).sub(y3i.mul(ci)).intoArray(y, 6 * B + i);
            y3r.mul(ci).add(y3i.mul(cr)).intoArray(y, 7 * B + i);
        }
    }
}
