package org.evofit.core.refl;

import static org.evofit.core.refl.VectorMagneticSteps.at;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MagneticSteps#solve} and {@link MagneticSteps#normalise} with one lane per Q value, the same
 * operations in the same order (see {@link VectorMagneticSteps}). {@code len} a multiple of the lane count.
 */
final class VectorMagneticSolve {

    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int LANES = S.length();
    private static final int B = MagneticWorkspace.BLOCK;

    private VectorMagneticSolve() {
    }

    /** ws.y ← adj(L)·P and ws.inv ← 1/det(L), with L = ws.l and P = ws.p. */
    static void solve(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        final double[] l = ws.l;
        final double[] p = ws.p;
        final DoubleVector one = DoubleVector.broadcast(S, 1);
        for (int i = 0; i < len; i += LANES) {
            DoubleVector l00r = at(l, i);
            DoubleVector l00i = at(l, B + i);
            DoubleVector l01r = at(l, 2 * B + i);
            DoubleVector l01i = at(l, 3 * B + i);
            DoubleVector l10r = at(l, 4 * B + i);
            DoubleVector l10i = at(l, 5 * B + i);
            DoubleVector l11r = at(l, 6 * B + i);
            DoubleVector l11i = at(l, 7 * B + i);
            DoubleVector n01r = l01r.neg();
            DoubleVector n01i = l01i.neg();
            DoubleVector n10r = l10r.neg();
            DoubleVector n10i = l10i.neg();
            DoubleVector detR = dotRe(l00r, l00i, l11r, l11i, n01r, n01i, l10r, l10i);
            DoubleVector detI = dotIm(l00r, l00i, l11r, l11i, n01r, n01i, l10r, l10i);
            DoubleVector norm = one.div(detR.mul(detR).add(detI.mul(detI)));
            detR.mul(norm).intoArray(ws.inv, i);
            detI.neg().mul(norm).intoArray(ws.inv, B + i);
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                DoubleVector p0r = at(p, c0);
                DoubleVector p0i = at(p, c0 + B);
                DoubleVector p1r = at(p, c1);
                DoubleVector p1i = at(p, c1 + B);
                dotRe(l11r, l11i, p0r, p0i, n01r, n01i, p1r, p1i).intoArray(y, c0);
                dotIm(l11r, l11i, p0r, p0i, n01r, n01i, p1r, p1i).intoArray(y, c0 + B);
                dotRe(n10r, n10i, p0r, p0i, l00r, l00i, p1r, p1i).intoArray(y, c1);
                dotIm(n10r, n10i, p0r, p0i, l00r, l00i, p1r, p1i).intoArray(y, c1 + B);
            }
        }
    }

    /** ws.y ← ws.y · ws.inv. */
    static void normalise(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        for (int i = 0; i < len; i += LANES) {
            DoubleVector fr = at(ws.inv, i);
            DoubleVector fi = at(ws.inv, B + i);
            for (int e = 0; e < SpinMatrices.SIZE; e += 2) {
                scale(y, e * B + i, fr, fi);
            }
        }
    }

    /** y[at] + i·y[at + B] times fr + i·fi, in place. */
    static void scale(double[] y, int at, DoubleVector fr, DoubleVector fi) {
        DoubleVector re = at(y, at);
        DoubleVector im = at(y, at + B);
        re.mul(fr).sub(im.mul(fi)).intoArray(y, at);
        re.mul(fi).add(im.mul(fr)).intoArray(y, at + B);
    }

    /** Re(a0·b0 + a1·b1), fused as {@link MagneticSteps} does. */
    private static DoubleVector dotRe(DoubleVector a0r, DoubleVector a0i, DoubleVector b0r, DoubleVector b0i,
            DoubleVector a1r, DoubleVector a1i, DoubleVector b1r, DoubleVector b1i) {
        return a0r.fma(b0r, a0i.neg().fma(b0i, a1r.fma(b1r, a1i.neg().mul(b1i))));
    }

    /** Im(a0·b0 + a1·b1). */
    private static DoubleVector dotIm(DoubleVector a0r, DoubleVector a0i, DoubleVector b0r, DoubleVector b0i,
            DoubleVector a1r, DoubleVector a1i, DoubleVector b1r, DoubleVector b1i) {
        return a0r.fma(b0i, a0i.fma(b0r, a1r.fma(b1i, a1i.mul(b1r))));
    }
}
