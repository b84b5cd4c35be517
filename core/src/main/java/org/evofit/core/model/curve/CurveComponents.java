package org.evofit.core.model.curve;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.evofit.core.param.Parameter;

/**
 * Builds the built-in curve components from their {@link ComponentSpec}s.
 *
 * <p>Kinds and their parameters (full name {@code <component name>.<parameter>}, made by
 * {@link DeclaredComponent}; default start value
 * in brackets):
 * <ul>
 *   <li>{@code gaussian}: height [1], center [0], sigma [1] —
 *       {@code height·exp(-(x-center)²/(2 sigma²))}</li>
 *   <li>{@code lorentzian}: height [1], center [0], gamma [1] (half width at half maximum) —
 *       {@code height/(1 + ((x-center)/gamma)²)}</li>
 *   <li>{@code pseudo-voigt}: height [1], center [0], fwhm [1], eta [0.5] —
 *       {@code height·(eta·L + (1-eta)·G)}, L and G of unit height and the same FWHM</li>
 *   <li>{@code voigt}: area [1], center [0], sigma [1], gamma [1] — the convolution of a Gaussian of
 *       standard deviation sigma and a Lorentzian of half width gamma, with integral {@code area}</li>
 *   <li>{@code polynomial}: c0 .. c<i>d</i> [0] for the spec's degree d — {@code Σ c_k x^k}</li>
 *   <li>{@code exponential}: amplitude [1], rate [-1] — {@code amplitude·exp(rate·x)}</li>
 *   <li>{@code constant}: value [0]</li>
 *   <li>{@code expression}: the spec's local parameters [1] — the spec's expression of x. The start
 *       value is 1, not 0, because expression parameters are often scales, widths or divisors that 0
 *       would collapse or turn into a division by zero.</li>
 * </ul>
 * A spec's degree is read only for polynomials, and its expression and local parameters only for
 * expressions.
 */
public final class CurveComponents {

    /** Expression components are compiled to bytecode by {@link ExpressionComponent}. */
    private static final ExpressionComponentFactory EXPRESSIONS = ExpressionComponent::create;

    private CurveComponents() {
    }

    /** The kinds {@link #create} accepts, e.g. {@code gaussian}, {@code pseudo-voigt}. */
    public static List<String> kinds() {
        return ComponentKind.labels();
    }

    /**
     * The parameters of the component {@code spec} describes: full names, default start values, fixed
     * and unbounded, in the order listed on this class (c0 first for polynomials, the spec's order for
     * expressions).
     *
     * @throws IllegalArgumentException if the spec is invalid (see {@link #create})
     */
    public static List<Parameter> defaultParameters(ComponentSpec spec) {
        return DeclaredComponent.of(spec).parameters();
    }

    /**
     * The component {@code spec} describes, reading its own parameters from {@code slots} (one per
     * quantity, in the order listed on this class) and any other name an expression reads from the
     * slot {@code namedSlot} gives it.
     *
     * @throws IllegalArgumentException if the kind is unknown, the name is empty, a polynomial's
     *         degree is negative, an expression is missing, has an empty, repeated or {@code x}
     *         parameter name or reads an unknown name, or {@code slots} has not one slot of 0 or
     *         more per quantity
     */
    public static CurveComponent create(ComponentSpec spec, int[] slots, ToIntFunction<String> namedSlot) {
        return create(spec, slots, namedSlot, EXPRESSIONS);
    }

    /** As {@link #create(ComponentSpec, int[], ToIntFunction)}, with {@code expressions} for expressions. */
    static CurveComponent create(ComponentSpec spec, int[] slots, ToIntFunction<String> namedSlot,
                                 ExpressionComponentFactory expressions) {
        Objects.requireNonNull(namedSlot, "namedSlot");
        ComponentKind kind = validated(spec);
        List<ComponentKind.Local> locals = kind.parameters(spec);
        if (slots.length != locals.size()) {
            throw new IllegalArgumentException("component '" + spec.name() + "' has " + locals.size()
                    + " parameters; got " + slots.length + " slots");
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] < 0) {
                throw new IllegalArgumentException("no slot for parameter '" + locals.get(i).name()
                        + "' of component '" + spec.name() + "'; expected a slot of 0 or more");
            }
        }
        return switch (kind) {
            case GAUSSIAN -> new GaussianComponent(slots[0], slots[1], slots[2]);
            case LORENTZIAN -> new LorentzianComponent(slots[0], slots[1], slots[2]);
            case PSEUDO_VOIGT -> new PseudoVoigtComponent(slots[0], slots[1], slots[2], slots[3]);
            case VOIGT -> new VoigtComponent(slots[0], slots[1], slots[2], slots[3]);
            case POLYNOMIAL -> new PolynomialComponent(slots);
            case EXPONENTIAL -> new ExponentialComponent(slots[0], slots[1]);
            case CONSTANT -> new ConstantComponent(slots[0]);
            case EXPRESSION -> expressions.create(spec.name(), spec.expression(), spec.localParameters(),
                    slots.clone(), namedSlot);
        };
    }

    /** The spec's kind, after checking the spec (see {@link #create}). */
    static ComponentKind validated(ComponentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        ComponentKind kind = ComponentKind.of(spec.kind());
        String name = spec.name();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "a " + kind.label() + " component needs a name; got " + quoted(name));
        }
        if (kind == ComponentKind.POLYNOMIAL && spec.degree() < 0) {
            throw new IllegalArgumentException("polynomial component '" + name + "' has degree "
                    + spec.degree() + "; expected a degree of 0 or more");
        }
        if (kind == ComponentKind.EXPRESSION) {
            validateExpression(spec);
        }
        return kind;
    }

    private static void validateExpression(ComponentSpec spec) {
        if (spec.expression() == null || spec.expression().isBlank()) {
            throw new IllegalArgumentException("expression component '" + spec.name()
                    + "' has no expression; expected an expression of x");
        }
        Set<String> seen = new HashSet<>();
        for (String local : spec.localParameters()) {
            if (local == null || local.isBlank()) {
                throw new IllegalArgumentException("expression component '" + spec.name()
                        + "' has an empty parameter name; expected names such as 'a' or 'width'");
            }
            if (local.equals("x")) {
                throw new IllegalArgumentException("expression component '" + spec.name()
                        + "' declares parameter 'x', which is the curve's variable;"
                        + " expected another name");
            }
            if (!seen.add(local)) {
                throw new IllegalArgumentException("expression component '" + spec.name()
                        + "' declares parameter '" + local + "' twice; expected distinct names");
            }
        }
    }

    private static String quoted(String s) {
        return s == null ? "none" : "'" + s + "'";
    }
}
