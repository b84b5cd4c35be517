package org.evofit.core.refl;

/**
 * The four spin cross sections of polarised neutron reflectivity from a stack of magnetic layers:
 * non-collinear magnetisation, absorption, Névot–Croce roughness and the Zeeman splitting of the
 * spin-flip channels in an applied field, in the conventions of the ORSO polarised validation
 * (refl1d's coordinate system; see {@link SpinFrames} for the frames and the angles).
 *
 * <h2>Physics</h2>
 * In layer j a neutron sees the 2×2 potential 4π(ρ_j + b_j·σ) − i·4π·ρ''_j, whose two channels
 * (spin along and against the induction b_j) travel independently with
 * k = sqrt(kz² − (V_channel − V_incident) + i·absorption), Im k ≥ 0, where V_incident is the
 * potential of the incident spin state in the fronting medium and kz = |Q|/2 its wavevector there.
 * So a spin-flipped wave leaves with a different kz when the field splits the fronting medium's
 * levels: that is the Zeeman shift, and why the two incident spins take separate passes when it is
 * present. Matching ψ and ψ' at interface j gives, for the amplitudes of channel m above going into
 * channel n below, ½·O_nm·(1 ± k_m/k_n), where O is the overlap of the two layers' spinor bases; the
 * reflection-like (minus) terms carry the Névot–Croce factor exp(−2 k_m k_n σ_j²), as refl1d's
 * kernel does, which reduces to the unpolarised kernels' factor for collinear layers.
 *
 * <h2>Numerics</h2>
 * Instead of multiplying 4×4 transfer matrices, whose entries grow exponentially in total
 * reflection, the kernel carries the 2×2 reflection matrix Y (up-going amplitudes over down-going
 * ones at the top of a layer, in its own basis) from the backing medium (Y = 0) upwards: with the
 * interface blocks T and R above, the reflection matrix at the bottom of the layer above is
 * X = (T − Y·R)⁻¹·(Y·T − R), and crossing that layer gives Y = E·X·E with E = diag(exp(i k d)),
 * |E| ≤ 1. For one channel this is exactly the Parratt recursion. At the top, R^{ab} = |X_ba|² for
 * incident spin a and reflected spin b (the squared amplitude ratio, as refl1d reports it).
 *
 * <p>At Q = 0 the result is refl1d's limit: R++ = R−− = 1, no spin flip. A point where the
 * recursion meets 0/0 (a wavevector exactly zero) is evaluated at the next larger double Q.
 */
public final class MagneticKernel {

    private MagneticKernel() {
    }

