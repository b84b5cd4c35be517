package org.evofit.core.refl;

/**
 * One layer's step of {@link MagneticKernel} over a block of Q values, as short loops over the
 * workspace's structure-of-arrays state: wavevectors, interface blocks, the 2×2 solve and the crossing
 * of the layer. Every quantity is a range of rows of {@link MagneticWorkspace#BLOCK} doubles in one array,
 * ws.state, from the offset its field holds (ws.t for T, ...). Complex numbers are two rows (re, then im);
 * a 2×2 matrix is eight rows: re, im of 00, 01, 10, 11.
 * Short loops keep each body small enough for the compiler to schedule the independent Q values
 * together; their state stays in the L1 cache between them.
 */
final class MagneticSteps implements MagneticStepper {

    /** The one instance: the steps hold no state. */
    static final MagneticSteps SCALAR = new MagneticSteps();

    private static final int B = MagneticWorkspace.BLOCK;

    private MagneticSteps() {
    }

    @Override
    public int lanes() {
        return 1;
    }

    /**
     * Writes into k the wavevectors of layer j's two channels (rows re k0, im k0, re k1, im k1),
     * k = sqrt(kz² − (V − vin) + i·absorption) with Im k ≥ 0, as {@link ChannelRoots} takes them. Without
     * induction both channels see one potential and share one square root.
     */
    @Override
    public void roots(MagneticWorkspace ws, int j, double vin, int len, int k) {
        final double c0 = ws.v0[j] - vin;
        final double c1 = ws.v1[j] - vin;
        final double a = ws.absorption[j];
        final double[] s = ws.state;
        final int kz2 = ws.kz2();
        if (c1 == c0) {
            for (int i = 0; i < len; i++) {
                ChannelRoots.single(s[kz2 + i] - c0, a, s, k + i);
            }
            System.arraycopy(s, k, s, k + 2 * B, 2 * B);
            return;
        }
        for (int i = 0; i < len; i++) {
            ChannelRoots.pair(s[kz2 + i] - c0, s[kz2 + i] - c1, a, s, k + i);
        }
    }

    /**
     * The products of interface j's wavevectors into ws.kk: k_n·k_m (n a channel below, m one above) in
     * the two rows of element nm, and k_0·k_1 below in rows 8 and 9. The Névot–Croce exponents and the
     * interface blocks are both made of them, so each is taken once.
     */
    @Override
    public void products(MagneticWorkspace ws, int len) {
        final double[] s = ws.state;
        final int l = ws.lower;
        final int u = ws.upper;
        final int kk = ws.kk();
        for (int i = 0; i < len; i++) {
            double l0r = s[l + i];
            double l0i = s[l + B + i];
            double l1r = s[l + 2 * B + i];
            double l1i = s[l + 3 * B + i];
            double u0r = s[u + i];
            double u0i = s[u + B + i];
            double u1r = s[u + 2 * B + i];
            double u1i = s[u + 3 * B + i];
            product(s, kk, l0r, l0i, u0r, u0i, i);
            product(s, kk + 2 * B, l0r, l0i, u1r, u1i, i);
            product(s, kk + 4 * B, l1r, l1i, u0r, u0i, i);
            product(s, kk + 6 * B, l1r, l1i, u1r, u1i, i);
            product(s, kk + 8 * B, l0r, l0i, l1r, l1i, i);
        }
    }

    private static void product(double[] s, int at, double ar, double ai, double br, double bi, int i) {
        s[at + i] = ar * br - ai * bi;
        s[at + B + i] = ar * bi + ai * br;
    }

