package org.evofit.core.refl;

/**
 * The Parratt recursion of {@link ReflectivityKernel} for a {@link LayerSequence}: wavevectors and
 * phase factors are computed once per distinct layer, Fresnel coefficients once per distinct
 * interface, and the walk through the stack then costs a few complex multiplications per slab. For
 * a periodic multilayer this removes almost all square roots, exponentials and sines from the
 * per-slab work; the result is the same recursion, the same numbers to rounding.
 *
 * <p>Per block of Q values: kz_l for every distinct layer l (root with Im ≥ 0), p_l = exp(2i kz_l d_l)
 * for every distinct slab, and for every distinct interface the Fresnel fraction
 * a = (kz_up − kz_low)·exp(−2 kz_up kz_low σ²), b = kz_up + kz_low. From the backing medium up,
 * N ← a·D + b·N·p, D ← b·D + a·N·p (N = 0, D = 1 at the bottom), rescaled now and then by a power
 * of two, and R = |N/D|².
 *
 * <p>Behind the {@link ParrattKernel} interface it is {@link KernelImplementation#SEQUENCE}, the
 * production kernel. With a periodic workspace ({@link Workspace#Workspace(boolean)}) it is
 * {@link KernelImplementation#PERIODIC}: runs of a repeated block of slabs ({@link RepeatPlan}) are
 * walked as a power of the block's matrix ({@link PowerWalk}), the rest slab by slab as before.
 */
public final class SequenceKernel {

    static final int BLOCK = 64;
    /** Each step scales N and D by at most about 4·max|kz| (≲ 4 for Q ≲ 2 Å⁻¹), so 32 steps stay far from overflow. */
    private static final int RESCALE_EVERY = 32;

    private SequenceKernel() {
    }

    /** Per-thread scratch memory, grown to the largest sequence seen. */
    public static final class Workspace {
        double[] kzRe = new double[0];
        double[] kzIm = new double[0];
        double[] pRe = new double[0];
        double[] pIm = new double[0];
        double[] aRe = new double[0];
        double[] aIm = new double[0];
        double[] bRe = new double[0];
        double[] bIm = new double[0];
        final double[] nRe = new double[BLOCK];
        final double[] nIm = new double[BLOCK];
        final double[] dRe = new double[BLOCK];
        final double[] dIm = new double[BLOCK];
        final KernelWorkspace fallback = new KernelWorkspace();
        /** Whether each distinct layer is used as a slab, strictly inside the stack. */
        boolean[] slab = new boolean[0];
        private final RepeatPlan plan = new RepeatPlan();
        /** Null for the plain walk. */
        private final PowerWalk power;

        /** Scratch for the plain walk, slab by slab ({@link KernelImplementation#SEQUENCE}). */
        public Workspace() {
            this(false);
        }

        /**
         * Scratch for the plain walk or, when {@code periodic}, for the walk that takes repeated blocks
         * of slabs as matrix powers ({@link KernelImplementation#PERIODIC}).
         */
        public Workspace(boolean periodic) {
            power = periodic ? new PowerWalk() : null;
        }

        private void ensure(int layers, int interfaces) {
            if (slab.length < layers) {
                slab = new boolean[layers];
            }
            if (kzRe.length < layers * BLOCK) {
                kzRe = new double[layers * BLOCK];
                kzIm = new double[layers * BLOCK];
                pRe = new double[layers * BLOCK];
                pIm = new double[layers * BLOCK];
            }
            if (aRe.length < interfaces * BLOCK) {
                aRe = new double[interfaces * BLOCK];
                aIm = new double[interfaces * BLOCK];
                bRe = new double[interfaces * BLOCK];
                bIm = new double[interfaces * BLOCK];
            }
        }
    }

    /**
     * Writes R(q[i]) into out[i] for every i. Allocates nothing once the workspace has grown.
     *
     * @param s   the stack (at least two positions)
     * @param q   momentum transfer values, Å⁻¹ (the sign is ignored)
     * @param out receives R at the same indices
     * @param ws  scratch memory owned by the calling thread
     * @throws IllegalArgumentException for a negative thickness or roughness ({@link LayerSequence#requirePhysical}),
     *                                  such as a model script computes from its parameters
     */
    public static void reflectivity(LayerSequence s, double[] q, double[] out, Workspace ws) {
        reflectivity(s.requirePhysical(), q, 0, q.length, out, ws);
    }

