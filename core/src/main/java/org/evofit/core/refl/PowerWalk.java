package org.evofit.core.refl;

/**
 * The Parratt walk over a repeated block of slabs as a matrix power, for {@link SequenceKernel}'s
 * periodic implementation ({@link KernelImplementation#PERIODIC}).
 *
 * <p>One step of the walk, at a slab with phase factor p under an interface with Fresnel terms a and
 * b, is (N, D) ← M·(N, D) with M = [[b·p, a], [a·p, b]]. A run of {@code count} identical blocks
 * ({@link RepeatPlan}) is therefore U^count with U the product of the block's steps: U is built once
 * (about twice the work of walking the block), then applied by repeated squaring, so a stack of
 * n repetitions costs log₂ n squarings instead of n blocks.
 *
 * <p>Entries of a power grow or shrink geometrically with the exponent (|b| ≈ 2 kz), so U is rescaled
 * by a power of two after it is built and after every squaring, and (N, D) after every
 * application: a power of two is exact, and a common factor of N and D leaves R = |N/D|² unchanged.
 * The walk's numbers change only by rounding: the products are associated differently.
 */
final class PowerWalk {

    private static final int BLOCK = SequenceKernel.BLOCK;

    private final double[] m00r = new double[BLOCK];
    private final double[] m00i = new double[BLOCK];
    private final double[] m01r = new double[BLOCK];
    private final double[] m01i = new double[BLOCK];
    private final double[] m10r = new double[BLOCK];
    private final double[] m10i = new double[BLOCK];
    private final double[] m11r = new double[BLOCK];
    private final double[] m11i = new double[BLOCK];

    /**
     * Walks a run: {@code count} blocks of {@code period} slabs, the lowest block's bottom slab at
     * position {@code bottom}, updating N and D of the first {@code len} Q values in {@code ws}.
     */
    void walk(LayerSequence s, int bottom, int period, int count, int len, SequenceKernel.Workspace ws) {
        unit(s, bottom, period, len, ws);
        int c = count;
        while (true) {
            if ((c & 1) != 0) {
                apply(len, ws);
            }
            c >>>= 1;
            if (c == 0) {
                return;
            }
            square(len);
        }
    }

    /** U = M(top of block) ··· M(bottom): the block's steps in the walk's order, then rescaled. */
    private void unit(LayerSequence s, int bottom, int period, int len, SequenceKernel.Workspace ws) {
        java.util.Arrays.fill(m00r, 0, len, 1);
        java.util.Arrays.fill(m00i, 0, len, 0);
        java.util.Arrays.fill(m01r, 0, len, 0);
        java.util.Arrays.fill(m01i, 0, len, 0);
        java.util.Arrays.fill(m10r, 0, len, 0);
        java.util.Arrays.fill(m10i, 0, len, 0);
        java.util.Arrays.fill(m11r, 0, len, 1);
        java.util.Arrays.fill(m11i, 0, len, 0);
        for (int j = bottom; j > bottom - period; j--) {
            final int o = s.interfaceAt[j] * BLOCK;
            final int p = s.sequence[j] * BLOCK;
            for (int i = 0; i < len; i++) {
                double pr = ws.pRe[p + i];
                double pi = ws.pIm[p + i];
                double ar = ws.aRe[o + i];
                double ai = ws.aIm[o + i];
                double br = ws.bRe[o + i];
                double bi = ws.bIm[o + i];
                // Left-multiplied by [[b·p, a], [a·p, b]].
                double bpr = br * pr - bi * pi;
                double bpi = br * pi + bi * pr;
                double apr = ar * pr - ai * pi;
                double api = ar * pi + ai * pr;
                double x0r = m00r[i];
                double x0i = m00i[i];
                double x1r = m01r[i];
                double x1i = m01i[i];
                double y0r = m10r[i];
                double y0i = m10i[i];
                double y1r = m11r[i];
                double y1i = m11i[i];
                m00r[i] = bpr * x0r - bpi * x0i + ar * y0r - ai * y0i;
                m00i[i] = bpr * x0i + bpi * x0r + ar * y0i + ai * y0r;
                m01r[i] = bpr * x1r - bpi * x1i + ar * y1r - ai * y1i;
                m01i[i] = bpr * x1i + bpi * x1r + ar * y1i + ai * y1r;
                m10r[i] = apr * x0r - api * x0i + br * y0r - bi * y0i;
                m10i[i] = apr * x0i + api * x0r + br * y0i + bi * y0r;
                m11r[i] = apr * x1r - api * x1i + br * y1r - bi * y1i;
                m11i[i] = apr * x1i + api * x1r + br * y1i + bi * y1r;
            }
        }
        rescale(len);
    }

