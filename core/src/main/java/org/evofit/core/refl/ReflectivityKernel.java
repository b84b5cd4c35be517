package org.evofit.core.refl;

/**
 * The specular reflectivity of a {@link SlabStack}: the Parratt recursion with Névot–Croce
 * roughness, written for speed and for stability over thousands of layers.
 *
 * <h2>Physics</h2>
 * kz_j = sqrt(kz_0² − (U_j − U_0)) with kz_0 = |Q|/2, taking the root with Im kz_j ≥ 0 (a wave that
 * decays into the stack, which also picks the right branch below a critical edge). Interface j
 * reflects with r_j = (kz_{j−1} − kz_j)/(kz_{j−1} + kz_j)·exp(−2 kz_{j−1} kz_j σ_j²) and a wave
 * crossing slab j twice picks up p_j = exp(2i kz_j d_j). From the backing medium up,
 * X ← (r_j + X p_j)/(1 + r_j X p_j), starting at X = 0, and R = |X|² at the top.
 *
 * <h2>Numerics</h2>
 * X is carried as a fraction N/D and both are updated with the Fresnel fraction's own numerator
 * a = (kz_{j−1} − kz_j)·exp(…) and denominator b = kz_{j−1} + kz_j:
 * N ← a·D + b·N·p, D ← b·D + a·N·p. That needs no division per layer (one per Q at the end),
 * and every factor is bounded: |p| ≤ 1 because Im kz ≥ 0, so nothing grows the way transfer
 * matrices do in total reflection. N and D do scale by about |b| per layer, so every
 * {@link #RESCALE_EVERY} interfaces both are rescaled by the same power of two, which is exact.
 *
 * <h2>Speed</h2>
 * The Q values are processed in blocks, layer by layer: within a layer the work for different Q
 * values is independent, which lets the processor overlap the long latencies of sqrt, exp and
 * the trigonometric functions instead of waiting on one Q's chain through the stack. Everything
 * that does not depend on Q is taken out of the inner loop.
 *
 * <h2>Degenerate points</h2>
 * At Q = 0 exactly the result is the grazing-incidence limit ({@link #grazingLimit}). The recursion
 * is 0/0 where a slab's wavevector is exactly zero between two interfaces (Q exactly on its
 * critical edge, a measure-zero event); R is continuous there, so such a point is evaluated at the
 * next larger double Q instead. {@link KernelMath} supplies exp and a
 * combined sine and cosine that share one argument reduction.
 *
 * <p>Behind the {@link ParrattKernel} interface it is {@link KernelImplementation#SLAB}.
 */
public final class ReflectivityKernel {

    /** Interfaces between two rescalings of N and D; growth over these stays far from overflow. */
    static final int RESCALE_EVERY = 8;

    private ReflectivityKernel() {
    }

