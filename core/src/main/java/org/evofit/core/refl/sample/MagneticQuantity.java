package org.evofit.core.refl.sample;

/**
 * The magnetic quantities of a layer, for polarised neutrons: its magnetisation given either as a
 * magnetic SLD or as a moment per formula unit, and the magnetisation's in-plane angle. Quantity
 * {@code q} of layer {@code L} is the parameter {@code L.<key>}, such as {@code Fe.sldm}.
 */
public enum MagneticQuantity {

    /** Magnetic scattering length density. */
    SLDM("sldm", "1e-6/Å²", "magnetic scattering length density"),
    /** Magnetic moment per formula unit, turned into a magnetic SLD with the layer's density. */
    MOMENT("moment", "μB", "magnetic moment per formula unit"),
    /** In-plane angle of the magnetisation from the sample's x axis (refl1d's coordinates). */
    THETA_M("thetaM", "deg", "in-plane magnetisation angle");

    /**
     * The magnetic SLD (1e-6 Å⁻²) of one Bohr magneton per formula unit at one formula unit per Å³: the
     * magnetic scattering length of a moment of 1 μB, b = m_n·|μ_n|·μ0·μB/(2π·ħ²) = 2.6991 fm (CODATA 2018;
     * the textbook γ·r_e/2 = 2.6954 fm leaves out m_n/m_p), times 1e6 Å⁻² per 1e-6 Å⁻² and 1e-5 Å per fm.
     * GenX uses 2.645 fm, 2 % less.
     */
    public static final double SLD_PER_MOMENT = 26.991;

    /**
     * A magnetic layer's angle when none is given: refl1d's default, along the default guide field
     * ({@link PolarisationQuantity#AGUIDE}'s 270°). A magnetic layer given only an angle has no strength (0).
     */
    public static final double DEFAULT_THETA_M = 270;

    private final String key;
    private final String unit;
    private final String meaning;

    MagneticQuantity(String key, String unit, String meaning) {
        this.key = key;
        this.unit = unit;
        this.meaning = meaning;
    }

    /** The key in model files and the suffix of the parameter name. */
    public String key() {
        return key;
    }

    /** The unit, as result files print it. */
    public String unit() {
        return unit;
    }

    /** What it is, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** The parameter name of this quantity of the layer called {@code layer}, such as {@code Fe.thetaM}. */
    public String parameterName(String layer) {
        return layer + "." + key;
    }
}
