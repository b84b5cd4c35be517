package org.evofit.core.refl;

import static org.evofit.core.refl.VectorMagneticSteps.at;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MagneticSteps#roughness} and {@link MagneticSteps#cross} with one lane per Q value: the full
 * exponentials and cosine–sines by {@link VectorMath}, the factors close to one by the same short
 * series as {@link KernelMath}, fused the same way, so the same bits. A lane whose exponent difference
 * is beyond the series' range takes the scalar full functions, as the scalar step does.
 * {@code len} a multiple of the lane count.
 */
final class VectorMagneticPhases {

    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int LANES = S.length();
    private static final int B = MagneticWorkspace.BLOCK;

    private VectorMagneticPhases() {
    }

    /** The Névot–Croce factors of the interface at hand into ws.g, as {@link MagneticSteps#roughness}. */
    static void roughness(MagneticWorkspace ws, double s2, boolean flips, int len) {
        if (s2 == 0) {
            MagneticSteps.SCALAR.roughness(ws, s2, flips, len);
            return;
        }
        final double[] kk = ws.kk;
        for (int i = 0; i < len; i += LANES) {
            at(kk, i).mul(s2).intoArray(ws.x, i);
            at(kk, B + i).mul(s2).intoArray(ws.angle, i);
        }
        VectorMath.exp(ws.x, ws.e, len, ws.index);
        VectorMath.cis(ws.angle, ws.e, ws.g, 0, ws.g, B, len, ws.index);
        relative(ws, s2, 6 * B, len);
        if (flips) {
            relative(ws, s2, 2 * B, len);
            relative(ws, s2, 4 * B, len);
        }
    }

