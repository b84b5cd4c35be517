package org.evofit.wrapper.ort;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an ORSO data set's first column holds: Qz, as the format's standard layout requires, or an angle in
 * degrees, as angle-dispersive files write it ({@code tth} for 2θ, {@code theta} for θ; GenX writes these).
 */
public enum Abscissa {
    /** Momentum transfer normal to the surface, in {@link QzUnit}s. */
    QZ,
    /** Scattering angle 2θ in degrees. */
    TWO_THETA,
    /** Incidence angle θ in degrees. */
    THETA;

    private static final Set<String> DEGREES = Set.of("deg", "degree", "degrees");

    /** The angle a first column named {@code name} with {@code unit} holds, if it is one. */
    static Optional<Abscissa> angle(String name, String unit) {
        if (name == null || unit == null || !DEGREES.contains(unit.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tth", "2theta", "two_theta" -> Optional.of(TWO_THETA);
            case "theta", "th", "alpha_i", "ai" -> Optional.of(THETA);
            default -> Optional.empty();
        };
    }
}