    /**
     * The Névot–Croce factors g_nm = exp(s2·k_m·k_n) of interface j into ws.g (m a channel above, n one
     * below; the products from {@link #products}), all one without roughness. g_00 is computed in full; the others are g_00 times the
     * exponential of the difference of their exponents, which the splitting of the two channels keeps
     * small at all but the lowest Q: a short series instead of the table-driven exp, cosine and sine,
     * divided into its range and squared back where it is not ({@link ReducedExp}). Collinear layers have no
     * spin-flip terms and skip g_01 and g_10.
     */
    @Override
    public void roughness(MagneticWorkspace ws, double s2, boolean flips, int len) {
        final double[] s = ws.state;
        final int g = ws.g();
        if (s2 == 0) {
            for (int e = 0; e < SpinMatrices.SIZE; e += 2) {
                java.util.Arrays.fill(s, g + e * B, g + (e + 1) * B, 1);
                java.util.Arrays.fill(s, g + (e + 1) * B, g + (e + 2) * B, 0);
            }
            return;
        }
        final int kk = ws.kk();
        for (int i = 0; i < len; i++) {
            double zr = s2 * s[kk + i];
            double zi = s2 * s[kk + B + i];
            double m = KernelMath.exp(zr);
            // The angle is the exponent's imaginary part, s2·Im(k_0·k_0): within the short series' range at all but
            // the lowest Q (every lane group of the benchmark's stacks), where the table costs gathers.
            boolean small = Math.abs(zi) <= KernelMath.EXP_SMALL_LIMIT;
            double gr = m * (small ? KernelMath.cosSmall(zi) : KernelMath.cosAt(zi));
            double gi = m * (small ? KernelMath.sinSmall(zi) : KernelMath.sinAt(zi));
            s[g + i] = gr;
            s[g + B + i] = gi;
            relative(ws, s2, 1, 1, zr, zi, gr, gi, i);
            if (flips) {
                relative(ws, s2, 1, 0, zr, zi, gr, gi, i);
                relative(ws, s2, 0, 1, zr, zi, gr, gi, i);
            }
        }
    }

    /**
     * g_nm = exp(z) with z = s2·k_m·k_n (m a channel above, n one below) at Q value i, from
     * g_00 = exp(z00) = gr + i·gi and the exponential of the difference (ws.fRe, ws.fIm its scratch), which
     * carries the same absolute rounding as either exponent.
     */
    private static void relative(MagneticWorkspace ws, double s2, int m, int n, double zr0, double zi0,
            double gr, double gi, int i) {
        final double[] s = ws.state;
        int at = (4 * n + 2 * m) * B + i;
        double zr = s2 * s[ws.kk() + at];
        double zi = s2 * s[ws.kk() + at + B];
        ReducedExp.intoNearlyReal(zr - zr0, zi - zi0, s, ws.fRe() + i, s, ws.fIm() + i);
        double cr = s[ws.fRe() + i];
        double ci = s[ws.fIm() + i];
        double fr = gr * cr - gi * ci;
        double fi = gr * ci + gi * cr;
        s[ws.g() + at] = fr;
        s[ws.g() + at + B] = fi;
    }

    /** An element of {@link MagneticStepper#blocks}, one Q value at a time. */
    @Override
    public void entries(double or, double oi, int other, int at, double s2, int len, MagneticWorkspace ws) {
        final double[] s = ws.state;
        final int kk = ws.kk();
        for (int i = 0; i < len; i++) {
            double pr = s[kk + 8 * B + i];
            double pi = s[kk + 9 * B + i];
            double qr = s[kk + other + i];
            double qi = s[kk + other + B + i];
            entry(or, oi, pr + qr, pi + qi, pr - qr, pi - qi, ws, at + i);
        }
    }

    /** One element of T and R: T = o·(ar + i·ai), R = o·(br + i·bi)·g. */
    private static void entry(double or, double oi, double ar, double ai, double br, double bi,
            MagneticWorkspace ws, int at) {
        final double[] s = ws.state;
        s[ws.t() + at] = or * ar - oi * ai;
        s[ws.t() + at + B] = or * ai + oi * ar;
        double fr = or * br - oi * bi;
        double fi = or * bi + oi * br;
        double gr = s[ws.g() + at];
        double gi = s[ws.g() + at + B];
        s[ws.r() + at] = fr * gr - fi * gi;
        s[ws.r() + at + B] = fr * gi + fi * gr;
    }