    /** g at rows {@code row}: g_00 times exp of the difference of the exponents (s2·kk there less ws.x, ws.angle). */
    private static void relative(MagneticWorkspace ws, double s2, int row, int len) {
        final double[] g = ws.g;
        boolean slow = false;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector dr = at(ws.kk, row + i).mul(s2).sub(at(ws.x, i));
            DoubleVector di = at(ws.kk, row + B + i).mul(s2).sub(at(ws.angle, i));
            DoubleVector f = expSmall(dr);
            DoubleVector cr = f.mul(cosSmall(di));
            DoubleVector ci = f.mul(sinSmall(di));
            DoubleVector gr = at(g, i);
            DoubleVector gi = at(g, B + i);
            gr.mul(cr).sub(gi.mul(ci)).intoArray(g, row + i);
            gr.mul(ci).add(gi.mul(cr)).intoArray(g, row + B + i);
            slow |= !small(dr, di).allTrue();
        }
        if (slow) {
            for (int i = 0; i < len; i++) {
                double zr = s2 * ws.kk[row + i];
                double zi = s2 * ws.kk[row + B + i];
                if (!(Math.abs(zr - ws.x[i]) <= KernelMath.EXP_SMALL_LIMIT
                        && Math.abs(zi - ws.angle[i]) <= KernelMath.EXP_SMALL_LIMIT)) {
                    double m = KernelMath.exp(zr);
                    g[row + i] = m * KernelMath.cosAt(zi);
                    g[row + B + i] = m * KernelMath.sinAt(zi);
                }
            }
        }
    }

    /** ws.y ← E·X·E across a layer of thickness d, as {@link MagneticSteps#cross}. */
    static void cross(MagneticWorkspace ws, double d, int len) {
        if (d == 0) {
            VectorMagneticSolve.normalise(ws, len);
            return;
        }
        final double[] k = ws.upper;
        for (int i = 0; i < len; i += LANES) {
            at(k, B + i).mul(-2).mul(d).intoArray(ws.x, i);
            at(k, i).mul(2).mul(d).intoArray(ws.angle, i);
        }
        VectorMath.exp(ws.x, ws.e, len, ws.index);
        VectorMath.cis(ws.angle, ws.e, ws.sRe, 0, ws.sIm, 0, len, ws.index);
        ratio(ws, d, len);
        final double[] y = ws.y;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector sr = at(ws.sRe, i);
            DoubleVector si = at(ws.sIm, i);
            DoubleVector fr = at(ws.fRe, i);
            DoubleVector fi = at(ws.fIm, i);
            DoubleVector ir = at(ws.inv, i);
            DoubleVector ii = at(ws.inv, B + i);
            DoubleVector ar = sr.mul(ir).sub(si.mul(ii));
            DoubleVector ai = sr.mul(ii).add(si.mul(ir));
            VectorMagneticSolve.scale(y, i, ar, ai);
            DoubleVector br = ar.mul(fr).sub(ai.mul(fi));
            DoubleVector bi = ar.mul(fi).add(ai.mul(fr));
            VectorMagneticSolve.scale(y, 2 * B + i, br, bi);
            VectorMagneticSolve.scale(y, 4 * B + i, br, bi);
            VectorMagneticSolve.scale(y, 6 * B + i, br.mul(fr).sub(bi.mul(fi)), br.mul(fi).add(bi.mul(fr)));
        }
    }

    /** f = exp(i·(k1 − k0)·d) into ws.fRe, ws.fIm: the second channel's phase factor over the first's. */
    private static void ratio(MagneticWorkspace ws, double d, int len) {
        final double[] k = ws.upper;
        boolean slow = false;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector dr = at(k, 2 * B + i).sub(at(k, i)).mul(d);
            DoubleVector di = at(k, 3 * B + i).sub(at(k, B + i)).mul(d);
            DoubleVector m = expSmall(di.neg());
            m.mul(cosSmall(dr)).intoArray(ws.fRe, i);
            m.mul(sinSmall(dr)).intoArray(ws.fIm, i);
            slow |= !small(dr, di).allTrue();
        }
        if (slow) {
            for (int i = 0; i < len; i++) {
                double dr = (k[2 * B + i] - k[i]) * d;
                double di = (k[3 * B + i] - k[B + i]) * d;
                if (!(Math.abs(dr) <= KernelMath.EXP_SMALL_LIMIT && Math.abs(di) <= KernelMath.EXP_SMALL_LIMIT)) {
                    double m = KernelMath.exp(-di);
                    ws.fRe[i] = m * KernelMath.cosAt(dr);
                    ws.fIm[i] = m * KernelMath.sinAt(dr);
                }
            }
        }
    }

    private static VectorMask<Double> small(DoubleVector dr, DoubleVector di) {
        return dr.abs().compare(VectorOperators.LE, KernelMath.EXP_SMALL_LIMIT)
                .and(di.abs().compare(VectorOperators.LE, KernelMath.EXP_SMALL_LIMIT));
    }

    /** {@link KernelMath#expSmall} lane by lane. */
    private static DoubleVector expSmall(DoubleVector x) {
        return x.fma(x.fma(x.fma(x.fma(x.fma(x.fma(1.0 / 720, 1.0 / 120), c(1.0 / 24)), c(1.0 / 6)), c(0.5)),
                c(1)), c(1));
    }

    /** {@link KernelMath#sinSmall} lane by lane. */
    private static DoubleVector sinSmall(DoubleVector r) {
        DoubleVector z = r.mul(r);
        return r.mul(z).fma(z.fma(z.fma(KernelMath.S7, KernelMath.S5), c(KernelMath.S3)), r);
    }

    /** {@link KernelMath#cosSmall} lane by lane. */
    private static DoubleVector cosSmall(DoubleVector r) {
        DoubleVector z = r.mul(r);
        return z.fma(z.fma(z.fma(z.fma(KernelMath.C8, KernelMath.C6), c(KernelMath.C4)), c(-0.5)), c(1));
    }

    private static DoubleVector c(double v) {
        return DoubleVector.broadcast(S, v);
    }
}
