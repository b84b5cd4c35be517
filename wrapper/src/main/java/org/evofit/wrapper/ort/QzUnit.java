package org.evofit.wrapper.ort;

import java.util.List;
import java.util.Optional;

/**
 * The units the ORSO format allows for Qz and its resolution, and their conversion to the inverse
 * ångström that evofit computes in.
 *
 * <p>The format names reciprocal units with a slash ({@code 1/nm}) and allows composition with
 * {@code **}, so {@code nm**-1} means the same; ångström is always written out in full, because
 * {@code A} is the ampere and non-ASCII symbols are not allowed.
 */
public enum QzUnit {

    /** Inverse ångström, evofit's own unit: values are taken as they are. */
    INVERSE_ANGSTROM(List.of("1/angstrom", "angstrom**-1")),

    /** Inverse nanometre: 1/nm = 0.1/Å. */
    INVERSE_NANOMETRE(List.of("1/nm", "nm**-1"));

    private final List<String> spellings;

    QzUnit(List<String> spellings) {
        this.spellings = spellings;
    }

    /** The unit as the format writes it by preference: {@code 1/angstrom} or {@code 1/nm}. */
    public String spelling() {
        return spellings.get(0);
    }

    /** The unit written as {@code text}, if it is one of the accepted spellings (exact case). */
    public static Optional<QzUnit> parse(String text) {
        for (QzUnit unit : values()) {
            if (unit.spellings.contains(text)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /**
     * A value in this unit expressed in inverse ångström. Nanometre values are divided by 10
     * rather than multiplied by 0.1: 0.1 has no exact binary form, so the division is the one
     * correctly rounded result.
     */
    public double toInverseAngstrom(double value) {
        return this == INVERSE_ANGSTROM ? value : value / 10;
    }
}
