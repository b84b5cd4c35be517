package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MagneticSteps#solve} and {@link MagneticSteps#normalise} with one lane per Q value, the same
 * operations in the same order (see {@link VectorMagneticSteps}). {@code len} a multiple of the lane count.
 *
 * <p>The scalar steps' complex dot products are written out in the loops: a vector passed to or returned
 * by a method the JIT does not inline is boxed, an allocation per call, which a fit's hot path must not make.
 */
final class VectorMagneticSolve {

    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int LANES = S.length();
    private static final int B = MagneticWorkspace.BLOCK;
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1);

    private VectorMagneticSolve() {
    }

    /**
     * ws.y ← adj(L)·P and ws.inv ← 1/det(L), with L = ws.l and P = ws.p. Each Re(a0·b0 + a1·b1) is
     * fma(a0r, b0r, fma(−a0i, b0i, fma(a1r, b1r, −a1i·b1i))) and each Im fma(a0r, b0i, fma(a0i, b0r,
     * fma(a1r, b1i, a1i·b1r))), as the scalar steps take them.
     */
    static void solve(MagneticWorkspace ws, int len) {
        final double[] st = ws.state;
        final int invAt = ws.inv();
        final int y = ws.y();
        final int l = ws.l();
        final int p = ws.p();
        for (int i = 0; i < len; i += LANES) {
            DoubleVector l00r = DoubleVector.fromArray(S, st, l + i);
            DoubleVector l00i = DoubleVector.fromArray(S, st, l + B + i);
            DoubleVector l01r = DoubleVector.fromArray(S, st, l + 2 * B + i);
            DoubleVector l01i = DoubleVector.fromArray(S, st, l + 3 * B + i);
            DoubleVector l10r = DoubleVector.fromArray(S, st, l + 4 * B + i);
            DoubleVector l10i = DoubleVector.fromArray(S, st, l + 5 * B + i);
            DoubleVector l11r = DoubleVector.fromArray(S, st, l + 6 * B + i);
            DoubleVector l11i = DoubleVector.fromArray(S, st, l + 7 * B + i);
            // The rows of adj(L): (L11, −L01) and (−L10, L00); their imaginary parts negated for the dots.
            DoubleVector n00i = l00i.neg();
            DoubleVector n01r = l01r.neg();
            DoubleVector n01i = l01i.neg();
            DoubleVector n10r = l10r.neg();
            DoubleVector n10i = l10i.neg();
            DoubleVector n11i = l11i.neg();
            DoubleVector detR = l00r.fma(l11r, n00i.fma(l11i, n01r.fma(l10r, l01i.mul(l10i))));
            DoubleVector detI = l00r.fma(l11i, l00i.fma(l11r, n01r.fma(l10i, n01i.mul(l10r))));
            DoubleVector norm = ONE.div(detR.mul(detR).add(detI.mul(detI)));
            detR.mul(norm).intoArray(st, invAt + i);
            detI.neg().mul(norm).intoArray(st, invAt + B + i);
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                DoubleVector p0r = DoubleVector.fromArray(S, st, p + c0);
                DoubleVector p0i = DoubleVector.fromArray(S, st, p + c0 + B);
                DoubleVector p1r = DoubleVector.fromArray(S, st, p + c1);
                DoubleVector p1i = DoubleVector.fromArray(S, st, p + c1 + B);
                l11r.fma(p0r, n11i.fma(p0i, n01r.fma(p1r, l01i.mul(p1i)))).intoArray(st, y + c0);
                l11r.fma(p0i, l11i.fma(p0r, n01r.fma(p1i, n01i.mul(p1r)))).intoArray(st, y + c0 + B);
                n10r.fma(p0r, l10i.fma(p0i, l00r.fma(p1r, n00i.mul(p1i)))).intoArray(st, y + c1);
                n10r.fma(p0i, n10i.fma(p0r, l00r.fma(p1i, l00i.mul(p1r)))).intoArray(st, y + c1 + B);
            }
        }
    }

    /**
     * {@link VectorMagneticSteps#combine} then {@link #solve} in one loop: L = T − Y·R stays in registers, and each
     * column of P = Y·T − R is made as the solve takes it, so that neither goes through the workspace (16 stores and
     * as many loads of each lane group fewer; on the AMD EPYC AVX-512 host a vector store takes two cycles). Y below
     * is read first, as the new Y overwrites it. Each element fused as those steps fuse it, so the same bits.
     */
    static void update(MagneticWorkspace ws, int len) {
        final double[] st = ws.state;
        final int y = ws.y(), t = ws.t(), r = ws.r(), invAt = ws.inv();
        for (int i = 0; i < len; i += LANES) {
            // Y's rows: a = (Y00, Y01), b = (Y10, Y11), imaginary parts also negated for the dots.
            DoubleVector a0r = DoubleVector.fromArray(S, st, y + i), a0i = DoubleVector.fromArray(S, st, y + B + i);
            DoubleVector a1r = DoubleVector.fromArray(S, st, y + 2 * B + i), a1i = DoubleVector.fromArray(S, st, y + 3 * B + i);
            DoubleVector b0r = DoubleVector.fromArray(S, st, y + 4 * B + i), b0i = DoubleVector.fromArray(S, st, y + 5 * B + i);
            DoubleVector b1r = DoubleVector.fromArray(S, st, y + 6 * B + i), b1i = DoubleVector.fromArray(S, st, y + 7 * B + i);
            DoubleVector n0i = a0i.neg(), n1i = a1i.neg(), m0i = b0i.neg(), m1i = b1i.neg();
            // L's column 0 from R's (rows 0-1 and 4-5), then column 1 from R's (rows 2-3 and 6-7).
            DoubleVector r0r = DoubleVector.fromArray(S, st, r + i), r0i = DoubleVector.fromArray(S, st, r + B + i);
            DoubleVector r1r = DoubleVector.fromArray(S, st, r + 4 * B + i), r1i = DoubleVector.fromArray(S, st, r + 5 * B + i);
            DoubleVector l00r = DoubleVector.fromArray(S, st, t + i).sub(a0r.fma(r0r, n0i.fma(r0i, a1r.fma(r1r, n1i.mul(r1i)))));
            DoubleVector l00i = DoubleVector.fromArray(S, st, t + B + i)
                    .sub(a0r.fma(r0i, a0i.fma(r0r, a1r.fma(r1i, a1i.mul(r1r)))));
            DoubleVector l10r = DoubleVector.fromArray(S, st, t + 4 * B + i)
                    .sub(b0r.fma(r0r, m0i.fma(r0i, b1r.fma(r1r, m1i.mul(r1i)))));
            DoubleVector l10i = DoubleVector.fromArray(S, st, t + 5 * B + i)
                    .sub(b0r.fma(r0i, b0i.fma(r0r, b1r.fma(r1i, b1i.mul(r1r)))));
            r0r = DoubleVector.fromArray(S, st, r + 2 * B + i);
            r0i = DoubleVector.fromArray(S, st, r + 3 * B + i);
            r1r = DoubleVector.fromArray(S, st, r + 6 * B + i);
            r1i = DoubleVector.fromArray(S, st, r + 7 * B + i);
            DoubleVector l01r = DoubleVector.fromArray(S, st, t + 2 * B + i)
                    .sub(a0r.fma(r0r, n0i.fma(r0i, a1r.fma(r1r, n1i.mul(r1i)))));
            DoubleVector l01i = DoubleVector.fromArray(S, st, t + 3 * B + i)
                    .sub(a0r.fma(r0i, a0i.fma(r0r, a1r.fma(r1i, a1i.mul(r1r)))));
            DoubleVector l11r = DoubleVector.fromArray(S, st, t + 6 * B + i)
                    .sub(b0r.fma(r0r, m0i.fma(r0i, b1r.fma(r1r, m1i.mul(r1i)))));
            DoubleVector l11i = DoubleVector.fromArray(S, st, t + 7 * B + i)
                    .sub(b0r.fma(r0i, b0i.fma(r0r, b1r.fma(r1i, b1i.mul(r1r)))));
            // As solve: the rows of adj(L), (L11, −L01) and (−L10, L00), and 1/det(L).
            DoubleVector n00i = l00i.neg(), n01r = l01r.neg(), n01i = l01i.neg();
            DoubleVector n10r = l10r.neg(), n10i = l10i.neg(), n11i = l11i.neg();
            DoubleVector detR = l00r.fma(l11r, n00i.fma(l11i, n01r.fma(l10r, l01i.mul(l10i))));
            DoubleVector detI = l00r.fma(l11i, l00i.fma(l11r, n01r.fma(l10i, n01i.mul(l10r))));
            DoubleVector norm = ONE.div(detR.mul(detR).add(detI.mul(detI)));
            detR.mul(norm).intoArray(st, invAt + i);
            detI.neg().mul(norm).intoArray(st, invAt + B + i);
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                DoubleVector t0r = DoubleVector.fromArray(S, st, t + c0), t0i = DoubleVector.fromArray(S, st, t + c0 + B);
                DoubleVector t1r = DoubleVector.fromArray(S, st, t + c1), t1i = DoubleVector.fromArray(S, st, t + c1 + B);
                DoubleVector p0r = a0r.fma(t0r, n0i.fma(t0i, a1r.fma(t1r, n1i.mul(t1i))))
                        .sub(DoubleVector.fromArray(S, st, r + c0));
                DoubleVector p0i = a0r.fma(t0i, a0i.fma(t0r, a1r.fma(t1i, a1i.mul(t1r))))
                        .sub(DoubleVector.fromArray(S, st, r + c0 + B));
                DoubleVector p1r = b0r.fma(t0r, m0i.fma(t0i, b1r.fma(t1r, m1i.mul(t1i))))
                        .sub(DoubleVector.fromArray(S, st, r + c1));
                DoubleVector p1i = b0r.fma(t0i, b0i.fma(t0r, b1r.fma(t1i, b1i.mul(t1r))))
                        .sub(DoubleVector.fromArray(S, st, r + c1 + B));
                l11r.fma(p0r, n11i.fma(p0i, n01r.fma(p1r, l01i.mul(p1i)))).intoArray(st, y + c0);
                l11r.fma(p0i, l11i.fma(p0r, n01r.fma(p1i, n01i.mul(p1r)))).intoArray(st, y + c0 + B);
                n10r.fma(p0r, l10i.fma(p0i, l00r.fma(p1r, n00i.mul(p1i)))).intoArray(st, y + c1);
                n10r.fma(p0i, n10i.fma(p0r, l00r.fma(p1i, l00i.mul(p1r)))).intoArray(st, y + c1 + B);
            }
        }
    }

    /** ws.y ← ws.y · ws.inv. */
    static void normalise(MagneticWorkspace ws, int len) {
        final double[] st = ws.state;
        final int invAt = ws.inv();
        final int y = ws.y();
        for (int i = 0; i < len; i += LANES) {
            DoubleVector fr = DoubleVector.fromArray(S, st, invAt + i);
            DoubleVector fi = DoubleVector.fromArray(S, st, invAt + B + i);
            for (int e = 0; e < SpinMatrices.SIZE; e += 2) {
                int at = e * B + i;
                DoubleVector re = DoubleVector.fromArray(S, st, y + at);
                DoubleVector im = DoubleVector.fromArray(S, st, y + at + B);
                re.mul(fr).sub(im.mul(fi)).intoArray(st, y + at);
                re.mul(fi).add(im.mul(fr)).intoArray(st, y + at + B);
            }
        }
    }
}
