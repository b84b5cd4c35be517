package org.evofit.core.refl.instrument;

/**
 * GenX's resolution modes ({@code restype}), each with GenX's own discretisation. Every width is the
 * standard deviation (sigma) of a Gaussian in the data's x coordinate (2θ in degrees or q in Å⁻¹),
 * not a FWHM. In the relative modes the sigma of point i is {@code res·x_i}.
 */
public enum GenxResolution {
    /** No smearing. */
    NONE("no conv"),
    /**
     * One constant sigma, convolved on the data grid itself ({@link FastConvolution}): GenX assumes
     * evenly spaced x and samples the Gaussian at multiples of the first step.
     */
    FAST("fast conv"),
    /** A sigma per point, weights over all data points ({@link FastVaryingConvolution}). */
    FAST_VARYING("fast conv + varying res."),
    /** As {@link #FAST_VARYING} with sigma_i = res·x_i. */
    FAST_VARYING_RELATIVE("fast conv + varying res. (dx/x)"),
    /**
     * A sigma per point, the reflectivity computed at {@code respoints} extra points around each point
     * and integrated with the trapezoidal rule ({@link PointwiseConvolution}).
     */
    FULL("full conv and varying res."),
    /** As {@link #FULL} with sigma_i = res·x_i. */
    FULL_RELATIVE("full conv and varying res. (dx/x)");

    private final String genxName;

    GenxResolution(String genxName) {
        this.genxName = genxName;
    }

    /** The name GenX uses for this mode. */
    public String genxName() {
        return genxName;
    }

    /** Whether sigma is {@code res} times x rather than {@code res} itself. */
    public boolean relative() {
        return this == FAST_VARYING_RELATIVE || this == FULL_RELATIVE;
    }

    /** Whether the reflectivity is computed at {@code respoints} extra points per data point. */
    public boolean full() {
        return this == FULL || this == FULL_RELATIVE;
    }

    /** Whether the mode reads neighbouring data points, which needs at least two of them. */
    public boolean usesDataGrid() {
        return this == FAST || this == FAST_VARYING || this == FAST_VARYING_RELATIVE;
    }

    /**
     * The mode GenX calls {@code name}, e.g. {@code fast conv}.
     *
     * @throws IllegalArgumentException for a name GenX does not use
     */
    public static GenxResolution of(String name) {
        for (GenxResolution r : values()) {
            if (r.genxName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown resolution type '" + name + "'");
    }
}