    /**
     * Writes R(q[i]) into out[i] for every i in [from, to). Allocates nothing once the workspace
     * has grown.
     *
     * @param s    the stack (at least two positions)
     * @param q    momentum transfer values, Å⁻¹ (the sign is ignored)
     * @param from first index, inclusive
     * @param to   last index, exclusive
     * @param out  receives R at the same indices
     * @param ws   scratch memory owned by the calling thread
     */
    public static void reflectivity(LayerSequence s, double[] q, int from, int to, double[] out, Workspace ws) {
        prepare(s, q, from, to, out, ws);
        if (ws.power != null) {
            ws.plan.plan(s);
        } else {
            ws.plan.none(s);
        }
        boolean degenerate = false;
        for (int start = from; start < to; start += BLOCK) {
            degenerate |= block(s, q, start, Math.min(to, start + BLOCK), out, ws);
        }
        if (degenerate) {
            resolveDegenerate(s, q, from, to, out, ws);
        }
    }

    /**
     * Checks the arguments, grows the workspace to the stack and marks the layers used as slabs
     * ({@link Workspace#slab}): only layers strictly inside the stack need phase factors.
     */
    static void prepare(LayerSequence s, double[] q, int from, int to, double[] out, Workspace ws) {
        if (s.length < 2) {
            throw new IllegalArgumentException("a stack needs a fronting and a backing medium");
        }
        if (from < 0 || to > q.length || to > out.length || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") for " + q.length
                    + " Q values and " + out.length + " outputs");
        }
        ws.ensure(s.layers, s.interfaces);
        java.util.Arrays.fill(ws.slab, 0, s.layers, false);
        for (int j = 1; j < s.length - 1; j++) {
            ws.slab[s.sequence[j]] = true;
        }
    }

    /**
     * Evaluates again, with the general kernel, every result in [from, to) that is NaN: Q exactly at
     * a critical edge can meet 0/0, and the general kernel resolves those limits.
     */
    static void resolveDegenerate(LayerSequence s, double[] q, int from, int to, double[] out, Workspace ws) {
        SlabStack stack = s.toSlabStack();
        for (int i = from; i < to; i++) {
            if (Double.isNaN(out[i])) {
                ReflectivityKernel.reflectivity(stack, q, i, i + 1, out, ws.fallback);
            }
        }
    }

    private static boolean block(LayerSequence s, double[] q, int start, int end, double[] out, Workspace ws) {
        final int len = end - start;
        final int ambient = s.sequence[0];
        final double u0r = s.uRe[ambient];
        final double u0i = s.uIm[ambient];
        // Wavevectors of every distinct layer, and phase factors of every layer used as a slab.
        for (int l = 0; l < s.layers; l++) {
            final double vr = s.uRe[l] - u0r;
            final double vi = s.uIm[l] - u0i;
            final double twoD = 2 * s.thickness[l];
            final int o = l * BLOCK;
            final boolean slab = ws.slab[l];
            for (int i = 0; i < len; i++) {
                double k0 = 0.5 * Math.abs(q[start + i]);
                double ar = k0 * k0 - vr;
                double ai = -vi;
                double m = Math.sqrt(ar * ar + ai * ai);
                double t = Math.sqrt(0.5 * (m + Math.abs(ar)));
                double h = t > 0 ? 0.5 * ai / t : 0;
                double kr = ar >= 0 ? t : h;
                double ki = ar >= 0 ? h : t;
                if (ki < 0) {
                    kr = -kr;
                    ki = -ki;
                }
                if (vr == 0 && vi == 0) {
                    kr = k0;
                    ki = 0;
                }
                ws.kzRe[o + i] = kr;
                ws.kzIm[o + i] = ki;
                if (slab) {
                    double e = KernelMath.exp(-twoD * ki);
                    double phase = twoD * kr;
                    ws.pRe[o + i] = e * KernelMath.cosAt(phase);
                    ws.pIm[o + i] = e * KernelMath.sinAt(phase);
                }
            }
        }
        // Fresnel fractions of every distinct interface.
        for (int k = 0; k < s.interfaces; k++) {
            final int up = s.upper[k] * BLOCK;
            final int low = s.lower[k] * BLOCK;
            final double s2 = -2 * s.sigma[k] * s.sigma[k];
            final int o = k * BLOCK;
            for (int i = 0; i < len; i++) {
                double kUr = ws.kzRe[up + i];
                double kUi = ws.kzIm[up + i];
                double kLr = ws.kzRe[low + i];
                double kLi = ws.kzIm[low + i];
                double ar = kUr - kLr;
                double ai = kUi - kLi;
                double br = kUr + kLr;
                double bi = kUi + kLi;
                if (s2 != 0) {
                    double xr = s2 * (kUr * kLr - kUi * kLi);
                    double xi = s2 * (kUr * kLi + kUi * kLr);
                    double g = KernelMath.exp(xr);
                    double gr = g * KernelMath.cosAt(xi);
                    double gi = g * KernelMath.sinAt(xi);
                    double tr = ar * gr - ai * gi;
                    ai = ar * gi + ai * gr;
                    ar = tr;
                }
                if (br == 0 && bi == 0) {
                    ar = 0;
                    ai = 0;
                    br = 1;
                }
                ws.aRe[o + i] = ar;
                ws.aIm[o + i] = ai;
                ws.bRe[o + i] = br;
                ws.bIm[o + i] = bi;
            }
        }
        // The walk from the backing medium up.
        final double[] nRe = ws.nRe;
        final double[] nIm = ws.nIm;
        final double[] dRe = ws.dRe;
        final double[] dIm = ws.dIm;
        for (int i = 0; i < len; i++) {
            nRe[i] = 0;
            nIm[i] = 0;
            dRe[i] = 1;
            dIm[i] = 0;
        }
        final int last = s.length - 1;
        int steps = 0;
        for (int j = last; j >= 1; j--) {
            final int period = ws.plan.period(j);
            if (period > 0) {
                final int count = ws.plan.count(j);
                ws.power.walk(s, j, period, count, len, ws);
                j -= period * count - 1;
                steps = 0;
                continue;
            }
            final int o = s.interfaceAt[j] * BLOCK;
            final int p = s.sequence[j] * BLOCK;
            final boolean slab = j < last;
            final double[] aR = ws.aRe;
            final double[] aI = ws.aIm;
            final double[] bR = ws.bRe;
            final double[] bI = ws.bIm;
            final double[] pR = ws.pRe;
            final double[] pI = ws.pIm;
            for (int i = 0; i < len; i++) {
                double nr = nRe[i];
                double ni = nIm[i];
                if (slab) {
                    double pr = pR[p + i];
                    double pi = pI[p + i];
                    double tr = nr * pr - ni * pi;
                    ni = nr * pi + ni * pr;
                    nr = tr;
                }
                double ar = aR[o + i];
                double ai = aI[o + i];
                double br = bR[o + i];
                double bi = bI[o + i];
                double dr = dRe[i];
                double di = dIm[i];
                nRe[i] = ar * dr - ai * di + br * nr - bi * ni;
                nIm[i] = ar * di + ai * dr + br * ni + bi * nr;
                dRe[i] = br * dr - bi * di + ar * nr - ai * ni;
                dIm[i] = br * di + bi * dr + ar * ni + ai * nr;
            }
            if (++steps == RESCALE_EVERY) {
                ReflectivityKernel.rescale(len, nRe, nIm, dRe, dIm);
                steps = 0;
            }
        }
        ReflectivityKernel.rescale(len, nRe, nIm, dRe, dIm);
        boolean nan = false;
        for (int i = 0; i < len; i++) {
            double nr = nRe[i];
            double ni = nIm[i];
            double dr = dRe[i];
            double di = dIm[i];
            double r = (nr * nr + ni * ni) / (dr * dr + di * di);
            out[start + i] = r;
            nan |= Double.isNaN(r);
        }
        return nan;
    }

}