    /** ws.l ← T − Y·R and ws.p ← Y·T − R, with Y = ws.y the reflection matrix below, one element at a time. */
    @Override
    public void combine(MagneticWorkspace ws, int len) {
        final double[] s = ws.state;
        final int y = ws.y();
        final int t = ws.t();
        final int r = ws.r();
        for (int n = 0; n < 2; n++) {
            int yn = 4 * n * B;
            for (int m = 0; m < 2; m++) {
                int c0 = 2 * m * B;
                int c1 = (2 * m + 4) * B;
                int e = (4 * n + 2 * m) * B;
                for (int i = 0; i < len; i++) {
                    double a0r = s[y + yn + i];
                    double a0i = s[y + yn + B + i];
                    double a1r = s[y + yn + 2 * B + i];
                    double a1i = s[y + yn + 3 * B + i];
                    double r0r = s[r + c0 + i];
                    double r0i = s[r + c0 + B + i];
                    double r1r = s[r + c1 + i];
                    double r1i = s[r + c1 + B + i];
                    double t0r = s[t + c0 + i];
                    double t0i = s[t + c0 + B + i];
                    double t1r = s[t + c1 + i];
                    double t1i = s[t + c1 + B + i];
                    s[ws.l() + e + i] = s[t + e + i] - dotRe(a0r, a0i, r0r, r0i, a1r, a1i, r1r, r1i);
                    s[ws.l() + e + B + i] = s[t + e + B + i] - dotIm(a0r, a0i, r0r, r0i, a1r, a1i, r1r, r1i);
                    s[ws.p() + e + i] = dotRe(a0r, a0i, t0r, t0i, a1r, a1i, t1r, t1i) - s[r + e + i];
                    s[ws.p() + e + B + i] = dotIm(a0r, a0i, t0r, t0i, a1r, a1i, t1r, t1i) - s[r + e + B + i];
                }
            }
        }
    }

    /** ws.l ← T and ws.p ← −R: {@link #combine} below a backing medium, where Y = 0. */
    @Override
    public void bottom(MagneticWorkspace ws, int len) {
        final double[] s = ws.state;
        for (int e = 0; e < SpinMatrices.SIZE; e++) {
            for (int i = 0; i < len; i++) {
                s[ws.l() + e * B + i] = s[ws.t() + e * B + i];
                s[ws.p() + e * B + i] = -s[ws.r() + e * B + i];
            }
        }
    }