    /**
     * Writes R(q[i]) into out[i] for every i in [from, to). Allocates nothing.
     *
     * @param stack the layers
     * @param q     momentum transfer values, Å⁻¹ (the sign is ignored)
     * @param from  first index, inclusive
     * @param to    last index, exclusive
     * @param out   receives the reflectivities at the same indices as q
     * @param ws    scratch memory owned by the calling thread
     */
    public static void reflectivity(SlabStack stack, double[] q, int from, int to, double[] out,
            KernelWorkspace ws) {
        if (from < 0 || to > q.length || to > out.length || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") for " + q.length
                    + " Q values and " + out.length + " outputs");
        }
        for (int start = from; start < to; start += KernelWorkspace.BLOCK) {
            block(stack, q, start, Math.min(to, start + KernelWorkspace.BLOCK), out, ws);
        }
        for (int i = from; i < to; i++) {
            if (Double.isNaN(out[i]) && !Double.isNaN(q[i])) {
                out[i] = degenerate(stack, q[i], ws);
            }
        }
    }

    /**
     * R at Q → 0: one when any layer's potential differs from the fronting medium's (the top
     * interface then reflects with r → −1), zero for a stack that is all fronting medium.
     *
     * @param stack the layers
     * @return 1 or 0
     */
    public static double grazingLimit(SlabStack stack) {
        for (int j = 1; j < stack.layerCount(); j++) {
            if (stack.uRe()[j] != stack.uRe()[0] || stack.uIm()[j] != stack.uIm()[0]) {
                return 1;
            }
        }
        return 0;
    }

    /** R at a Q where the recursion met 0/0: its limit, from the next doubles above |Q|. */
    private static double degenerate(SlabStack stack, double q, KernelWorkspace ws) {
        double nudged = Math.abs(q);
        if (nudged == 0) {
            return grazingLimit(stack);
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            nudged = Math.nextUp(nudged);
            ws.single[0] = nudged;
            block(stack, ws.single, 0, 1, ws.singleOut, ws);
            if (!Double.isNaN(ws.singleOut[0])) {
                return ws.singleOut[0];
            }
        }
        return Double.NaN;
    }

    /**
     * Writes R(q[i]) into out[i] for every i. Allocates nothing.
     *
     * @param stack the layers
     * @param q     momentum transfer values, Å⁻¹
     * @param out   receives the reflectivities; at least as long as q
     * @param ws    scratch memory owned by the calling thread
     * @throws IllegalArgumentException for a negative thickness or roughness ({@link SlabStack#requirePhysical}),
     *                                  such as a model script computes from its parameters
     */
    public static void reflectivity(SlabStack stack, double[] q, double[] out, KernelWorkspace ws) {
        reflectivity(stack.requirePhysical(), q, 0, q.length, out, ws);
    }

    private static void block(SlabStack stack, double[] q, int start, int end, double[] out,
            KernelWorkspace ws) {
        final int len = end - start;
        final double[] kz0 = ws.kz0;
        final double[] kRe = ws.kRe;
        final double[] kIm = ws.kIm;
        final double[] nRe = ws.nRe;
        final double[] nIm = ws.nIm;
        final double[] dRe = ws.dRe;
        final double[] dIm = ws.dIm;
        final double[] uRe = stack.uRe();
        final double[] uIm = stack.uIm();
        final double[] thickness = stack.thickness();
        final double[] roughness = stack.roughness();
        final int last = stack.layerCount() - 1;
        final double u0r = uRe[0];
        final double u0i = uIm[0];

        // Backing medium: wavevector, and "nothing comes back from below" (N = 0, D = 1).
        final double vbr = uRe[last] - u0r;
        final double vbi = uIm[last] - u0i;
        for (int i = 0; i < len; i++) {
            double k0 = 0.5 * Math.abs(q[start + i]);
            kz0[i] = k0;
            double ar = k0 * k0 - vbr;
            double ai = -vbi;
            double m = Math.sqrt(ar * ar + ai * ai);
            double t = Math.sqrt(0.5 * (m + Math.abs(ar)));
            double h = t > 0 ? 0.5 * ai / t : 0;
            double kr = ar >= 0 ? t : h;
            double ki = ar >= 0 ? h : t;
            if (ki < 0) {
                kr = -kr;
                ki = -ki;
            }
            kRe[i] = kr;
            kIm[i] = ki;
            nRe[i] = 0;
            nIm[i] = 0;
            dRe[i] = 1;
            dIm[i] = 0;
        }

        for (int j = last; j >= 1; j--) {
            final boolean slab = j < last;
            final double twoD = 2 * thickness[j];
            final double sigma = roughness[j];
            final double s2 = -2 * sigma * sigma;
            final boolean top = j == 1;
            final double vr = uRe[j - 1] - u0r;
            final double vi = uIm[j - 1] - u0i;
            final boolean realPotential = vi == 0;
            for (int i = 0; i < len; i++) {
                final double kLr = kRe[i];
                final double kLi = kIm[i];
                final double k0 = kz0[i];
                // Wavevector of the layer above interface j.
                double kUr;
                double kUi;
                if (top) {
                    kUr = k0;
                    kUi = 0;
                } else if (realPotential) {
                    // A potential as real as the fronting medium's: kz is real or imaginary, one sqrt.
                    double ar = k0 * k0 - vr;
                    double t = Math.sqrt(Math.abs(ar));
                    kUr = ar >= 0 ? t : 0;
                    kUi = ar >= 0 ? 0 : t;
                } else {
                    double ar = k0 * k0 - vr;
                    double ai = -vi;
                    double m = Math.sqrt(ar * ar + ai * ai);
                    double t = Math.sqrt(0.5 * (m + Math.abs(ar)));
                    double h = t > 0 ? 0.5 * ai / t : 0;
                    kUr = ar >= 0 ? t : h;
                    kUi = ar >= 0 ? h : t;
                    if (kUi < 0) {
                        kUr = -kUr;
                        kUi = -kUi;
                    }
                }
                // N·p: the partial wave crosses slab j down and up.
                double nr = nRe[i];
                double ni = nIm[i];
                if (slab) {
                    // Without absorption above the edge the wave is not damped: skip the exp.
                    double e = kLi == 0 ? 1 : KernelMath.exp(-twoD * kLi);
                    double phase = twoD * kLr;
                    double pr = e * KernelMath.cosAt(phase);
                    double pi = e * KernelMath.sinAt(phase);
                    double tr = Math.fma(nr, pr, -ni * pi);
                    ni = Math.fma(nr, pi, ni * pr);
                    nr = tr;
                }
                // Fresnel fraction a/b of interface j.
                double ar = kUr - kLr;
                double ai = kUi - kLi;
                double br = kUr + kLr;
                double bi = kUi + kLi;
                if (s2 != 0) {
                    double xr = s2 * (kUr * kLr - kUi * kLi);
                    double xi = s2 * (kUr * kLi + kUi * kLr);
                    double g = KernelMath.exp(xr);
                    double gr;
                    double gi;
                    if (xi == 0) {
                        // Both wavevectors real (no absorption, above both edges): a real factor.
                        gr = g;
                        gi = 0;
                    } else {
                        gr = g * KernelMath.cosAt(xi);
                        gi = g * KernelMath.sinAt(xi);
                    }
                    double tr = Math.fma(ar, gr, -ai * gi);
                    ai = Math.fma(ar, gi, ai * gr);
                    ar = tr;
                }
                if (br == 0 && bi == 0) {
                    // Both wavevectors vanish (Q at a layer's own edge with equal potentials): no interface.
                    ar = 0;
                    ai = 0;
                    br = 1;
                }
                final double dr = dRe[i];
                final double di = dIm[i];
                nRe[i] = Math.fma(ar, dr, Math.fma(-ai, di, Math.fma(br, nr, -bi * ni)));
                nIm[i] = Math.fma(ar, di, Math.fma(ai, dr, Math.fma(br, ni, bi * nr)));
                dRe[i] = Math.fma(br, dr, Math.fma(-bi, di, Math.fma(ar, nr, -ai * ni)));
                dIm[i] = Math.fma(br, di, Math.fma(bi, dr, Math.fma(ar, ni, ai * nr)));
                kRe[i] = kUr;
                kIm[i] = kUi;
            }
            if ((last - j) % RESCALE_EVERY == RESCALE_EVERY - 1) {
                rescale(len, nRe, nIm, dRe, dIm);
            }
        }
        rescale(len, nRe, nIm, dRe, dIm);
        for (int i = 0; i < len; i++) {
            double nr = nRe[i];
            double ni = nIm[i];
            double dr = dRe[i];
            double di = dIm[i];
            out[start + i] = (nr * nr + ni * ni) / (dr * dr + di * di);
        }
    }

    /** Scales N and D by the same power of two so that D is of order one; exact in binary. */
    static void rescale(int len, double[] nRe, double[] nIm, double[] dRe, double[] dIm) {
        for (int i = 0; i < len; i++) {
            int e = Math.getExponent(Math.abs(dRe[i]) + Math.abs(dIm[i]));
            e = Math.max(-1000, Math.min(1000, e));
            double scale = Double.longBitsToDouble((long) (Double.MAX_EXPONENT - e) << 52);
            nRe[i] *= scale;
            nIm[i] *= scale;
            dRe[i] *= scale;
            dIm[i] *= scale;
        }
    }
}
