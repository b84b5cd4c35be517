package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MagneticSteps} with several Q values per instruction (the incubating Vector API, one lane per
 * Q value): the same operations in the same order, each one that IEEE 754 rounds the same in a lane
 * as in a scalar, so the same bits. The roughness factors and the crossing of a layer, which take the
 * exponential and trigonometric functions, are in {@link VectorMagneticPhases}. Every call needs
 * {@code len} a multiple of the lane count. Loaded only when the JVM resolved module
 * {@code jdk.incubator.vector} ({@link MagneticImplementation#available()}).
 */
final class VectorMagneticSteps implements MagneticStepper {

    /** The one instance: the steps hold no state. */
    static final VectorMagneticSteps VECTOR = new VectorMagneticSteps();

    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int LANES = S.length();
    private static final int B = MagneticWorkspace.BLOCK;

    private VectorMagneticSteps() {
    }

    @Override
    public int lanes() {
        return LANES;
    }

    @Override
    public void roots(MagneticWorkspace ws, int j, double vin, int len, double[] k) {
        final double c0 = ws.v0[j] - vin;
        final double c1 = ws.v1[j] - vin;
        final double a = ws.absorption[j];
        root(ws.kz2, c0, a, len, k, 0);
        if (c1 == c0) {
            System.arraycopy(k, 0, k, 2 * B, 2 * B);
            return;
        }
        root(ws.kz2, c1, a, len, k, 2 * B);
    }

    /** k[at + i] + i·k[at + B + i] = √(kz2[i] − c + i·im) with a non-negative imaginary part. */
    private static void root(double[] kz2, double c, double im, int len, double[] k, int at) {
        final double im2 = im * im;
        final DoubleVector halfIm = DoubleVector.broadcast(S, 0.5 * im);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector re = DoubleVector.fromArray(S, kz2, i).sub(c);
            DoubleVector m = re.mul(re).add(im2).sqrt();
            DoubleVector t = m.add(re.abs()).mul(0.5).sqrt();
            DoubleVector h = halfIm.div(t).blend(0, t.compare(VectorOperators.GT, 0).not());
            VectorMask<Double> above = re.compare(VectorOperators.GE, 0);
            DoubleVector kr = h.blend(t, above);
            DoubleVector ki = t.blend(h, above);
            VectorMask<Double> flip = ki.compare(VectorOperators.LT, 0)
                    .or(ki.compare(VectorOperators.EQ, 0).and(kr.compare(VectorOperators.LT, 0)));
            kr.lanewise(VectorOperators.NEG, flip).intoArray(k, at + i);
            ki.lanewise(VectorOperators.NEG, flip).intoArray(k, at + B + i);
        }
    }

    @Override
    public void products(MagneticWorkspace ws, int len) {
        final double[] l = ws.lower;
        final double[] u = ws.upper;
        final double[] kk = ws.kk;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector l0r = DoubleVector.fromArray(S, l, i);
            DoubleVector l0i = DoubleVector.fromArray(S, l, B + i);
            DoubleVector l1r = DoubleVector.fromArray(S, l, 2 * B + i);
            DoubleVector l1i = DoubleVector.fromArray(S, l, 3 * B + i);
            DoubleVector u0r = DoubleVector.fromArray(S, u, i);
            DoubleVector u0i = DoubleVector.fromArray(S, u, B + i);
            DoubleVector u1r = DoubleVector.fromArray(S, u, 2 * B + i);
            DoubleVector u1i = DoubleVector.fromArray(S, u, 3 * B + i);
            l0r.mul(u0r).sub(l0i.mul(u0i)).intoArray(kk, i);
            l0r.mul(u0i).add(l0i.mul(u0r)).intoArray(kk, B + i);
            l0r.mul(u1r).sub(l0i.mul(u1i)).intoArray(kk, 2 * B + i);
            l0r.mul(u1i).add(l0i.mul(u1r)).intoArray(kk, 3 * B + i);
            l1r.mul(u0r).sub(l1i.mul(u0i)).intoArray(kk, 4 * B + i);
            l1r.mul(u0i).add(l1i.mul(u0r)).intoArray(kk, 5 * B + i);
            l1r.mul(u1r).sub(l1i.mul(u1i)).intoArray(kk, 6 * B + i);
            l1r.mul(u1i).add(l1i.mul(u1r)).intoArray(kk, 7 * B + i);
            l0r.mul(l1r).sub(l0i.mul(l1i)).intoArray(kk, 8 * B + i);
            l0r.mul(l1i).add(l0i.mul(l1r)).intoArray(kk, 9 * B + i);
        }
    }

    @Override
    public void roughness(MagneticWorkspace ws, double s2, boolean flips, int len) {
        VectorMagneticPhases.roughness(ws, s2, flips, len);
    }

    @Override
    public void entries(double or, double oi, int other, int at, int len, MagneticWorkspace ws) {
        final double[] kk = ws.kk;
        for (int i = 0; i < len; i += LANES) {
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
            DoubleVector fr = br.mul(or).sub(bi.mul(oi));
            DoubleVector fi = bi.mul(or).add(br.mul(oi));
            DoubleVector gr = DoubleVector.fromArray(S, ws.g, at + i);
            DoubleVector gi = DoubleVector.fromArray(S, ws.g, at + B + i);
            fr.mul(gr).sub(fi.mul(gi)).intoArray(ws.r, at + i);
            fr.mul(gi).add(fi.mul(gr)).intoArray(ws.r, at + B + i);
        }
    }

    @Override
    public void combine(MagneticWorkspace ws, int len) {
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 2; m++) {
                combine(ws, 4 * n * B, 2 * m * B, (2 * m + 4) * B, (4 * n + 2 * m) * B, len);
            }
        }
    }

    /** Element e of L and P: row yn of Y times the columns c0, c1 of R and T. */
    private static void combine(MagneticWorkspace ws, int yn, int c0, int c1, int e, int len) {
        final double[] y = ws.y;
        final double[] t = ws.t;
        final double[] r = ws.r;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector a0r = DoubleVector.fromArray(S, y, yn + i);
            DoubleVector a0i = DoubleVector.fromArray(S, y, yn + B + i);
            DoubleVector a1r = DoubleVector.fromArray(S, y, yn + 2 * B + i);
            DoubleVector a1i = DoubleVector.fromArray(S, y, yn + 3 * B + i);
            DoubleVector na0i = a0i.neg();
            DoubleVector na1i = a1i.neg();
            DoubleVector r0r = DoubleVector.fromArray(S, r, c0 + i);
            DoubleVector r0i = DoubleVector.fromArray(S, r, c0 + B + i);
            DoubleVector r1r = DoubleVector.fromArray(S, r, c1 + i);
            DoubleVector r1i = DoubleVector.fromArray(S, r, c1 + B + i);
            DoubleVector t0r = DoubleVector.fromArray(S, t, c0 + i);
            DoubleVector t0i = DoubleVector.fromArray(S, t, c0 + B + i);
            DoubleVector t1r = DoubleVector.fromArray(S, t, c1 + i);
            DoubleVector t1i = DoubleVector.fromArray(S, t, c1 + B + i);
            DoubleVector ter = DoubleVector.fromArray(S, t, e + i);
            DoubleVector tei = DoubleVector.fromArray(S, t, e + B + i);
            DoubleVector rer = DoubleVector.fromArray(S, r, e + i);
            DoubleVector rei = DoubleVector.fromArray(S, r, e + B + i);
            ter.sub(a0r.fma(r0r, na0i.fma(r0i, a1r.fma(r1r, na1i.mul(r1i))))).intoArray(ws.l, e + i);
            tei.sub(a0r.fma(r0i, a0i.fma(r0r, a1r.fma(r1i, a1i.mul(r1r))))).intoArray(ws.l, e + B + i);
            a0r.fma(t0r, na0i.fma(t0i, a1r.fma(t1r, na1i.mul(t1i)))).sub(rer).intoArray(ws.p, e + i);
            a0r.fma(t0i, a0i.fma(t0r, a1r.fma(t1i, a1i.mul(t1r)))).sub(rei).intoArray(ws.p, e + B + i);
        }
    }

    @Override
    public void bottom(MagneticWorkspace ws, int len) {
        MagneticSteps.SCALAR.bottom(ws, len);
    }

    @Override
    public void solve(MagneticWorkspace ws, int len) {
        VectorMagneticSolve.solve(ws, len);
    }

    @Override
    public void normalise(MagneticWorkspace ws, int len) {
        VectorMagneticSolve.normalise(ws, len);
    }

    @Override
    public void cross(MagneticWorkspace ws, double d, int len) {
        VectorMagneticPhases.cross(ws, d, len);
    }
}
