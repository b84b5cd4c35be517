package org.evofit.core.refl;

/**
 * The reference {@link MagneticKernel} is checked against: the same physics written the plain way, one
 * Q value at a time, with wavevectors in polar form, the interface blocks T and R normalised by 1/k of the layer below, the 2×2
 * reflection matrix X = (T − Y·R)⁻¹·(Y·T − R) solved by the adjugate at every interface and carried
 * across each layer as E·X·E, and Math's exp, cos and sin. It was the production kernel until the
 * block-wise one replaced it for speed, and is kept for the comparison on random stacks. It shares
 * only {@link SpinFrames} (potentials, bases, overlaps) with the production kernel.
 */
final class StraightMagneticKernel {

    private StraightMagneticKernel() {
    }

    /** The four cross sections at every q, in {@link SpinChannels} order. */
    static SpinChannels reflectivity(MagneticSlabs stack, double aguide, double field, double[] q) {
        MagneticWorkspace ws = new MagneticWorkspace();
        SpinFrames.prepare(stack, aguide, field, ws);
        SpinChannels out = SpinChannels.ofLength(q.length);
        for (int i = 0; i < q.length; i++) {
            double at = Math.abs(q[i]);
            point(stack, at, out, i, ws);
            for (int attempt = 0; attempt < 8 && out.isNaN(i) && !Double.isNaN(at); attempt++) {
                at = Math.nextUp(at);
                point(stack, at, out, i, ws);
            }
        }
        return out;
    }

    private static void point(MagneticSlabs stack, double q, SpinChannels out, int i, MagneticWorkspace ws) {
        if (q == 0) {
            out.set(i, 1, 0, 0, 1);
            return;
        }
        double kz2 = 0.25 * q * q;
        double[] plus = recurse(stack, kz2, ws.v0[0], ws);
        double[] minus = ws.v1[0] != ws.v0[0] ? recurse(stack, kz2, ws.v1[0], ws) : plus;
        out.set(i, squared(minus, 6), squared(minus, 2), squared(plus, 4), squared(plus, 0));
    }

    private static double squared(double[] m, int at) {
        return m[at] * m[at] + m[at + 1] * m[at + 1];
    }

    /** The fronting medium's reflection matrix for the incident state of potential vin. */
    private static double[] recurse(MagneticSlabs stack, double kz2, double vin, MagneticWorkspace ws) {
        int n = stack.layerCount();
        double[] y = new double[8];
        double[] x = new double[8];
        double[] lower = wavevectors(ws, n - 1, kz2, vin);
        for (int j = n - 1; j >= 1; j--) {
            double[] upper = wavevectors(ws, j - 1, kz2, vin);
            double[] pass = new double[8];
            double[] turn = new double[8];
            interfaceBlocks(ws, j, stack.roughness()[j], upper, lower, pass, turn);
            double[] yr = multiply(y, turn);
            double[] yt = multiply(y, pass);
            double[] left = new double[8];
            double[] right = new double[8];
            for (int e = 0; e < 8; e++) {
                left[e] = pass[e] - yr[e];
                right[e] = yt[e] - turn[e];
            }
            x = solve(left, right);
            if (j > 1) {
                y = crossLayer(x, upper, stack.thickness()[j - 1]);
            }
            lower = upper;
        }
        return x;
    }

    private static double[] wavevectors(MagneticWorkspace ws, int j, double kz2, double vin) {
        double[] k = new double[4];
        root(kz2 - (ws.v0[j] - vin), ws.absorption[j], k, 0);
        root(kz2 - (ws.v1[j] - vin), ws.absorption[j], k, 2);
        return k;
    }

    /**
     * The square root of re + i·im with a non-negative imaginary part, in polar form: the argument of
     * re + i·im lies in [0, π] for im ≥ 0, so half of it puts the root in the upper half plane.
     */
    private static void root(double re, double im, double[] k, int at) {
        double modulus = Math.sqrt(Math.hypot(re, im));
        double half = 0.5 * Math.atan2(im, re);
        k[at] = modulus * Math.cos(half);
        k[at + 1] = modulus * Math.sin(half);
    }

