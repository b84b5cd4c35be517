package org.evofit.core.refl.instrument;

/** The coordinate the x values of a data set are given in (GenX's {@code coords}). */
public enum Coordinates {
    /** Momentum transfer q in Å⁻¹. */
    Q("q"),
    /** Scattering angle 2θ in degrees (GenX accepts {@code 2θ} and {@code tth}). */
    TWO_THETA("2θ");

    private final String genxName;

    Coordinates(String genxName) {
        this.genxName = genxName;
    }

    /** The name GenX uses for this choice in its instrument definition. */
    public String genxName() {
        return genxName;
    }

    /**
     * The coordinate GenX calls {@code name}: {@code q}, {@code 2θ} or {@code tth}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Coordinates of(String name) {
        if ("tth".equals(name)) {
            return TWO_THETA;
        }
        for (Coordinates c : values()) {
            if (c.genxName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown coordinates '" + name + "'; expected q, 2θ or tth");
    }
}
