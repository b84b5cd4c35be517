package org.evofit.core.refl.sample;

/**
 * A second wavelength of a laboratory X-ray source, such as Cu Kα2 beside Kα1: the measured curve is
 * the curves at both wavelengths added with their intensities and normalised,
 * (R(λ1) + ratio·R(λ2)) / (1 + ratio), each through the whole instrument (coordinates, footprint,
 * resolution, I0 and background), so I0 stays the scale of the total and Ibkg its background. With
 * {@code fPerWavelength}, the scattering factors of layers given by a material follow the tables to λ2
 * (f at λ2 minus f at λ1 added to each layer's f); layers given by an SLD, or by f without a material,
 * scatter alike at both. Without it every layer keeps its f at λ2, as GenX does when a script adds two
 * instruments' curves ({@code fp.Pt} is looked up once, at the wavelength the tables were set to).
 *
 * <p>Cu: Kα1 1.540562 Å, Kα2 1.544390 Å, Kα2/Kα1 intensity about 0.5 ({@link #CU_KALPHA2},
 * {@link #CU_RATIO}).
 *
 * @param wavelength λ2 in Å (the instrument's wavelength is λ1)
 * @param ratio      intensity at λ2 relative to λ1, 0 or more
 * @param fPerWavelength whether material layers take their f from the tables at each wavelength
 */
public record Doublet(double wavelength, double ratio, boolean fPerWavelength) {

    /** Cu Kα2 in Å (Bearden 1967). */
    public static final double CU_KALPHA2 = 1.544390;
    /** The usual Cu Kα2/Kα1 intensity ratio. */
    public static final double CU_RATIO = 0.5;

    /** Rejects a wavelength that is not positive and a ratio that is negative or not finite. */
    public Doublet {
        if (!(wavelength > 0) || !Double.isFinite(wavelength)) {
            throw new IllegalArgumentException("the doublet's second wavelength must be positive, not " + wavelength);
        }
        if (!(ratio >= 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("the doublet's intensity ratio must be 0 or more, not " + ratio);
        }
    }

    /** A doublet whose material layers take f from the tables at each wavelength. */
    public Doublet(double wavelength, double ratio) {
        this(wavelength, ratio, true);
    }

    /** Adds {@code second} (the curve at λ2) into {@code out} (the curve at λ1), normalised. */
    void combine(double[] out, double[] second) {
        double norm = 1 / (1 + ratio);
        for (int i = 0; i < out.length; i++) {
            out[i] = (out[i] + ratio * second[i]) * norm;
        }
    }
}
