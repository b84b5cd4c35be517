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
    /** 512-bit vectors: AVX-512 and its 32 vector registers, which {@link #update} needs. */
    private static final boolean WIDE = S.vectorBitSize() >= 512;
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
    public void roots(MagneticWorkspace ws, int j, double vin, int len, int k) {
        final double c0 = ws.v0[j] - vin;
        final double c1 = ws.v1[j] - vin;
        final double a = ws.absorption[j];
        if (c1 == c0) {
            single(ws.state, ws.kz2(), c0, a, len, k);
            System.arraycopy(ws.state, k, ws.state, k + 2 * B, 2 * B);
            return;
        }
        pair(ws.state, ws.kz2(), c0, c1, a, len, k);
    }

    /**
     * {@link ChannelRoots#pair} lane by lane: the series in every lane, and where a lane of the group is beyond its
     * range (near a channel's edge, 4 % of the benchmark's lane groups) the textbook formula too, taken in those lanes,
     * as the scalar steps choose lane by lane (eight scalar calls cost several times the group's two extra square roots
     * and division). The series is written out here and in {@link #single}, not in a method taking vectors: one the JIT
     * compiles on its own and then does not inline boxes them (the kernel must not allocate: AllocationTest). With a
     * non-negative absorption im (every physical layer) both forms give Im k ≥ 0 and Re k ≥ 0 or +0 in every lane
     * (√|re|, the series' p and q and the textbook t and h are all non-negative there), so ChannelRoots' sign flip
     * never applies there: it is a loop of its own ({@link #flip}) that only a negative absorption takes. In the loop its
     * masks cost ~4 % of a pass (compares, mask logic and two blends per channel).
     */
    private static void pair(double[] st, int kz2, double c0, double c1, double im, int len, int k) {
        final DoubleVector imV = DoubleVector.broadcast(S, im);
        final DoubleVector halfIm = DoubleVector.broadcast(S, 0.5 * im);
        final DoubleVector imSquared = DoubleVector.broadcast(S, im * im);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector kz = DoubleVector.fromArray(S, st, kz2 + i);
            DoubleVector w = imV.div(kz.sub(c0).abs().mul(kz.sub(c1).abs()));
            for (int ch = 0; ch < 2; ch++) {
                // Channel ch's re, and its u = w·|re of the other channel|, as ChannelRoots.pair takes them.
                DoubleVector re = kz.sub(ch == 0 ? c0 : c1);
                DoubleVector a = re.abs();
                DoubleVector u = w.mul(kz.sub(ch == 0 ? c1 : c0).abs());
                DoubleVector s = a.sqrt();
                DoubleVector v = u.mul(u);
                DoubleVector sp = s.mul(v.fma(v.fma(v.fma(ChannelRoots.P6, ChannelRoots.P4), P2), ONE));
                DoubleVector sq = s.mul(u.mul(v.fma(v.fma(v.fma(ChannelRoots.Q7, ChannelRoots.Q5), Q3), Q1)));
                VectorMask<Double> textbook = u.abs().compare(VectorOperators.LE, ChannelRoots.LIMIT).not();
                if (textbook.anyTrue()) {
                    // ChannelRoots.textbook: m = √(re² + im²), t = √(½(m + |re|)), h = ½·im/t (0 where t is not > 0).
                    DoubleVector t = re.mul(re).add(imSquared).sqrt().add(a).mul(0.5).sqrt();
                    DoubleVector h = halfIm.div(t).blend(0, t.compare(VectorOperators.GT, 0).not());
                    sp = sp.blend(t, textbook);
                    sq = sq.blend(h, textbook);
                }
                // Above the channel's edge in every lane (most lane groups): no blends, each a mask conversion here.
                VectorMask<Double> above = re.compare(VectorOperators.GE, 0);
                boolean mixed = !above.allTrue();
                (mixed ? sq.blend(sp, above) : sp).intoArray(st, k + ch * 2 * B + i);
                (mixed ? sp.blend(sq, above) : sq).intoArray(st, k + ch * 2 * B + i + B);
            }
        }
        if (!(im >= 0)) {
            flip(st, k, 0, len);
            flip(st, k, 2 * B, len);
        }
    }

    /** {@link ChannelRoots#single} lane by lane, as {@link #pair} (the series written out for the same reason). */
    private static void single(double[] st, int kz2, double c, double im, int len, int k) {
        final DoubleVector imV = DoubleVector.broadcast(S, im);
        final DoubleVector halfIm = DoubleVector.broadcast(S, 0.5 * im);
        final DoubleVector imSquared = DoubleVector.broadcast(S, im * im);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector re = DoubleVector.fromArray(S, st, kz2 + i).sub(c);
            DoubleVector a = re.abs();
            DoubleVector u = imV.div(a);
            DoubleVector s = a.sqrt();
            DoubleVector v = u.mul(u);
            DoubleVector sp = s.mul(v.fma(v.fma(v.fma(ChannelRoots.P6, ChannelRoots.P4), P2), ONE));
            DoubleVector sq = s.mul(u.mul(v.fma(v.fma(v.fma(ChannelRoots.Q7, ChannelRoots.Q5), Q3), Q1)));
            VectorMask<Double> textbook = u.abs().compare(VectorOperators.LE, ChannelRoots.LIMIT).not();
            if (textbook.anyTrue()) {
                DoubleVector t = re.mul(re).add(imSquared).sqrt().add(a).mul(0.5).sqrt();
                DoubleVector h = halfIm.div(t).blend(0, t.compare(VectorOperators.GT, 0).not());
                sp = sp.blend(t, textbook);
                sq = sq.blend(h, textbook);
            }
            VectorMask<Double> above = re.compare(VectorOperators.GE, 0);
            boolean mixed = !above.allTrue();
            (mixed ? sq.blend(sp, above) : sp).intoArray(st, k + i);
            (mixed ? sp.blend(sq, above) : sq).intoArray(st, k + i + B);
        }
        if (!(im >= 0)) {
            flip(st, k, 0, len);
        }
    }

    /**
     * ChannelRoots' sign flip (Im k ≥ 0, and Re k ≥ 0 where Im k is zero) on the rows at {@code at} of k: only a layer
     * with a negative absorption needs it (see {@link #pair}), so it is a loop of its own.
     */
    private static void flip(double[] st, int k, int at, int len) {
        for (int i = 0; i < len; i += LANES) {
            DoubleVector kr = DoubleVector.fromArray(S, st, k + at + i);
            DoubleVector ki = DoubleVector.fromArray(S, st, k + at + B + i);
            VectorMask<Double> flip = ki.compare(VectorOperators.LT, 0)
                    .or(ki.compare(VectorOperators.EQ, 0).and(kr.compare(VectorOperators.LT, 0)));
            kr.lanewise(VectorOperators.NEG, flip).intoArray(st, k + at + i);
            ki.lanewise(VectorOperators.NEG, flip).intoArray(st, k + at + B + i);
        }
    }

    @Override
    public void products(MagneticWorkspace ws, int len) {
        final double[] st = ws.state;
        final int l = ws.lower;
        final int u = ws.upper;
        final int kk = ws.kk();
        for (int i = 0; i < len; i += LANES) {
            DoubleVector l0r = DoubleVector.fromArray(S, st, l + i);
            DoubleVector l0i = DoubleVector.fromArray(S, st, l + B + i);
            DoubleVector l1r = DoubleVector.fromArray(S, st, l + 2 * B + i);
            DoubleVector l1i = DoubleVector.fromArray(S, st, l + 3 * B + i);
            DoubleVector u0r = DoubleVector.fromArray(S, st, u + i);
            DoubleVector u0i = DoubleVector.fromArray(S, st, u + B + i);
            DoubleVector u1r = DoubleVector.fromArray(S, st, u + 2 * B + i);
            DoubleVector u1i = DoubleVector.fromArray(S, st, u + 3 * B + i);
            l0r.mul(u0r).sub(l0i.mul(u0i)).intoArray(st, kk + i);
            l0r.mul(u0i).add(l0i.mul(u0r)).intoArray(st, kk + B + i);
            l0r.mul(u1r).sub(l0i.mul(u1i)).intoArray(st, kk + 2 * B + i);
            l0r.mul(u1i).add(l0i.mul(u1r)).intoArray(st, kk + 3 * B + i);
            l1r.mul(u0r).sub(l1i.mul(u0i)).intoArray(st, kk + 4 * B + i);
            l1r.mul(u0i).add(l1i.mul(u0r)).intoArray(st, kk + 5 * B + i);
            l1r.mul(u1r).sub(l1i.mul(u1i)).intoArray(st, kk + 6 * B + i);
            l1r.mul(u1i).add(l1i.mul(u1r)).intoArray(st, kk + 7 * B + i);
            l0r.mul(l1r).sub(l0i.mul(l1i)).intoArray(st, kk + 8 * B + i);
            l0r.mul(l1i).add(l0i.mul(l1r)).intoArray(st, kk + 9 * B + i);
        }
    }

    @Override
    public void roughness(MagneticWorkspace ws, double s2, boolean flips, int len) {
        VectorMagneticPhases.roughness(ws, s2, flips, len);
    }

    /** With roughness, the factors other than g_00 are derived in {@link VectorMagneticPhases#entries}. */
    @Override
    public void entries(double or, double oi, int other, int at, double s2, int len, MagneticWorkspace ws) {
        final double[] st = ws.state;
        final int gAt = ws.g();
        final int tAt = ws.t();
        final int rAt = ws.r();
        if (s2 != 0 && at != 0) {
            VectorMagneticPhases.entries(or, oi, other, at, s2, len, ws);
            return;
        }
        final int kk = ws.kk();
        for (int i = 0; i < len; i += LANES) {
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
            DoubleVector fr = br.mul(or).sub(bi.mul(oi));
            DoubleVector fi = bi.mul(or).add(br.mul(oi));
            DoubleVector gr = DoubleVector.fromArray(S, st, gAt + at + i);
            DoubleVector gi = DoubleVector.fromArray(S, st, gAt + at + B + i);
            fr.mul(gr).sub(fi.mul(gi)).intoArray(st, rAt + at + i);
            fr.mul(gi).add(fi.mul(gr)).intoArray(st, rAt + at + B + i);
        }
    }

    /**
     * L and P a column at a time: column m of R and T is read once per lane group and stays in registers for both
     * rows, each row of Y read as it is used. All 24 inputs in registers at once (one loop) spill on 16 vector
     * registers (AVX2); a loop per element reads Y four times. Each element is fused as
     * {@link MagneticSteps#combine} fuses it, so the same bits.
     */
    @Override
    public void combine(MagneticWorkspace ws, int len) {
        final double[] st = ws.state;
        final int lAt = ws.l();
        final int pAt = ws.p();
        final int y = ws.y();
        final int t = ws.t();
        final int r = ws.r();
        for (int m = 0; m < 2; m++) {
            final int c0 = 2 * m * B;
            final int c1 = (2 * m + 4) * B;
            for (int i = 0; i < len; i += LANES) {
                DoubleVector r0r = DoubleVector.fromArray(S, st, r + c0 + i);
                DoubleVector r0i = DoubleVector.fromArray(S, st, r + c0 + B + i);
                DoubleVector r1r = DoubleVector.fromArray(S, st, r + c1 + i);
                DoubleVector r1i = DoubleVector.fromArray(S, st, r + c1 + B + i);
                DoubleVector t0r = DoubleVector.fromArray(S, st, t + c0 + i);
                DoubleVector t0i = DoubleVector.fromArray(S, st, t + c0 + B + i);
                DoubleVector t1r = DoubleVector.fromArray(S, st, t + c1 + i);
                DoubleVector t1i = DoubleVector.fromArray(S, st, t + c1 + B + i);
                // Row 0 of Y, then row 1: element nm of L and P, whose own T and R are row n of column m. Written out
                // twice, not as a loop over n choosing t0r or t1r: a vector chosen by an index may be boxed.
                DoubleVector a0r = DoubleVector.fromArray(S, st, y + i);
                DoubleVector a0i = DoubleVector.fromArray(S, st, y + B + i);
                DoubleVector a1r = DoubleVector.fromArray(S, st, y + 2 * B + i);
                DoubleVector a1i = DoubleVector.fromArray(S, st, y + 3 * B + i);
                DoubleVector n0i = a0i.neg();
                DoubleVector n1i = a1i.neg();
                t0r.sub(a0r.fma(r0r, n0i.fma(r0i, a1r.fma(r1r, n1i.mul(r1i))))).intoArray(st, lAt + c0 + i);
                t0i.sub(a0r.fma(r0i, a0i.fma(r0r, a1r.fma(r1i, a1i.mul(r1r))))).intoArray(st, lAt + c0 + B + i);
                a0r.fma(t0r, n0i.fma(t0i, a1r.fma(t1r, n1i.mul(t1i)))).sub(r0r).intoArray(st, pAt + c0 + i);
                a0r.fma(t0i, a0i.fma(t0r, a1r.fma(t1i, a1i.mul(t1r)))).sub(r0i).intoArray(st, pAt + c0 + B + i);
                DoubleVector b0r = DoubleVector.fromArray(S, st, y + 4 * B + i);
                DoubleVector b0i = DoubleVector.fromArray(S, st, y + 5 * B + i);
                DoubleVector b1r = DoubleVector.fromArray(S, st, y + 6 * B + i);
                DoubleVector b1i = DoubleVector.fromArray(S, st, y + 7 * B + i);
                DoubleVector m0i = b0i.neg();
                DoubleVector m1i = b1i.neg();
                t1r.sub(b0r.fma(r0r, m0i.fma(r0i, b1r.fma(r1r, m1i.mul(r1i))))).intoArray(st, lAt + c1 + i);
                t1i.sub(b0r.fma(r0i, b0i.fma(r0r, b1r.fma(r1i, b1i.mul(r1r))))).intoArray(st, lAt + c1 + B + i);
                b0r.fma(t0r, m0i.fma(t0i, b1r.fma(t1r, m1i.mul(t1i)))).sub(r1r).intoArray(st, pAt + c1 + i);
                b0r.fma(t0i, b0i.fma(t0r, b1r.fma(t1i, b1i.mul(t1r)))).sub(r1i).intoArray(st, pAt + c1 + B + i);
            }
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

    /**
     * In one loop ({@link VectorMagneticSolve#update}) where vectors are 512 bits wide (AVX-512, with 32 vector
     * registers): 0.90-0.96 of the time of a pass on the AMD EPYC host. With 256-bit vectors (AVX2, 16 registers) its
     * two dozen live vectors spill, and it measured 1.02-1.08 of combine and solve apart, so those keep them.
     */
    @Override
    public void update(MagneticWorkspace ws, int len) {
        if (WIDE) {
            VectorMagneticSolve.update(ws, len);
        } else {
            MagneticStepper.super.update(ws, len);
        }
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
