package org.evofit.core.refl.instrument;

/**
 * Layer potentials from GenX's {@code spec_nx} parametrisation, in the form the Parratt kernel takes:
 * U_j = k0²·(1 - n_j²) with k0 = 2π/λ, so that the kernel's kz_j² = kz_0² - (U_j - U_0) equals
 * k0²·(n_j² - n_0²) + kz_0²: GenX's exact squared-index form, not the linear SLD approximation (the
 * two differ by about 3e-5 relative near the critical edge). U is in Å⁻², n is complex.
 *
 * <p>Index: n = 1 - s with
 * <ul>
 *   <li>x-rays: s = r_e·λ²·dens·f/(2π), f in electrons per formula unit with GenX's sign convention
 *       f = f1 - i·f2 (absorption makes Im f negative, Im n positive);</li>
 *   <li>neutrons: s = dens·(λ²/(2π)·b·1e-5 - i·xs·1e-8·λ/(4π)), b in fm (1e-5 Å) and xs the absorption
 *       plus incoherent cross-section in barn (1e-8 Å²) per formula unit.</li>
 * </ul>
 * dens is in formula units per Å³. U is computed as k0²·(2s - s²), which equals k0²·(1 - n²) without
 * the cancellation of forming n² first. For small s the real part is 4π·dens·b for neutrons and
 * 4π·r_e·dens·f1 for x-rays; absorption makes Im U negative.
 *
 * <p>GenX also multiplies q² by the ambient's n_0² (its kz_0² is n_0²·q²/4). For a vacuum ambient that
 * factor is 1; otherwise call the kernel with q·{@link #ambientQScale}.
 */
public final class GenxPotentials {

    /** The classical electron radius in Å, the value GenX uses. */
    public static final double ELECTRON_RADIUS = 2.8179403227e-5;
    /** fm to Å. */
    private static final double FM = 1e-5;
    /** barn to Å². */
    private static final double BARN = 1e-8;

    private GenxPotentials() {
    }

    /**
     * X-ray potentials of n layers (n = {@code dens.length}), in any layer order.
     *
     * @param wavelength λ in Å
     * @param dens       density in formula units per Å³
     * @param fRe        Re f = f1 (electrons per formula unit)
     * @param fIm        Im f = -f2 in GenX's convention
     * @param uRe        receives Re U (Å⁻²)
     * @param uIm        receives Im U (Å⁻²)
     */
    public static void xray(double wavelength, double[] dens, double[] fRe, double[] fIm, double[] uRe,
                            double[] uIm) {
        double c = ELECTRON_RADIUS * wavelength * wavelength / 2 / Math.PI;
        double k0Squared = k0Squared(wavelength);
        for (int j = 0; j < dens.length; j++) {
            double sRe = c * dens[j] * fRe[j];
            double sIm = c * dens[j] * fIm[j];
            uRe[j] = k0Squared * (2 * sRe - (sRe * sRe - sIm * sIm));
            uIm[j] = k0Squared * (2 * sIm - 2 * sRe * sIm);
        }
    }

    /**
     * Neutron potentials of n layers (n = {@code dens.length}), in any layer order.
     *
     * @param wavelength λ in Å
     * @param dens       density in formula units per Å³
     * @param bRe        Re b in fm per formula unit
     * @param bIm        Im b in fm per formula unit (0 for most nuclei)
     * @param xsAi       absorption plus incoherent cross-section in barn per formula unit
     * @param uRe        receives Re U (Å⁻²)
     * @param uIm        receives Im U (Å⁻²)
     */
    public static void neutron(double wavelength, double[] dens, double[] bRe, double[] bIm,
                               double[] xsAi, double[] uRe, double[] uIm) {
        double c = wavelength * wavelength / 2 / Math.PI * FM;
        double a = BARN * wavelength / 4 / Math.PI;
        double k0Squared = k0Squared(wavelength);
        for (int j = 0; j < dens.length; j++) {
            double sRe = dens[j] * c * bRe[j];
            double sIm = dens[j] * (c * bIm[j] - a * xsAi[j]);
            uRe[j] = k0Squared * (2 * sRe - (sRe * sRe - sIm * sIm));
            uIm[j] = k0Squared * (2 * sIm - 2 * sRe * sIm);
        }
    }

    /**
     * The factor to multiply q by so that the kernel's kz_0² = (q·factor)²/4 equals GenX's
     * Re(n_0²)·q²/4: √(1 - Re U_0/k0²), exactly 1 for a vacuum ambient. GenX's n_0² also has an
     * imaginary part when the ambient absorbs; a real q cannot carry it, and it is dropped (it is
     * below 1e-24 relative for GenX's usual ambient f = 1e-20 + 1e-20i).
     *
     * @param wavelength λ in Å
     * @param uAmbientRe Re U of the ambient (Å⁻²)
     */
    public static double ambientQScale(double wavelength, double uAmbientRe) {
        return Math.sqrt(1.0 - uAmbientRe / k0Squared(wavelength));
    }

    private static double k0Squared(double wavelength) {
        double k0 = 2 * Math.PI / wavelength;
        return k0 * k0;
    }
}
