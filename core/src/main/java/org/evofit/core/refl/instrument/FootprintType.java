package org.evofit.core.refl.instrument;

/** GenX's footprint corrections ({@code footype}); see {@link Footprint} for the formulas. */
public enum FootprintType {
    /** No correction: the whole beam hits the sample at every angle. */
    NONE("no corr"),
    /** A beam with a Gaussian profile; {@code beamw} is the profile's standard deviation. */
    GAUSSIAN_BEAM("gauss beam"),
    /** A beam with a flat (box) profile; {@code beamw} is its full width. */
    SQUARE_BEAM("square beam");

    private final String genxName;

    FootprintType(String genxName) {
        this.genxName = genxName;
    }

    /** The name GenX uses for this choice. */
    public String genxName() {
        return genxName;
    }

    /**
     * The footprint type GenX calls {@code name}: {@code no corr}, {@code gauss beam} or
     * {@code square beam}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static FootprintType of(String name) {
        for (FootprintType t : values()) {
            if (t.genxName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown footprint type '" + name
                + "'; expected no corr, gauss beam or square beam");
    }
}