    /** U ← U², rescaled. */
    private void square(int len) {
        for (int i = 0; i < len; i++) {
            double ar = m00r[i];
            double ai = m00i[i];
            double br = m01r[i];
            double bi = m01i[i];
            double cr = m10r[i];
            double ci = m10i[i];
            double dr = m11r[i];
            double di = m11i[i];
            double tr = br * cr - bi * ci;
            double ti = br * ci + bi * cr;
            double sr = ar + dr;
            double si = ai + di;
            m00r[i] = ar * ar - ai * ai + tr;
            m00i[i] = 2 * ar * ai + ti;
            m11r[i] = dr * dr - di * di + tr;
            m11i[i] = 2 * dr * di + ti;
            m01r[i] = br * sr - bi * si;
            m01i[i] = br * si + bi * sr;
            m10r[i] = cr * sr - ci * si;
            m10i[i] = cr * si + ci * sr;
        }
        rescale(len);
    }

    /** (N, D) ← U·(N, D), rescaled. */
    private void apply(int len, SequenceKernel.Workspace ws) {
        final double[] nRe = ws.nRe;
        final double[] nIm = ws.nIm;
        final double[] dRe = ws.dRe;
        final double[] dIm = ws.dIm;
        for (int i = 0; i < len; i++) {
            double nr = nRe[i];
            double ni = nIm[i];
            double dr = dRe[i];
            double di = dIm[i];
            double xr = m00r[i] * nr - m00i[i] * ni + m01r[i] * dr - m01i[i] * di;
            double xi = m00r[i] * ni + m00i[i] * nr + m01r[i] * di + m01i[i] * dr;
            double yr = m10r[i] * nr - m10i[i] * ni + m11r[i] * dr - m11i[i] * di;
            double yi = m10r[i] * ni + m10i[i] * nr + m11r[i] * di + m11i[i] * dr;
            double scale = powerOfTwoBelow(Math.abs(xr) + Math.abs(xi) + Math.abs(yr) + Math.abs(yi));
            nRe[i] = xr * scale;
            nIm[i] = xi * scale;
            dRe[i] = yr * scale;
            dIm[i] = yi * scale;
        }
    }

    /** Divides U's entries at each Q by the power of two at or below their largest size. */
    private void rescale(int len) {
        for (int i = 0; i < len; i++) {
            double largest = Math.max(Math.max(Math.abs(m00r[i]) + Math.abs(m00i[i]), Math.abs(m01r[i]) + Math.abs(m01i[i])),
                    Math.max(Math.abs(m10r[i]) + Math.abs(m10i[i]), Math.abs(m11r[i]) + Math.abs(m11i[i])));
            double scale = powerOfTwoBelow(largest);
            m00r[i] *= scale;
            m00i[i] *= scale;
            m01r[i] *= scale;
            m01i[i] *= scale;
            m10r[i] *= scale;
            m10i[i] *= scale;
            m11r[i] *= scale;
            m11i[i] *= scale;
        }
    }

    /** 2^−e for x's binary exponent e, kept within the normal range (zero, NaN and infinity stay so). */
    private static double powerOfTwoBelow(double x) {
        int e = Math.max(-1000, Math.min(1000, Math.getExponent(x)));
        return Double.longBitsToDouble((long) (Double.MAX_EXPONENT - e) << 52);
    }
}