    /**
     * ws.y ← adj(L)·P and ws.inv ← 1/det(L), with L = ws.l and P = ws.p: X = L⁻¹·P is ws.y times ws.inv,
     * a factor that {@link #cross} or {@link #normalise} applies. Leaving it to them saves multiplying
     * the adjugate's four elements by it: it joins the crossing's phase factors instead.
     */
    @Override
    public void solve(MagneticWorkspace ws, int len) {
        final double[] s = ws.state;
        final int y = ws.y();
        final int l = ws.l();
        final int p = ws.p();
        for (int i = 0; i < len; i++) {
            double l00r = s[l + i];
            double l00i = s[l + B + i];
            double l01r = s[l + 2 * B + i];
            double l01i = s[l + 3 * B + i];
            double l10r = s[l + 4 * B + i];
            double l10i = s[l + 5 * B + i];
            double l11r = s[l + 6 * B + i];
            double l11i = s[l + 7 * B + i];
            double detR = dotRe(l00r, l00i, l11r, l11i, -l01r, -l01i, l10r, l10i);
            double detI = dotIm(l00r, l00i, l11r, l11i, -l01r, -l01i, l10r, l10i);
            double norm = 1 / (detR * detR + detI * detI);
            s[ws.inv() + i] = detR * norm;
            s[ws.inv() + B + i] = -detI * norm;
            // The rows of adj(L): (L11, −L01) and (−L10, L00).
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                double p0r = s[p + c0];
                double p0i = s[p + c0 + B];
                double p1r = s[p + c1];
                double p1i = s[p + c1 + B];
                s[y + c0] = dotRe(l11r, l11i, p0r, p0i, -l01r, -l01i, p1r, p1i);
                s[y + c0 + B] = dotIm(l11r, l11i, p0r, p0i, -l01r, -l01i, p1r, p1i);
                s[y + c1] = dotRe(-l10r, -l10i, p0r, p0i, l00r, l00i, p1r, p1i);
                s[y + c1 + B] = dotIm(-l10r, -l10i, p0r, p0i, l00r, l00i, p1r, p1i);
            }
        }
    }

    /** ws.y ← ws.y · ws.inv: the reflection matrix X itself, where no layer is crossed after {@link #solve}. */
    @Override
    public void normalise(MagneticWorkspace ws, int len) {
        final double[] s = ws.state;
        final int y = ws.y();
        for (int i = 0; i < len; i++) {
            double fr = s[ws.inv() + i];
            double fi = s[ws.inv() + B + i];
            for (int e = 0; e < SpinMatrices.SIZE; e += 2) {
                scale(s, y + e * B + i, fr, fi);
            }
        }
    }

    /**
     * ws.y ← E·X·E with X = ws.y·ws.inv (see {@link #solve}) and E = diag(exp(i·k_c·d)), k = ws.upper:
     * the reflection matrix at the top of the layer of thickness d. |E| ≤ 1 because Im k ≥ 0. The
     * factors e_m·e_n·inv come from e0² = exp(2i·k0·d), taken directly, and the ratio
     * f = e1/e0 = exp(i·(k1 − k0)·d): e0²·inv, then times f for the spin-flip elements, times f again for
     * the second channel's.
     */
    @Override
    public void cross(MagneticWorkspace ws, double d, int len) {
        if (d == 0) {
            normalise(ws, len);
            return;
        }
        final double[] s = ws.state;
        final int y = ws.y();
        final int k = ws.upper;
        for (int i = 0; i < len; i++) {
            // The damping across the layer is close to one above the channel's edge: the short series there.
            double x0 = -2 * s[k + B + i] * d;
            double m0 = Math.abs(x0) <= KernelMath.EXP_SMALL_LIMIT ? KernelMath.expSmall(x0) : KernelMath.exp(x0);
            double p0 = 2 * s[k + i] * d;
            double sr = m0 * KernelMath.cosAt(p0);
            double si = m0 * KernelMath.sinAt(p0);
            // f = exp(i·(k1 − k0)·d), close to one when the channels' phases differ little: the wide series.
            double dr = (s[k + 2 * B + i] - s[k + i]) * d;
            double di = (s[k + 3 * B + i] - s[k + B + i]) * d;
            ReducedExp.intoWide(-di, dr, s, ws.fRe() + i, s, ws.fIm() + i);
            double fr = s[ws.fRe() + i];
            double fi = s[ws.fIm() + i];
            double ir = s[ws.inv() + i];
            double ii = s[ws.inv() + B + i];
            double ar = sr * ir - si * ii;
            double ai = sr * ii + si * ir;
            scale(s, y + i, ar, ai);
            double br = ar * fr - ai * fi;
            double bi = ar * fi + ai * fr;
            scale(s, y + 2 * B + i, br, bi);
            scale(s, y + 4 * B + i, br, bi);
            scale(s, y + 6 * B + i, br * fr - bi * fi, br * fi + bi * fr);
        }
    }

    private static void scale(double[] s, int at, double fr, double fi) {
        double re = s[at];
        double im = s[at + B];
        s[at] = re * fr - im * fi;
        s[at + B] = re * fi + im * fr;
    }

    /** Re(a0·b0 + a1·b1). */
    private static double dotRe(double a0r, double a0i, double b0r, double b0i, double a1r, double a1i,
            double b1r, double b1i) {
        return Math.fma(a0r, b0r, Math.fma(-a0i, b0i, Math.fma(a1r, b1r, -a1i * b1i)));
    }

    /** Im(a0·b0 + a1·b1). */
    private static double dotIm(double a0r, double a0i, double b0r, double b0i, double a1r, double a1i,
            double b1r, double b1i) {
        return Math.fma(a0r, b0i, Math.fma(a0i, b0r, Math.fma(a1r, b1i, a1i * b1r)));
    }
}
