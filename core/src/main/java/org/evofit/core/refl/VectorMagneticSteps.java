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
    /** ChannelRoots' coefficients that enter as the addend of a fused multiply–add, in every lane. */
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1);
    private static final DoubleVector P2 = DoubleVector.broadcast(S, ChannelRoots.P2);
    private static final DoubleVector Q3 = DoubleVector.broadcast(S, ChannelRoots.Q3);
    private static final DoubleVector Q1 = DoubleVector.broadcast(S, ChannelRoots.Q1);

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
        if (c1 == c0) {
            single(ws.kz2, c0, a, len, k);
            System.arraycopy(k, 0, k, 2 * B, 2 * B);
            return;
        }
        pair(ws.kz2, c0, c1, a, len, k);
    }

    /**
     * {@link ChannelRoots#pair} lane by lane; a lane group with a channel beyond the series' range takes it whole. The
     * series is written out here and in {@link #single}, not in a method taking vectors: one the JIT compiles on its
     * own and then does not inline boxes them (the kernel must not allocate: AllocationTest).
     */
    private static void pair(double[] kz2, double c0, double c1, double im, int len, double[] k) {
        final DoubleVector imV = DoubleVector.broadcast(S, im);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector kz = DoubleVector.fromArray(S, kz2, i);
            DoubleVector a0 = kz.sub(c0).abs();
            DoubleVector a1 = kz.sub(c1).abs();
            DoubleVector w = imV.div(a0.mul(a1));
            if (!w.mul(a1).abs().compare(VectorOperators.LE, ChannelRoots.LIMIT)
                    .and(w.mul(a0).abs().compare(VectorOperators.LE, ChannelRoots.LIMIT)).allTrue()) {
                for (int l = i; l < i + LANES; l++) {
                    ChannelRoots.pair(kz2[l] - c0, kz2[l] - c1, im, k, l);
                }
                continue;
            }
            for (int ch = 0; ch < 2; ch++) {
                // Channel ch's re, and its u = w·|re of the other channel|, as ChannelRoots.pair takes them.
                DoubleVector re = kz.sub(ch == 0 ? c0 : c1);
                DoubleVector u = w.mul(kz.sub(ch == 0 ? c1 : c0).abs());
                DoubleVector s = re.abs().sqrt();
                DoubleVector v = u.mul(u);
                DoubleVector sp = s.mul(v.fma(v.fma(v.fma(ChannelRoots.P6, ChannelRoots.P4), P2), ONE));
                DoubleVector sq = s.mul(u.mul(v.fma(v.fma(v.fma(ChannelRoots.Q7, ChannelRoots.Q5), Q3), Q1)));
                VectorMask<Double> above = re.compare(VectorOperators.GE, 0);
                DoubleVector kr = sq.blend(sp, above);
                DoubleVector ki = sp.blend(sq, above);
                VectorMask<Double> flip = ki.compare(VectorOperators.LT, 0)
                        .or(ki.compare(VectorOperators.EQ, 0).and(kr.compare(VectorOperators.LT, 0)));
                kr.lanewise(VectorOperators.NEG, flip).intoArray(k, ch * 2 * B + i);
                ki.lanewise(VectorOperators.NEG, flip).intoArray(k, ch * 2 * B + i + B);
            }
        }
    }

    /** {@link ChannelRoots#single} lane by lane, as {@link #pair} (the series written out for the same reason). */
    private static void single(double[] kz2, double c, double im, int len, double[] k) {
        final DoubleVector imV = DoubleVector.broadcast(S, im);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector re = DoubleVector.fromArray(S, kz2, i).sub(c);
            DoubleVector a = re.abs();
            DoubleVector u = imV.div(a);
            if (!u.abs().compare(VectorOperators.LE, ChannelRoots.LIMIT).allTrue()) {
                for (int l = i; l < i + LANES; l++) {
                    ChannelRoots.single(kz2[l] - c, im, k, l);
                }
                continue;
            }
            DoubleVector s = a.sqrt();
            DoubleVector v = u.mul(u);
            DoubleVector sp = s.mul(v.fma(v.fma(v.fma(ChannelRoots.P6, ChannelRoots.P4), P2), ONE));
            DoubleVector sq = s.mul(u.mul(v.fma(v.fma(v.fma(ChannelRoots.Q7, ChannelRoots.Q5), Q3), Q1)));
            VectorMask<Double> above = re.compare(VectorOperators.GE, 0);
            DoubleVector kr = sq.blend(sp, above);
            DoubleVector ki = sp.blend(sq, above);
            VectorMask<Double> flip = ki.compare(VectorOperators.LT, 0)
                    .or(ki.compare(VectorOperators.EQ, 0).and(kr.compare(VectorOperators.LT, 0)));
            kr.lanewise(VectorOperators.NEG, flip).intoArray(k, i);
            ki.lanewise(VectorOperators.NEG, flip).intoArray(k, i + B);
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

    /** With roughness, the factors other than g_00 are derived in {@link VectorMagneticPhases#entries}. */
    @Override
    public void entries(double or, double oi, int other, int at, double s2, int len, MagneticWorkspace ws) {
        if (s2 != 0 && at != 0) {
            VectorMagneticPhases.entries(or, oi, other, at, s2, len, ws);
            return;
        }
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

    /**
     * All four elements of L and P in one loop: Y, R and T are read once per lane group and stay in registers
     * (element nm takes row n of Y times column m of R and T), where a loop per element read Y four times.
     * Each element is fused as {@link MagneticSteps#combine} fuses it.
     */
    @Override
    public void combine(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        final double[] t = ws.t;
        final double[] r = ws.r;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector y00r = DoubleVector.fromArray(S, y, i);
            DoubleVector y00i = DoubleVector.fromArray(S, y, B + i);
            DoubleVector y01r = DoubleVector.fromArray(S, y, 2 * B + i);
            DoubleVector y01i = DoubleVector.fromArray(S, y, 3 * B + i);
            DoubleVector y10r = DoubleVector.fromArray(S, y, 4 * B + i);
            DoubleVector y10i = DoubleVector.fromArray(S, y, 5 * B + i);
            DoubleVector y11r = DoubleVector.fromArray(S, y, 6 * B + i);
            DoubleVector y11i = DoubleVector.fromArray(S, y, 7 * B + i);
            DoubleVector r00r = DoubleVector.fromArray(S, r, i);
            DoubleVector r00i = DoubleVector.fromArray(S, r, B + i);
            DoubleVector r01r = DoubleVector.fromArray(S, r, 2 * B + i);
            DoubleVector r01i = DoubleVector.fromArray(S, r, 3 * B + i);
            DoubleVector r10r = DoubleVector.fromArray(S, r, 4 * B + i);
            DoubleVector r10i = DoubleVector.fromArray(S, r, 5 * B + i);
            DoubleVector r11r = DoubleVector.fromArray(S, r, 6 * B + i);
            DoubleVector r11i = DoubleVector.fromArray(S, r, 7 * B + i);
            DoubleVector t00r = DoubleVector.fromArray(S, t, i);
            DoubleVector t00i = DoubleVector.fromArray(S, t, B + i);
            DoubleVector t01r = DoubleVector.fromArray(S, t, 2 * B + i);
            DoubleVector t01i = DoubleVector.fromArray(S, t, 3 * B + i);
            DoubleVector t10r = DoubleVector.fromArray(S, t, 4 * B + i);
            DoubleVector t10i = DoubleVector.fromArray(S, t, 5 * B + i);
            DoubleVector t11r = DoubleVector.fromArray(S, t, 6 * B + i);
            DoubleVector t11i = DoubleVector.fromArray(S, t, 7 * B + i);
            DoubleVector n00i = y00i.neg();
            DoubleVector n01i = y01i.neg();
            DoubleVector n10i = y10i.neg();
            DoubleVector n11i = y11i.neg();
            t00r.sub(y00r.fma(r00r, n00i.fma(r00i, y01r.fma(r10r, n01i.mul(r10i))))).intoArray(ws.l, i);
            t00i.sub(y00r.fma(r00i, y00i.fma(r00r, y01r.fma(r10i, y01i.mul(r10r))))).intoArray(ws.l, B + i);
            y00r.fma(t00r, n00i.fma(t00i, y01r.fma(t10r, n01i.mul(t10i)))).sub(r00r).intoArray(ws.p, i);
            y00r.fma(t00i, y00i.fma(t00r, y01r.fma(t10i, y01i.mul(t10r)))).sub(r00i).intoArray(ws.p, B + i);
            t01r.sub(y00r.fma(r01r, n00i.fma(r01i, y01r.fma(r11r, n01i.mul(r11i))))).intoArray(ws.l, 2 * B + i);
            t01i.sub(y00r.fma(r01i, y00i.fma(r01r, y01r.fma(r11i, y01i.mul(r11r))))).intoArray(ws.l, 3 * B + i);
            y00r.fma(t01r, n00i.fma(t01i, y01r.fma(t11r, n01i.mul(t11i)))).sub(r01r).intoArray(ws.p, 2 * B + i);
            y00r.fma(t01i, y00i.fma(t01r, y01r.fma(t11i, y01i.mul(t11r)))).sub(r01i).intoArray(ws.p, 3 * B + i);
            t10r.sub(y10r.fma(r00r, n10i.fma(r00i, y11r.fma(r10r, n11i.mul(r10i))))).intoArray(ws.l, 4 * B + i);
            t10i.sub(y10r.fma(r00i, y10i.fma(r00r, y11r.fma(r10i, y11i.mul(r10r))))).intoArray(ws.l, 5 * B + i);
            y10r.fma(t00r, n10i.fma(t00i, y11r.fma(t10r, n11i.mul(t10i)))).sub(r10r).intoArray(ws.p, 4 * B + i);
            y10r.fma(t00i, y10i.fma(t00r, y11r.fma(t10i, y11i.mul(t10r)))).sub(r10i).intoArray(ws.p, 5 * B + i);
            t11r.sub(y10r.fma(r01r, n10i.fma(r01i, y11r.fma(r11r, n11i.mul(r11i))))).intoArray(ws.l, 6 * B + i);
            t11i.sub(y10r.fma(r01i, y10i.fma(r01r, y11r.fma(r11i, y11i.mul(r11r))))).intoArray(ws.l, 7 * B + i);
            y10r.fma(t01r, n10i.fma(t01i, y11r.fma(t11r, n11i.mul(t11i)))).sub(r11r).intoArray(ws.p, 6 * B + i);
            y10r.fma(t01i, y10i.fma(t01r, y11r.fma(t11i, y11i.mul(t11r)))).sub(r11i).intoArray(ws.p, 7 * B + i);
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