    /** pass_nm = ½·O_nm·(1 + k_m/k_n), turn_nm = ½·O_nm·(1 − k_m/k_n)·exp(−2 k_m k_n σ²). */
    private static void interfaceBlocks(MagneticWorkspace ws, int j, double sigma, double[] ku, double[] kl,
            double[] pass, double[] turn) {
        double[] o = ws.overlaps;
        int base = 8 * j;
        double s2 = -2 * sigma * sigma;
        for (int row = 0; row < 2; row++) {
            double lr = kl[2 * row];
            double li = kl[2 * row + 1];
            double norm = lr * lr + li * li;
            double ir = lr / norm;
            double ii = -li / norm;
            for (int col = 0; col < 2; col++) {
                double ur = ku[2 * col];
                double ui = ku[2 * col + 1];
                double fr = 0.5 * (ur * ir - ui * ii);
                double fi = 0.5 * (ur * ii + ui * ir);
                int e = 4 * row + 2 * col;
                double or = o[base + e];
                double oi = o[base + e + 1];
                pass[e] = or * (0.5 + fr) - oi * fi;
                pass[e + 1] = or * fi + oi * (0.5 + fr);
                double tr = or * (0.5 - fr) + oi * fi;
                double ti = oi * (0.5 - fr) - or * fi;
                double xr = s2 * (ur * lr - ui * li);
                double xi = s2 * (ur * li + ui * lr);
                double g = Math.exp(xr);
                double gr = g * Math.cos(xi);
                double gi = g * Math.sin(xi);
                turn[e] = tr * gr - ti * gi;
                turn[e + 1] = tr * gi + ti * gr;
            }
        }
    }

    /** E·x·E with E = diag(exp(i k_c d)). */
    private static double[] crossLayer(double[] x, double[] k, double d) {
        double[] e = new double[8];
        for (int c = 0; c < 2; c++) {
            double m = Math.exp(-k[2 * c + 1] * d);
            e[2 * c] = m * Math.cos(k[2 * c] * d);
            e[2 * c + 1] = m * Math.sin(k[2 * c] * d);
        }
        double[] y = new double[8];
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
                double fr = e[2 * row] * e[2 * col] - e[2 * row + 1] * e[2 * col + 1];
                double fi = e[2 * row] * e[2 * col + 1] + e[2 * row + 1] * e[2 * col];
                int at = 4 * row + 2 * col;
                y[at] = x[at] * fr - x[at + 1] * fi;
                y[at + 1] = x[at] * fi + x[at + 1] * fr;
            }
        }
        return y;
    }

    /** a·b for complex 2×2 matrices held as (re, im) of 00, 01, 10, 11. */
    private static double[] multiply(double[] a, double[] b) {
        double[] out = new double[8];
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
                double re = 0;
                double im = 0;
                for (int s = 0; s < 2; s++) {
                    double ar = a[4 * row + 2 * s];
                    double ai = a[4 * row + 2 * s + 1];
                    double br = b[4 * s + 2 * col];
                    double bi = b[4 * s + 2 * col + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                out[4 * row + 2 * col] = re;
                out[4 * row + 2 * col + 1] = im;
            }
        }
        return out;
    }

    /** a⁻¹·b by the adjugate. */
    private static double[] solve(double[] a, double[] b) {
        double detRe = a[0] * a[6] - a[1] * a[7] - (a[2] * a[4] - a[3] * a[5]);
        double detIm = a[0] * a[7] + a[1] * a[6] - (a[2] * a[5] + a[3] * a[4]);
        double norm = detRe * detRe + detIm * detIm;
        double invRe = detRe / norm;
        double invIm = -detIm / norm;
        double[] out = new double[8];
        for (int col = 0; col < 2; col++) {
            double b0r = b[2 * col];
            double b0i = b[2 * col + 1];
            double b1r = b[4 + 2 * col];
            double b1i = b[4 + 2 * col + 1];
            double r0 = a[6] * b0r - a[7] * b0i - (a[2] * b1r - a[3] * b1i);
            double i0 = a[6] * b0i + a[7] * b0r - (a[2] * b1i + a[3] * b1r);
            double r1 = a[0] * b1r - a[1] * b1i - (a[4] * b0r - a[5] * b0i);
            double i1 = a[0] * b1i + a[1] * b1r - (a[4] * b0i + a[5] * b0r);
            out[2 * col] = r0 * invRe - i0 * invIm;
            out[2 * col + 1] = r0 * invIm + i0 * invRe;
            out[4 + 2 * col] = r1 * invRe - i1 * invIm;
            out[4 + 2 * col + 1] = r1 * invIm + i1 * invRe;
        }
        return out;
    }
}
