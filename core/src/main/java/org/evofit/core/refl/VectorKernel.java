package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link SequenceKernel}'s recursion with several Q values per instruction (the incubating Vector
 * API, {@link VectorMath#SPECIES}): {@link KernelImplementation#VECTOR}. The same operations in the
 * same order on every Q value, so the same bits as {@link SequenceKernel}; only the layout differs.
 * Per block of {@link #BLOCK} Q values the wavevectors, phase factors and Fresnel fractions are laid
 * out as arrays of real and imaginary parts, one lane per Q value, and the walk from the backing
 * medium up keeps N and D of a vector of Q values in registers from the bottom to the top.
 *
 * <p>A block whose length is not a multiple of the lane count is padded with its last Q value,
 * whose extra results are dropped. Q values where the recursion meets 0/0 (exactly at a critical
 * edge) are evaluated again by {@link ReflectivityKernel}, as {@link SequenceKernel} does.
 *
 * <p>The JVM must resolve module {@code jdk.incubator.vector} ({@code --add-modules}, which the
 * {@code evofit} launcher and the tests pass); {@link KernelImplementation#available()} says whether
 * it did, and nothing loads this class otherwise.
 */
final class VectorKernel {

    /** SequenceKernel's block: the two share its workspace's per-layer and per-interface arrays. */
    static final int BLOCK = SequenceKernel.BLOCK;
    private static final int LANES = VectorMath.SPECIES.length();
    /** As {@link SequenceKernel}: each step grows N and D by at most about 4·max|kz|. */
    private static final int RESCALE_EVERY = 32;
    /** The least and the greatest double whose exponent is within ±1000. */
    private static final double MIN_NORM = 0x1p-1000;
    private static final double MAX_NORM = Math.nextDown(0x1p1001);

    private VectorKernel() {
    }

    /**
     * Per-thread scratch memory: {@link SequenceKernel}'s arrays per distinct layer and interface,
     * grown to the largest sequence seen, and one block's Q values and intermediate results.
     */
    static final class Workspace {
        final SequenceKernel.Workspace sequence = new SequenceKernel.Workspace();
        final double[] q = new double[BLOCK];
        /** Per Q value of the block: an exponent, an angle, their exponential, a roughness factor, R. */
        final double[] x = new double[BLOCK];
        final double[] angle = new double[BLOCK];
        final double[] e = new double[BLOCK];
        final double[] gRe = new double[BLOCK];
        final double[] gIm = new double[BLOCK];
        final double[] r = new double[BLOCK];
        final int[] index = new int[LANES];
    }

    /** This kernel behind the interface, with its own workspace. */
    static ParrattKernel newKernel() {
        Workspace workspace = new Workspace();
        return (stack, q, from, to, out) -> reflectivity(stack, q, from, to, out, workspace);
    }

    /**
     * This kernel for a fit's thread: {@link SequenceKernel} until {@link VectorWarmUp} has seen the
     * vector code compiled, then this one; the same bits either way. The warm-up starts with the kernel's first
     * call, not with the kernel: every reflectivity model's evaluator makes one, and a polarised fit, which
     * evaluates with the magnetic kernel only, must not pay (nor have the JIT compile) an unpolarised race.
     */
    static ParrattKernel newFitKernel() {
        Workspace workspace = new Workspace();
        return (stack, q, from, to, out) -> {
            if (VectorWarmUp.vectorFaster()) {
                reflectivity(stack, q, from, to, out, workspace);
            } else {
                SequenceKernel.reflectivity(stack, q, from, to, out, workspace.sequence);
            }
        };
    }

    /**
     * Writes R(q[i]) into out[i] for every i in [from, to), bit for bit what
     * {@link SequenceKernel#reflectivity(LayerSequence, double[], int, int, double[], SequenceKernel.Workspace)}
     * writes. Allocates nothing once the workspace has grown.
     */
    static void reflectivity(LayerSequence s, double[] q, int from, int to, double[] out, Workspace ws) {
        SequenceKernel.prepare(s, q, from, to, out, ws.sequence);
        boolean degenerate = false;
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(to, start + BLOCK) - start;
            int padded = (len + LANES - 1) / LANES * LANES;
            System.arraycopy(q, start, ws.q, 0, len);
            java.util.Arrays.fill(ws.q, len, padded, q[start + len - 1]);
            layers(s, padded, ws);
            interfaces(s, padded, ws);
            walk(s, padded, ws);
            for (int i = 0; i < len; i++) {
                out[start + i] = ws.r[i];
                degenerate |= Double.isNaN(ws.r[i]);
            }
        }
        if (degenerate) {
            SequenceKernel.resolveDegenerate(s, q, from, to, out, ws.sequence);
        }
    }

    /** Wavevectors of every distinct layer, and phase factors of every layer used as a slab. */
    private static void layers(LayerSequence s, int padded, Workspace ws) {
        final int ambient = s.sequence[0];
        for (int l = 0; l < s.layers; l++) {
            final double vr = s.uRe[l] - s.uRe[ambient];
            final double vi = s.uIm[l] - s.uIm[ambient];
            final double twoD = 2 * s.thickness[l];
            final int o = l * BLOCK;
            wavevectors(vr, vi, padded, ws.q, ws.sequence.kzRe, ws.sequence.kzIm, o);
            if (ws.sequence.slab[l]) {
                for (int i = 0; i < padded; i += LANES) {
                    DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzIm, o + i).mul(-twoD).intoArray(ws.x, i);
                    DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzRe, o + i).mul(twoD).intoArray(ws.angle, i);
                }
                VectorMath.exp(ws.x, ws.e, padded, ws.index);
                VectorMath.cis(ws.angle, ws.e, ws.sequence.pRe, ws.sequence.pIm, o, padded, ws.index);
            }
        }
    }

    /** kz = √(k0² − v) with Im kz ≥ 0, k0 = |Q|/2, for a layer of potential v above the fronting medium's. */
    private static void wavevectors(double vr, double vi, int padded, double[] q, double[] kzRe, double[] kzIm,
                                    int offset) {
        final double ai = -vi;
        final double aiSquared = ai * ai;
        final double halfAi = 0.5 * ai;
        final boolean vacuum = vr == 0 && vi == 0;
        for (int i = 0; i < padded; i += LANES) {
            DoubleVector k0 = DoubleVector.fromArray(VectorMath.SPECIES, q, i).abs().mul(0.5);
            DoubleVector kr = k0;
            DoubleVector ki = DoubleVector.zero(VectorMath.SPECIES);
            if (!vacuum) {
                DoubleVector ar = k0.mul(k0).sub(vr);
                DoubleVector m = ar.mul(ar).add(aiSquared).sqrt();
                DoubleVector t = m.add(ar.abs()).mul(0.5).sqrt();
                DoubleVector h = DoubleVector.broadcast(VectorMath.SPECIES, halfAi).div(t)
                        .blend(0, t.compare(VectorOperators.GT, 0).not());
                VectorMask<Double> above = ar.compare(VectorOperators.GE, 0);
                kr = h.blend(t, above);
                ki = t.blend(h, above);
                VectorMask<Double> flip = ki.compare(VectorOperators.LT, 0);
                kr = kr.lanewise(VectorOperators.NEG, flip);
                ki = ki.lanewise(VectorOperators.NEG, flip);
            }
            kr.intoArray(kzRe, offset + i);
            ki.intoArray(kzIm, offset + i);
        }
    }

    /** Fresnel fractions a = (kz_up − kz_low)·exp(−2 kz_up kz_low σ²) and b = kz_up + kz_low. */
    private static void interfaces(LayerSequence s, int padded, Workspace ws) {
        for (int k = 0; k < s.interfaces; k++) {
            final int up = s.upper[k] * BLOCK;
            final int low = s.lower[k] * BLOCK;
            final double s2 = -2 * s.sigma[k] * s.sigma[k];
            if (s2 != 0) {
                for (int i = 0; i < padded; i += LANES) {
                    DoubleVector kUr = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzRe, up + i);
                    DoubleVector kUi = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzIm, up + i);
                    DoubleVector kLr = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzRe, low + i);
                    DoubleVector kLi = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzIm, low + i);
                    kUr.mul(kLr).sub(kUi.mul(kLi)).mul(s2).intoArray(ws.x, i);
                    kUr.mul(kLi).add(kUi.mul(kLr)).mul(s2).intoArray(ws.angle, i);
                }
                VectorMath.exp(ws.x, ws.e, padded, ws.index);
                VectorMath.cis(ws.angle, ws.e, ws.gRe, ws.gIm, 0, padded, ws.index);
            }
            fractions(up, low, s2 != 0, k * BLOCK, padded, ws);
        }
    }

    /** a and b of one interface, with the roughness factor g in ws.gRe, ws.gIm when {@code rough}. */
    private static void fractions(int up, int low, boolean rough, int o, int padded, Workspace ws) {
        for (int i = 0; i < padded; i += LANES) {
            DoubleVector kUr = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzRe, up + i);
            DoubleVector kUi = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzIm, up + i);
            DoubleVector kLr = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzRe, low + i);
            DoubleVector kLi = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.kzIm, low + i);
            DoubleVector ar = kUr.sub(kLr);
            DoubleVector ai = kUi.sub(kLi);
            DoubleVector br = kUr.add(kLr);
            DoubleVector bi = kUi.add(kLi);
            if (rough) {
                DoubleVector gr = DoubleVector.fromArray(VectorMath.SPECIES, ws.gRe, i);
                DoubleVector gi = DoubleVector.fromArray(VectorMath.SPECIES, ws.gIm, i);
                DoubleVector tr = ar.mul(gr).sub(ai.mul(gi));
                ai = ar.mul(gi).add(ai.mul(gr));
                ar = tr;
            }
            VectorMask<Double> open = br.compare(VectorOperators.EQ, 0).and(bi.compare(VectorOperators.EQ, 0));
            ar.blend(0, open).intoArray(ws.sequence.aRe, o + i);
            ai.blend(0, open).intoArray(ws.sequence.aIm, o + i);
            br.blend(1, open).intoArray(ws.sequence.bRe, o + i);
            bi.intoArray(ws.sequence.bIm, o + i);
        }
    }

    /**
     * From the backing medium up: N ← a·D + b·N·p, D ← b·D + a·N·p, then R = |N/D|². N and D are
     * rescaled by a power of two every {@link #RESCALE_EVERY} steps and once more at the top (j = 0),
     * as {@link SequenceKernel} does: that brings |Re D| + |Im D| to order one, its exponent clamped to ±1000.
     */
    private static void walk(LayerSequence s, int padded, Workspace ws) {
        final int last = s.length - 1;
        for (int i = 0; i < padded; i += LANES) {
            DoubleVector nRe = DoubleVector.zero(VectorMath.SPECIES);
            DoubleVector nIm = nRe;
            DoubleVector dRe = DoubleVector.broadcast(VectorMath.SPECIES, 1);
            DoubleVector dIm = nRe;
            int steps = 0;
            for (int j = last; j >= 0; j--) {
                if (j >= 1) {
                    final int o = s.interfaceAt[j] * BLOCK + i;
                    DoubleVector nr = nRe;
                    DoubleVector ni = nIm;
                    if (j < last) {
                        final int p = s.sequence[j] * BLOCK + i;
                        DoubleVector pr = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.pRe, p);
                        DoubleVector pi = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.pIm, p);
                        nr = nRe.mul(pr).sub(nIm.mul(pi));
                        ni = nRe.mul(pi).add(nIm.mul(pr));
                    }
                    DoubleVector ar = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.aRe, o);
                    DoubleVector ai = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.aIm, o);
                    DoubleVector br = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.bRe, o);
                    DoubleVector bi = DoubleVector.fromArray(VectorMath.SPECIES, ws.sequence.bIm, o);
                    nRe = ar.mul(dRe).sub(ai.mul(dIm)).add(br.mul(nr)).sub(bi.mul(ni));
                    nIm = ar.mul(dIm).add(ai.mul(dRe)).add(br.mul(ni)).add(bi.mul(nr));
                    DoubleVector dr = br.mul(dRe).sub(bi.mul(dIm)).add(ar.mul(nr)).sub(ai.mul(ni));
                    dIm = br.mul(dIm).add(bi.mul(dRe)).add(ar.mul(ni)).add(ai.mul(nr));
                    dRe = dr;
                    if (++steps < RESCALE_EVERY) {
                        continue;
                    }
                    steps = 0;
                }
                // 2^−e for e the exponent of |Re D| + |Im D| clamped to ±1000; clamped as a double, because the
                // JIT leaves a long vector's min and max to boxed Java code. (A NaN stays unclamped: R is NaN then.)
                DoubleVector scale = dRe.abs().add(dIm.abs()).max(MIN_NORM).min(MAX_NORM).reinterpretAsLongs()
                        .lanewise(VectorOperators.LSHR, 52).neg().add(2 * Double.MAX_EXPONENT)
                        .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
                nRe = nRe.mul(scale);
                nIm = nIm.mul(scale);
                dRe = dRe.mul(scale);
                dIm = dIm.mul(scale);
            }
            nRe.mul(nRe).add(nIm.mul(nIm)).div(dRe.mul(dRe).add(dIm.mul(dIm))).intoArray(ws.r, i);
        }
    }
}
