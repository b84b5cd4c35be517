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

    private VectorMagneticSolve() {
    }

    /**
     * ws.y ← adj(L)·P and ws.inv ← 1/det(L), with L = ws.l and P = ws.p. Each Re(a0·b0 + a1·b1) is
     * fma(a0r, b0r, fma(−a0i, b0i, fma(a1r, b1r, −a1i·b1i))) and each Im fma(a0r, b0i, fma(a0i, b0r,
     * fma(a1r, b1i, a1i·b1r))), as the scalar steps take them.
     */
    static void solve(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        final double[] l = ws.l;
        final double[] p = ws.p;
        final DoubleVector one = DoubleVector.broadcast(S, 1);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector l00r = DoubleVector.fromArray(S, l, i);
            DoubleVector l00i = DoubleVector.fromArray(S, l, B + i);
            DoubleVector l01r = DoubleVector.fromArray(S, l, 2 * B + i);
            DoubleVector l01i = DoubleVector.fromArray(S, l, 3 * B + i);
            DoubleVector l10r = DoubleVector.fromArray(S, l, 4 * B + i);
            DoubleVector l10i = DoubleVector.fromArray(S, l, 5 * B + i);
            DoubleVector l11r = DoubleVector.fromArray(S, l, 6 * B + i);
            DoubleVector l11i = DoubleVector.fromArray(S, l, 7 * B + i);
            // The rows of adj(L): (L11, −L01) and (−L10, L00); their imaginary parts negated for the dots.
            DoubleVector n00i = l00i.neg();
            DoubleVector n01r = l01r.neg();
            DoubleVector n01i = l01i.neg();
            DoubleVector n10r = l10r.neg();
            DoubleVector n10i = l10i.neg();
            DoubleVector n11i = l11i.neg();
            DoubleVector detR = l00r.fma(l11r, n00i.fma(l11i, n01r.fma(l10r, l01i.mul(l10i))));
            DoubleVector detI = l00r.fma(l11i, l00i.fma(l11r, n01r.fma(l10i, n01i.mul(l10r))));
            DoubleVector norm = one.div(detR.mul(detR).add(detI.mul(detI)));
            detR.mul(norm).intoArray(ws.inv, i);
            detI.neg().mul(norm).intoArray(ws.inv, B + i);
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                DoubleVector p0r = DoubleVector.fromArray(S, p, c0);
                DoubleVector p0i = DoubleVector.fromArray(S, p, c0 + B);
                DoubleVector p1r = DoubleVector.fromArray(S, p, c1);
                DoubleVector p1i = DoubleVector.fromArray(S, p, c1 + B);
                l11r.fma(p0r, n11i.fma(p0i, n01r.fma(p1r, l01i.mul(p1i)))).intoArray(y, c0);
                l11r.fma(p0i, l11i.fma(p0r, n01r.fma(p1i, n01i.mul(p1r)))).intoArray(y, c0 + B);
                n10r.fma(p0r, l10i.fma(p0i, l00r.fma(p1r, n00i.mul(p1i)))).intoArray(y, c1);
                n10r.fma(p0i, n10i.fma(p0r, l00r.fma(p1i, l00i.mul(p1r)))).intoArray(y, c1 + B);
            }
        }
    }

    /** ws.y ← ws.y · ws.inv. */
    static void normalise(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector fr = DoubleVector.fromArray(S, ws.inv, i);
            DoubleVector fi = DoubleVector.fromArray(S, ws.inv, B + i);
            for (int e = 0; e < SpinMatrices.SIZE; e += 2) {
                int at = e * B + i;
                DoubleVector re = DoubleVector.fromArray(S, y, at);
                DoubleVector im = DoubleVector.fromArray(S, y, at + B);
                re.mul(fr).sub(im.mul(fi)).intoArray(y, at);
                re.mul(fi).add(im.mul(fr)).intoArray(y, at + B);
            }
        }
    }
}
