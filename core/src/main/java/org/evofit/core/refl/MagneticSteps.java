package org.evofit.core.refl;

/**
 * One layer's step of {@link MagneticKernel} over a block of Q values, as short loops over the
 * workspace's structure-of-arrays state: wavevectors, interface blocks, the 2×2 solve and the crossing
 * of the layer. Complex numbers are held as two arrays (or two rows of one array, at offsets that are
 * multiples of {@link MagneticWorkspace#BLOCK}); a 2×2 matrix is eight rows: re, im of 00, 01, 10, 11.
 * Short loops keep each body small enough for the compiler to schedule the independent Q values
 * together; their state stays in the L1 cache between them.
 */
final class MagneticSteps {

    private static final int B = MagneticWorkspace.BLOCK;

    private MagneticSteps() {
    }

    /**
     * Writes into k the wavevectors of layer j's two channels (rows re k0, im k0, re k1, im k1),
     * k = sqrt(kz² − (V − vin) + i·absorption) with Im k ≥ 0. Without induction both channels see one
     * potential and share one square root.
     */
    static void roots(MagneticWorkspace ws, int j, double vin, int len, double[] k) {
        final double c0 = ws.v0[j] - vin;
        final double c1 = ws.v1[j] - vin;
        final double a = ws.absorption[j];
        final double[] kz2 = ws.kz2;
        for (int i = 0; i < len; i++) {
            root(kz2[i] - c0, a, k, i);
        }
        if (c1 == c0) {
            System.arraycopy(k, 0, k, 2 * B, 2 * B);
            return;
        }
        for (int i = 0; i < len; i++) {
            root(kz2[i] - c1, a, k, 2 * B + i);
        }
    }

    /** k[at] + i·k[at + B] = the square root of re + i·im with a non-negative imaginary part. */
    private static void root(double re, double im, double[] k, int at) {
        double m = Math.sqrt(re * re + im * im);
        double t = Math.sqrt(0.5 * (m + Math.abs(re)));
        double h = t > 0 ? 0.5 * im / t : 0;
        double kr = re >= 0 ? t : h;
        double ki = re >= 0 ? h : t;
        if (ki < 0 || ki == 0 && kr < 0) {
            kr = -kr;
            ki = -ki;
        }
        k[at] = kr;
        k[at + B] = ki;
    }

    /**
     * The blocks of interface j (ws.upper above, ws.lower below) into ws.t and ws.r:
     * T_nm = O_nm·k_{1−n}·(k_n + k_m), R_nm = O_nm·k_{1−n}·(k_n − k_m)·exp(s2·k_m·k_n), n a channel
     * below, m one above (see {@link MagneticKernel}). Collinear layers have no spin-flip terms.
     */
    static void blocks(MagneticWorkspace ws, int j, double s2, int len) {
        final double[] o = ws.overlaps;
        final int base = SpinMatrices.SIZE * j;
        final double o00r = o[base];
        final double o00i = o[base + 1];
        final double o01r = o[base + 2];
        final double o01i = o[base + 3];
        final double o10r = o[base + 4];
        final double o10i = o[base + 5];
        final double o11r = o[base + 6];
        final double o11i = o[base + 7];
        final boolean flips = o01r != 0 || o01i != 0 || o10r != 0 || o10i != 0;
        final double[] l = ws.lower;
        final double[] u = ws.upper;
        final double[] t = ws.t;
        final double[] r = ws.r;
        for (int i = 0; i < len; i++) {
            double l0r = l[i];
            double l0i = l[B + i];
            double l1r = l[2 * B + i];
            double l1i = l[3 * B + i];
            double u0r = u[i];
            double u0i = u[B + i];
            double u1r = u[2 * B + i];
            double u1i = u[3 * B + i];
            entry(o00r, o00i, l1r, l1i, l0r, l0i, u0r, u0i, s2, t, r, i);
            entry(o11r, o11i, l0r, l0i, l1r, l1i, u1r, u1i, s2, t, r, 6 * B + i);
            if (flips) {
                entry(o01r, o01i, l1r, l1i, l0r, l0i, u1r, u1i, s2, t, r, 2 * B + i);
                entry(o10r, o10i, l0r, l0i, l1r, l1i, u0r, u0i, s2, t, r, 4 * B + i);
            }
        }
        if (!flips) {
            java.util.Arrays.fill(t, 2 * B, 6 * B, 0);
            java.util.Arrays.fill(r, 2 * B, 6 * B, 0);
        }
    }

    /**
     * One element of T and R: w = o·(kor + i·koi) (the overlap times the other channel's k below),
     * T = w·(kl + ku), R = w·(kl − ku)·exp(s2·ku·kl).
     */
    private static void entry(double or, double oi, double kor, double koi, double lr, double li, double ur,
            double ui, double s2, double[] t, double[] r, int at) {
        double wr = or * kor - oi * koi;
        double wi = or * koi + oi * kor;
        double ar = lr + ur;
        double ai = li + ui;
        t[at] = wr * ar - wi * ai;
        t[at + B] = wr * ai + wi * ar;
        double br = lr - ur;
        double bi = li - ui;
        double fr = wr * br - wi * bi;
        double fi = wr * bi + wi * br;
        if (s2 != 0) {
            double xr = s2 * (ur * lr - ui * li);
            double xi = s2 * (ur * li + ui * lr);
            double g = KernelMath.exp(xr);
            double gr = g * KernelMath.cosAt(xi);
            double gi = g * KernelMath.sinAt(xi);
            double hr = fr * gr - fi * gi;
            fi = fr * gi + fi * gr;
            fr = hr;
        }
        r[at] = fr;
        r[at + B] = fi;
    }

