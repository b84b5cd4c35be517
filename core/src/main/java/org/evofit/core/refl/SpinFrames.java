package org.evofit.core.refl;

/**
 * The Q-independent part of {@link MagneticKernel}: each layer's magnetic induction in the lab frame,
 * the potentials of its two spin channels, its spinor basis and the overlaps between neighbours.
 *
 * <p>The lab frame has z along the guide field H, x along the sample's x, and is turned from the
 * sample frame (z along the surface normal, i.e. along Q) by the angle aguide about x, so that
 * z_lab = cos(aguide)·z_sample + sin(aguide)·y_sample. A layer's in-plane magnetisation
 * sldm·(cos θM, sin θM, 0) in the sample frame then has lab components
 * (sldm cos θM, sldm sin θM cos aguide, sldm sin θM sin aguide), and the applied field adds
 * {@link #TESLA_TO_SLD}·H along lab z in every layer, the media included. A spin along the layer's
 * induction b sees ρ + |b|, against it ρ − |b|.
 *
 * <p>The fronting medium is taken in the lab basis, as refl1d takes it: channel 0 is the "+" state
 * (along lab z), channel 1 the "−" state, with potentials ρ ± |b| signed by the field's direction.
 */
final class SpinFrames {

    /**
     * Magnetic SLD of one tesla, 1e-6 Å⁻²: m_n·μ_n/(2πħ²) with CODATA values, to the digits refl1d
     * uses so that results with a field agree with it.
     */
    static final double TESLA_TO_SLD = 2.31604654;

    /**
     * Absorption every layer gets in addition to its own, fronting medium included, 1e-6 Å⁻²: refl1d's
     * kernel adds it to keep every wavevector off the real axis, and the ORSO polarised reference curves
     * were computed with it. In the fronting medium it damps total reflection by about
     * 4·kz_c·(2π·1e-16/kz)/kz_c² (1.5e-8 of R at Q = 5e-5 Å⁻¹ in test1, 1e-10 at Q = 0.01 Å⁻¹), far below any
     * measurement, but without it test1 is met only to 1.5e-8 instead of 1e-10.
     */
    static final double ABSORPTION_FLOOR = 1e-10;

    private SpinFrames() {
    }

    /**
     * Fills the workspace's per-layer arrays for a stack.
     *
     * @param stack  the layers
     * @param aguide guide-field angle from the surface normal, degrees
     * @param field  applied field, tesla
     * @param ws     receives potentials, bases and overlaps
     */
    static void prepare(MagneticSlabs stack, double aguide, double field, MagneticWorkspace ws) {
        ws.ensure(stack.layerCount());
        inductions(stack, aguide, field, ws, null);
    }

    /**
     * Each layer's |b|, the magnitude of its induction in the lab frame as {@link #prepare} takes it: a spin along
     * it sees ρ + |b|, against it ρ − |b| (1e-6 Å⁻²).
     *
     * @param into receives one value per layer, or {@code null}
     * @return {@code into}, or a new array when it is {@code null} or of another length
     */
    static double[] splitting(MagneticSlabs stack, double aguide, double field, double[] into) {
        int n = stack.layerCount();
        double[] out = into != null && into.length == n ? into : new double[n];
        inductions(stack, aguide, field, null, out);
        return out;
    }

    /**
     * The one walk over the layers' inductions in the lab frame that {@link #prepare} and {@link #splitting}
     * share, so that both see the same |b| to the bit: each layer's potentials, basis and overlap go into
     * {@code ws}, its |b| into {@code magnitudes}, each when not null.
     */
    private static void inductions(MagneticSlabs stack, double aguide, double field, MagneticWorkspace ws,
            double[] magnitudes) {
        double guide = Math.toRadians(aguide);
        double cosGuide = Math.cos(guide);
        double sinGuide = Math.sin(guide);
        double h = TESLA_TO_SLD * field;
        for (int j = 0; j < stack.layerCount(); j++) {
            double theta = Math.toRadians(stack.thetaM()[j]);
            double m = stack.sldm()[j];
            double bx = inductionX(m, theta);
            double by = inductionY(m, theta, cosGuide);
            double bz = inductionZ(m, theta, sinGuide, h);
            double b = Math.sqrt(bx * bx + by * by + bz * bz);
            if (magnitudes != null) {
                magnitudes[j] = b;
            }
            if (ws != null) {
                layer(stack, j, bx, by, bz, b, ws);
            }
        }
    }

