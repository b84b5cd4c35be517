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
 * <p>X does not change when T and R are both multiplied by one scalar. Multiplying them by 2·k_0·k_1
 * of the layer below turns the 1/k_n of row n into k_{1−n}: T_nm = O_nm·k_{1−n}·(k_n + k_m) and
 * R_nm = O_nm·k_{1−n}·(k_n − k_m)·g_nm, so that a layer costs one division per Q value (the
 * determinant of the 2×2 inverse) instead of three.
 *
 * <h2>Speed</h2>
 * As {@link ReflectivityKernel}, the Q values are processed in blocks of {@link MagneticWorkspace#BLOCK},
 * layer by layer, with the state of each Q value in arrays (structure of arrays), so that the long
 * latencies of sqrt, division, exp and the trigonometric functions of different Q values overlap; each
 * layer's step is split into short loops ({@link MagneticSteps}) and everything that does not depend on
 * Q is taken out of them. Of an interface's four roughness factors exp(−2 k_m k_n σ²) only one takes the
 * full exponential and cosine–sine; the others differ from it by a factor close to one (the two
 * channels' wavevectors differ by the small magnetic splitting), which a short series gives ({@link ReducedExp}), and the
 * same holds for the second channel's phase factor across a layer. A channel's wavevector takes one square root
 * where its absorption is small against |kz² − c| and the two channels of a layer one division
 * ({@link ChannelRoots}). A layer whose two channels see one
 * potential (no induction) takes one square root for both; an interface between collinear layers
 * (overlap without off-diagonal terms) skips the spin-flip terms; the bottom interface, with nothing
 * reflected from below, skips the products with Y.
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
        ws.align();
        MagneticStepper steps = ws.steps((long) (to - from) * stack.layerCount() * ws.passes());
        for (int start = from; start < to; start += MagneticWorkspace.BLOCK) {
            block(steps, stack, q, start, Math.min(to, start + MagneticWorkspace.BLOCK) - start, out, start, ws);
        }
        for (int i = from; i < to; i++) {
            if (out.isNaN(i) && !Double.isNaN(q[i])) {
                degenerate(steps, stack, Math.abs(q[i]), out, i, ws);
            }
        }
    }

    /** A point where the recursion met 0/0: its limit, from the next doubles above |Q|. */
    private static void degenerate(MagneticStepper steps, MagneticSlabs stack, double q, SpinChannels out, int i,
            MagneticWorkspace ws) {
        double at = q;
        for (int attempt = 0; attempt < 8 && out.isNaN(i); attempt++) {
            at = Math.nextUp(at);
            ws.single[0] = at;
            block(steps, stack, ws.single, 0, 1, ws.singleOut, 0, ws);
            out.set(i, ws.singleOut.minusMinus()[0], ws.singleOut.minusPlus()[0], ws.singleOut.plusMinus()[0],
                    ws.singleOut.plusPlus()[0]);
        }
    }

    /** The cross sections of len Q values from q[start], written from out[at]. */
    private static void block(MagneticStepper steps, MagneticSlabs stack, double[] q, int start, int len,
            SpinChannels out, int at, MagneticWorkspace ws) {
        final double[] s = ws.state;
        final int kz2 = ws.kz2();
        for (int i = 0; i < len; i++) {
            double kz = 0.5 * q[start + i];
            s[kz2 + i] = kz * kz;
        }
        // The steps take whole lane groups: the last Q value fills the rest, whose results are dropped.
        int padded = (len + steps.lanes() - 1) / steps.lanes() * steps.lanes();
        java.util.Arrays.fill(s, kz2 + len, kz2 + padded, s[kz2 + len - 1]);
        // Column a of the fronting medium's reflection matrix is incident spin a (0 = +, 1 = −).
        pass(steps, stack, ws.v0[0], padded, ws);
        int y = ws.y();
        int b = MagneticWorkspace.BLOCK;
        for (int i = 0; i < len; i++) {
            out.plusPlus()[at + i] = squared(s[y + i], s[y + b + i]);
            out.plusMinus()[at + i] = squared(s[y + 4 * b + i], s[y + 5 * b + i]);
        }
        if (ws.passes() == 2) {
            pass(steps, stack, ws.v1[0], padded, ws);
        }
        for (int i = 0; i < len; i++) {
            out.minusPlus()[at + i] = squared(s[y + 2 * b + i], s[y + 3 * b + i]);
            out.minusMinus()[at + i] = squared(s[y + 6 * b + i], s[y + 7 * b + i]);
        }
        for (int i = 0; i < len; i++) {
            if (q[start + i] == 0) {
                out.set(at + i, 1, 0, 0, 1);
            }
        }
    }

    private static double squared(double re, double im) {
        return re * re + im * im;
    }

    /**
     * Leaves in ws.y the reflection matrix of the fronting medium, for waves whose incident state has
     * potential vin, at the block's Q values.
     */
    private static void pass(MagneticStepper steps, MagneticSlabs stack, double vin, int len, MagneticWorkspace ws) {
        double[] thickness = stack.thickness();
        double[] roughness = stack.roughness();
        int n = stack.layerCount();
        steps.roots(ws, n - 1, vin, len, ws.lower);
        for (int j = n - 1; j >= 1; j--) {
            steps.roots(ws, j - 1, vin, len, ws.upper);
            boolean flips = SpinFrames.flips(ws, j);
            steps.products(ws, len);
            double s2 = -2 * roughness[j] * roughness[j];
            steps.roughness(ws, s2, flips, len);
            steps.blocks(ws, j, s2, flips, len);
            if (j == n - 1) {
                steps.bottom(ws, len);
                steps.solve(ws, len);
            } else {
                steps.update(ws, len);
            }
            if (j > 1) {
                steps.cross(ws, thickness[j - 1], len);
            } else {
                steps.normalise(ws, len);
            }
            int swap = ws.lower;
            ws.lower = ws.upper;
            ws.upper = swap;
        }
    }

    /**
     * Each layer's spin splitting: the magnitude |b| of its induction (magnetisation and applied field,
     * as {@link #reflectivity} takes them), so that a neutron spin along it sees the potential ρ + |b|
     * and against it ρ − |b|, 1e-6 Å⁻². Where these exceed the incident state's potential in the
     * fronting medium, the cross sections have their critical edges.
     *
     * @param stack  the layers
     * @param aguide guide-field angle from the surface normal, degrees
     * @param field  applied field, tesla
     * @param into   receives one value per layer, or {@code null}
     * @return {@code into}, or a new array when it is {@code null} or of another length
     */
    public static double[] spinSplitting(MagneticSlabs stack, double aguide, double field, double[] into) {
        return SpinFrames.splitting(stack, aguide, field, into);
    }
}
