package org.evofit.core.model.curve;

import java.util.List;

/**
 * What a model file or the Java API declares for one curve component, before slots exist.
 *
 * @param kind       component kind: gaussian, lorentzian, pseudo-voigt, voigt, polynomial,
 *                   exponential, constant or expression
 * @param name       the component's name; its parameters are called {@code name.parameter}
 * @param degree     polynomial degree (polynomial only; 0 otherwise)
 * @param expression the expression of x (expression only; {@code null} otherwise)
 * @param localParameters the expression's own parameter names (expression only; empty otherwise)
 */
public record ComponentSpec(String kind, String name, int degree, String expression,
                            List<String> localParameters) {

    /** Copies the list so that the spec stays immutable. */
    public ComponentSpec {
        localParameters = localParameters == null ? List.of() : List.copyOf(localParameters);
    }

    /** A spec of a kind that needs no options (all but polynomial and expression). */
    public static ComponentSpec of(String kind, String name) {
        return new ComponentSpec(kind, name, 0, null, List.of());
    }
}