    /** Layer j's potentials, absorption, spinor basis and overlap with the layer above, from its induction. */
    private static void layer(MagneticSlabs stack, int j, double bx, double by, double bz, double b,
            MagneticWorkspace ws) {
        double rho = stack.sld()[j];
        if (j == 0) {
            double signed = bz >= 0 ? b : -b;
            ws.v0[j] = SlabStack.SLD_TO_U * (rho + signed);
            ws.v1[j] = SlabStack.SLD_TO_U * (rho - signed);
            ws.absorption[j] = SlabStack.SLD_TO_U * ABSORPTION_FLOOR;
            identity(ws.bases, 0);
        } else {
            ws.v0[j] = SlabStack.SLD_TO_U * (rho + b);
            ws.v1[j] = SlabStack.SLD_TO_U * (rho - b);
            ws.absorption[j] = SlabStack.SLD_TO_U * (Math.abs(stack.isld()[j]) + ABSORPTION_FLOOR);
            basis(bx, by, bz, b, ws.bases, SpinMatrices.SIZE * j);
            overlap(ws.bases, SpinMatrices.SIZE * j, SpinMatrices.SIZE * (j - 1), ws.overlaps);
        }
    }

    /** Lab x of the induction of magnetic SLD m at in-plane angle theta (radians). */
    private static double inductionX(double m, double theta) {
        return m * Math.cos(theta);
    }

    /** Lab y of that induction: its in-plane y turned by aguide. */
    private static double inductionY(double m, double theta, double cosGuide) {
        return m * Math.sin(theta) * cosGuide;
    }

    /** Lab z of that induction, along the guide field, with the applied field's h. */
    private static double inductionZ(double m, double theta, double sinGuide, double h) {
        return h + m * Math.sin(theta) * sinGuide;
    }

    /**
     * Whether interface j mixes the spin channels: its overlap has off-diagonal terms. Not so between
     * collinear layers (or layers without induction), where the spin-flip terms vanish.
     */
    static boolean flips(MagneticWorkspace ws, int j) {
        double[] o = ws.overlaps;
        int at = SpinMatrices.SIZE * j;
        return o[at + 2] != 0 || o[at + 3] != 0 || o[at + 4] != 0 || o[at + 5] != 0;
    }

    private static void identity(double[] m, int o) {
        java.util.Arrays.fill(m, o, o + SpinMatrices.SIZE, 0);
        m[o] = 1;
        m[o + 6] = 1;
    }

    /**
     * The eigenvectors of b·σ as columns: channel 0 for +|b|, channel 1 for −|b|. Of the two
     * equivalent forms the one normalised by the larger of |b| ± bz is taken, so that neither
     * vanishes; without induction any basis serves and the lab basis is used.
     */
    private static void basis(double bx, double by, double bz, double b, double[] m, int o) {
        if (b == 0) {
            identity(m, o);
            return;
        }
        if (bz >= 0) {
            double s = 1 / Math.sqrt(2 * b * (b + bz));
            set(m, o, (b + bz) * s, 0, -bx * s, by * s, bx * s, by * s, (b + bz) * s, 0);
        } else {
            double s = 1 / Math.sqrt(2 * b * (b - bz));
            set(m, o, bx * s, -by * s, (b - bz) * s, 0, (b - bz) * s, 0, -bx * s, -by * s);
        }
    }

    private static void set(double[] m, int o, double r00, double i00, double r01, double i01, double r10,
            double i10, double r11, double i11) {
        m[o] = r00;
        m[o + 1] = i00;
        m[o + 2] = r01;
        m[o + 3] = i01;
        m[o + 4] = r10;
        m[o + 5] = i10;
        m[o + 6] = r11;
        m[o + 7] = i11;
    }

    /** overlaps[at] = basis(at)ᴴ · basis(above): how the channels above project on those below. */
    private static void overlap(double[] bases, int at, int above, double[] overlaps) {
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
                double re = 0;
                double im = 0;
                for (int s = 0; s < 2; s++) {
                    double pr = bases[at + 4 * s + 2 * row];
                    double pi = -bases[at + 4 * s + 2 * row + 1];
                    double qr = bases[above + 4 * s + 2 * col];
                    double qi = bases[above + 4 * s + 2 * col + 1];
                    re += pr * qr - pi * qi;
                    im += pr * qi + pi * qr;
                }
                overlaps[at + 4 * row + 2 * col] = re;
                overlaps[at + 4 * row + 2 * col + 1] = im;
            }
        }
    }
}
