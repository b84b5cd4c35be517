package org.evofit.wrapper.data;

/**
 * What a loaded curve's x is. The model's instrument gives x its meaning when fitting (as GenX does);
 * this says what the file said, for {@code evofit data} and for a warning when the two disagree.
 */
public enum XAxis {
    /** Momentum transfer Qz in inverse ångström. */
    Q("Qz", "1/angstrom"),
    /** Scattering angle 2θ in degrees. */
    TWO_THETA("2theta", "deg"),
    /** Incidence angle θ in degrees. */
    THETA("theta", "deg"),
    /** Not stated by the file (column text). */
    UNKNOWN("x", "");

    private final String label;
    private final String unit;

    XAxis(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The quantity's short name. */
    public String label() {
        return label;
    }

    /** Its unit, empty when unknown. */
    public String unit() {
        return unit;
    }
}
