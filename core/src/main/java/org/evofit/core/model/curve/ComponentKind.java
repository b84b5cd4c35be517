package org.evofit.core.model.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of curve component, each with the names and start values of its parameters. Polynomial
 * and expression take their parameter lists from the spec; every other kind has a fixed list.
 */
enum ComponentKind {
    GAUSSIAN("gaussian", p("height", 1), p("center", 0), p("sigma", 1)),
    LORENTZIAN("lorentzian", p("height", 1), p("center", 0), p("gamma", 1)),
    PSEUDO_VOIGT("pseudo-voigt", p("height", 1), p("center", 0), p("fwhm", 1), p("eta", 0.5)),
    VOIGT("voigt", p("area", 1), p("center", 0), p("sigma", 1), p("gamma", 1)),
    POLYNOMIAL("polynomial"),
    EXPONENTIAL("exponential", p("amplitude", 1), p("rate", -1)),
    CONSTANT("constant", p("value", 0)),
    EXPRESSION("expression");

    /**
     * Start value of every expression parameter. Not 0: expression parameters are often scales,
     * widths or divisors ({@code a*exp(-x/w)}), which 0 would collapse or turn into a division by
     * zero before the user has set anything.
     */
    static final double EXPRESSION_START = 1.0;
    private static final double POLYNOMIAL_START = 0.0;

    private final String label;
    private final List<Local> fixed;

    ComponentKind(String label, Local... fixed) {
        this.label = label;
        this.fixed = List.of(fixed);
    }

    /** The name used in model files and specs, e.g. {@code pseudo-voigt}. */
    String label() {
        return label;
    }

    /** Every kind's label, in declaration order. */
    static List<String> labels() {
        return Stream.of(values()).map(ComponentKind::label).toList();
    }

    /** The kind with this label; an {@link IllegalArgumentException} naming the valid ones if none. */
    static ComponentKind of(String label) {
        for (ComponentKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        String expected = String.join(", ", labels());
        throw new IllegalArgumentException(label == null
                ? "component kind is missing; expected one of " + expected
                : "unknown component kind '" + label + "'; expected one of " + expected);
    }

    /** The component's own parameters (names without the component prefix) and start values. */
    List<Local> parameters(ComponentSpec spec) {
        return switch (this) {
            case POLYNOMIAL -> {
                List<Local> list = new ArrayList<>(spec.degree() + 1);
                for (int k = 0; k <= spec.degree(); k++) {
                    list.add(p("c" + k, POLYNOMIAL_START));
                }
                yield list;
            }
            case EXPRESSION -> spec.localParameters().stream()
                    .map(name -> p(name, EXPRESSION_START))
                    .toList();
            default -> fixed;
        };
    }

    private static Local p(String name, double start) {
        return new Local(name, start);
    }

    /**
     * One parameter of a component before the component name is prefixed.
     *
     * @param name  local name, e.g. {@code sigma}
     * @param start default start value
     */
    record Local(String name, double start) {
    }
}