    /** ws.t ← T − Y·R and ws.r ← Y·T − R, with Y = ws.y the reflection matrix below. */
    static void combine(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        final double[] t = ws.t;
        final double[] r = ws.r;
        for (int i = 0; i < len; i++) {
            double y00r = y[i];
            double y00i = y[B + i];
            double y01r = y[2 * B + i];
            double y01i = y[3 * B + i];
            double y10r = y[4 * B + i];
            double y10i = y[5 * B + i];
            double y11r = y[6 * B + i];
            double y11i = y[7 * B + i];
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                double t0r = t[c0];
                double t0i = t[c0 + B];
                double t1r = t[c1];
                double t1i = t[c1 + B];
                double r0r = r[c0];
                double r0i = r[c0 + B];
                double r1r = r[c1];
                double r1i = r[c1 + B];
                t[c0] = t0r - dotRe(y00r, y00i, r0r, r0i, y01r, y01i, r1r, r1i);
                t[c0 + B] = t0i - dotIm(y00r, y00i, r0r, r0i, y01r, y01i, r1r, r1i);
                t[c1] = t1r - dotRe(y10r, y10i, r0r, r0i, y11r, y11i, r1r, r1i);
                t[c1 + B] = t1i - dotIm(y10r, y10i, r0r, r0i, y11r, y11i, r1r, r1i);
                r[c0] = dotRe(y00r, y00i, t0r, t0i, y01r, y01i, t1r, t1i) - r0r;
                r[c0 + B] = dotIm(y00r, y00i, t0r, t0i, y01r, y01i, t1r, t1i) - r0i;
                r[c1] = dotRe(y10r, y10i, t0r, t0i, y11r, y11i, t1r, t1i) - r1r;
                r[c1 + B] = dotIm(y10r, y10i, t0r, t0i, y11r, y11i, t1r, t1i) - r1i;
            }
        }
    }

    /** ws.y ← L⁻¹·P with L = ws.t and P = ws.r, by the adjugate: one division per Q value. */
    static void solve(MagneticWorkspace ws, int len) {
        final double[] y = ws.y;
        final double[] l = ws.t;
        final double[] p = ws.r;
        for (int i = 0; i < len; i++) {
            double l00r = l[i];
            double l00i = l[B + i];
            double l01r = l[2 * B + i];
            double l01i = l[3 * B + i];
            double l10r = l[4 * B + i];
            double l10i = l[5 * B + i];
            double l11r = l[6 * B + i];
            double l11i = l[7 * B + i];
            double detR = dotRe(l00r, l00i, l11r, l11i, -l01r, -l01i, l10r, l10i);
            double detI = dotIm(l00r, l00i, l11r, l11i, -l01r, -l01i, l10r, l10i);
            double norm = 1 / (detR * detR + detI * detI);
            double invR = detR * norm;
            double invI = -detI * norm;
            // The rows of adj(L)/det: (L11, −L01) and (−L10, L00), each times 1/det.
            double a00r = l11r * invR - l11i * invI;
            double a00i = l11r * invI + l11i * invR;
            double a01r = l01i * invI - l01r * invR;
            double a01i = -(l01r * invI + l01i * invR);
            double a10r = l10i * invI - l10r * invR;
            double a10i = -(l10r * invI + l10i * invR);
            double a11r = l00r * invR - l00i * invI;
            double a11i = l00r * invI + l00i * invR;
            for (int col = 0; col < 2; col++) {
                int c0 = 2 * col * B + i;
                int c1 = (2 * col + 4) * B + i;
                double p0r = p[c0];
                double p0i = p[c0 + B];
                double p1r = p[c1];
                double p1i = p[c1 + B];
                y[c0] = dotRe(a00r, a00i, p0r, p0i, a01r, a01i, p1r, p1i);
                y[c0 + B] = dotIm(a00r, a00i, p0r, p0i, a01r, a01i, p1r, p1i);
                y[c1] = dotRe(a10r, a10i, p0r, p0i, a11r, a11i, p1r, p1i);
                y[c1 + B] = dotIm(a10r, a10i, p0r, p0i, a11r, a11i, p1r, p1i);
            }
        }
    }

    /**
     * ws.y ← E·X·E with X = ws.y and E = diag(exp(i·k_c·d)), k = ws.upper: the reflection matrix at the
     * top of the layer of thickness d. |E| ≤ 1 because Im k ≥ 0.
     */
    static void cross(MagneticWorkspace ws, double d, int len) {
        if (d == 0) {
            return;
        }
        final double[] y = ws.y;
        final double[] k = ws.upper;
        for (int i = 0; i < len; i++) {
            double m0 = KernelMath.exp(-k[B + i] * d);
            double p0 = k[i] * d;
            double e0r = m0 * KernelMath.cosAt(p0);
            double e0i = m0 * KernelMath.sinAt(p0);
            double m1 = KernelMath.exp(-k[3 * B + i] * d);
            double p1 = k[2 * B + i] * d;
            double e1r = m1 * KernelMath.cosAt(p1);
            double e1i = m1 * KernelMath.sinAt(p1);
            scale(y, i, e0r * e0r - e0i * e0i, 2 * e0r * e0i);
            double cr = e0r * e1r - e0i * e1i;
            double ci = e0r * e1i + e0i * e1r;
            scale(y, 2 * B + i, cr, ci);
            scale(y, 4 * B + i, cr, ci);
            scale(y, 6 * B + i, e1r * e1r - e1i * e1i, 2 * e1r * e1i);
        }
    }

    private static void scale(double[] y, int at, double fr, double fi) {
        double re = y[at];
        double im = y[at + B];
        y[at] = re * fr - im * fi;
        y[at + B] = re * fi + im * fr;
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