    /**
     * Writes the four cross sections at q[i] for every i in [from, to). Allocates nothing.
     *
     * @param stack  the layers
     * @param aguide guide-field angle from the surface normal, degrees (90 or 270: field in the plane)
     * @param field  applied field at the sample, tesla
     * @param q      momentum transfer, Å⁻¹ (the sign is ignored)
     * @param from   first index, inclusive
     * @param to     last index, exclusive
     * @param out    receives R−−, R−+, R+−, R++ in out.get(0..3)
     * @param ws     scratch memory of the calling thread
     */
    public static void reflectivity(MagneticSlabs stack, double aguide, double field, double[] q, int from,
            int to, SpinChannels out, MagneticWorkspace ws) {
        if (from < 0 || to > q.length || from > to || to > out.length()) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") for " + q.length
                    + " Q values and " + out.length() + " outputs");
        }
        SpinFrames.prepare(stack, aguide, field, ws);
        int n = stack.layerCount();
        for (int i = from; i < to; i++) {
            double at = Math.abs(q[i]);
            point(stack, n, at, out, i, ws);
            for (int attempt = 0; attempt < 8 && out.isNaN(i) && !Double.isNaN(at); attempt++) {
                at = Math.nextUp(at);
                point(stack, n, at, out, i, ws);
            }
        }
    }

    /** The four cross sections at one |Q|. */
    private static void point(MagneticSlabs stack, int n, double q, SpinChannels out, int i,
            MagneticWorkspace ws) {
        if (q == 0) {
            out.set(i, 1, 0, 0, 1);
            return;
        }
        double kz = 0.5 * q;
        double kz2 = kz * kz;
        recurse(stack, n, kz2, ws.v0[0], ws.plusPass, ws);
        double[] minus = ws.plusPass;
        if (ws.v1[0] != ws.v0[0]) {
            recurse(stack, n, kz2, ws.v1[0], ws.minusPass, ws);
            minus = ws.minusPass;
        }
        double[] plus = ws.plusPass;
        // Column a of the fronting medium's reflection matrix is incident spin a (0 = +, 1 = −).
        out.set(i, squared(minus, 6), squared(minus, 2), squared(plus, 4), squared(plus, 0));
    }

    private static double squared(double[] m, int at) {
        return m[at] * m[at] + m[at + 1] * m[at + 1];
    }

    /** The reflection matrix of the fronting medium for waves whose incident state has potential vin. */
    private static void recurse(MagneticSlabs stack, int n, double kz2, double vin, double[] result,
            MagneticWorkspace ws) {
        double[] thickness = stack.thickness();
        double[] roughness = stack.roughness();
        double[] y = ws.below;
        java.util.Arrays.fill(y, 0);
        wavevectors(ws, n - 1, kz2, vin, ws.lower);
        for (int j = n - 1; j >= 1; j--) {
            wavevectors(ws, j - 1, kz2, vin, ws.upper);
            interfaceBlocks(ws, j, roughness[j]);
            // left = T − Y·R, right = Y·T − R, X = left⁻¹·right
            SpinMatrices.multiply(y, 0, ws.turn, 0, ws.product, 0);
            for (int e = 0; e < SpinMatrices.SIZE; e++) {
                ws.left[e] = ws.pass[e] - ws.product[e];
            }
            SpinMatrices.multiply(y, 0, ws.pass, 0, ws.product, 0);
            for (int e = 0; e < SpinMatrices.SIZE; e++) {
                ws.right[e] = ws.product[e] - ws.turn[e];
            }
            double[] x = j == 1 ? result : ws.above;
            SpinMatrices.solve(ws.left, ws.right, x);
            if (j > 1) {
                crossLayer(x, ws.upper, thickness[j - 1], y);
            }
            System.arraycopy(ws.upper, 0, ws.lower, 0, 4);
        }
    }

    /** k of both channels of layer j (re, im, re, im), Im k ≥ 0. */
    private static void wavevectors(MagneticWorkspace ws, int j, double kz2, double vin, double[] k) {
        root(kz2 - (ws.v0[j] - vin), ws.absorption[j], k, 0);
        root(kz2 - (ws.v1[j] - vin), ws.absorption[j], k, 2);
    }

    /** The square root of re + i·im with a non-negative imaginary part. */
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
        k[at + 1] = ki;
    }

    /**
     * The blocks of interface j: pass_nm = ½·O_nm·(1 + k_m/k_n) and
     * turn_nm = ½·O_nm·(1 − k_m/k_n)·exp(−2 k_m k_n σ²), m a channel above and n one below.
     */
    private static void interfaceBlocks(MagneticWorkspace ws, int j, double sigma) {
        double[] ku = ws.upper;
        double[] kl = ws.lower;
        double[] o = ws.overlaps;
        int base = SpinMatrices.SIZE * j;
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
                ws.pass[e] = or * (0.5 + fr) - oi * fi;
                ws.pass[e + 1] = or * fi + oi * (0.5 + fr);
                double tr = or * (0.5 - fr) + oi * fi;
                double ti = oi * (0.5 - fr) - or * fi;
                if (s2 != 0) {
                    double xr = s2 * (ur * lr - ui * li);
                    double xi = s2 * (ur * li + ui * lr);
                    double g = KernelMath.exp(xr);
                    double gr = xi == 0 ? g : g * KernelMath.cosAt(xi);
                    double gi = xi == 0 ? 0 : g * KernelMath.sinAt(xi);
                    double r = tr * gr - ti * gi;
                    ti = tr * gi + ti * gr;
                    tr = r;
                }
                ws.turn[e] = tr;
                ws.turn[e + 1] = ti;
            }
        }
    }

    /** y = E·x·E with E = diag(exp(i k_c d)): the reflection matrix at the top of a layer of thickness d. */
    private static void crossLayer(double[] x, double[] k, double d, double[] y) {
        double e0 = KernelMath.exp(-k[1] * d);
        double p0 = k[0] * d;
        double e0r = e0 * KernelMath.cosAt(p0);
        double e0i = e0 * KernelMath.sinAt(p0);
        double e1 = KernelMath.exp(-k[3] * d);
        double p1 = k[2] * d;
        double e1r = e1 * KernelMath.cosAt(p1);
        double e1i = e1 * KernelMath.sinAt(p1);
        scaleBy(x, 0, e0r * e0r - e0i * e0i, 2 * e0r * e0i, y);
        double cr = e0r * e1r - e0i * e1i;
        double ci = e0r * e1i + e0i * e1r;
        scaleBy(x, 2, cr, ci, y);
        scaleBy(x, 4, cr, ci, y);
        scaleBy(x, 6, e1r * e1r - e1i * e1i, 2 * e1r * e1i, y);
    }

    private static void scaleBy(double[] x, int at, double fr, double fi, double[] y) {
        double r = x[at];
        double i = x[at + 1];
        y[at] = r * fr - i * fi;
        y[at + 1] = r * fi + i * fr;
    }
}
