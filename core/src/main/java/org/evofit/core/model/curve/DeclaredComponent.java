package org.evofit.core.model.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.evofit.core.param.Parameter;

/**
 * One curve component as declared, holding its own parameters: one per quantity of its kind (a
 * Gaussian's height, center and sigma; a polynomial's c0..c<i>d</i>; an expression's own names), in
 * that order. This is the one place a component's parameter is named ({@code component.quantity}).
 *
 * @param spec       the component's kind, name and options
 * @param parameters its parameters, one per {@link #quantities() quantity}, in the same order
 */
public record DeclaredComponent(ComponentSpec spec, List<Parameter> parameters) {

    /**
     * Copies the list and refuses parameters that are not the component's quantities in order.
     *
     * @throws IllegalArgumentException for an invalid spec or a parameter of another name
     */
    public DeclaredComponent {
        parameters = List.copyOf(parameters);
        List<String> expected = names(spec);
        List<String> given = parameters.stream().map(Parameter::name).toList();
        if (!given.equals(expected)) {
            throw new IllegalArgumentException("component " + spec.name() + " holds " + expected
                    + "; got " + given);
        }
    }

    /**
     * The component {@code spec} describes with every parameter at its default start value, fixed and
     * unbounded (the defaults {@link CurveComponents} lists).
     *
     * @throws IllegalArgumentException if the spec is invalid (see {@link CurveComponents#create})
     */
    public static DeclaredComponent of(ComponentSpec spec) {
        List<Parameter> defaults = new ArrayList<>();
        for (ComponentKind.Local local : CurveComponents.validated(spec).parameters(spec)) {
            defaults.add(Parameter.fixed(parameterName(spec.name(), local.name()), local.start()));
        }
        return new DeclaredComponent(spec, defaults);
    }

    /** The component's quantities by their short names ({@code height}, {@code c0}, ...), in order. */
    public List<String> quantities() {
        return CurveComponents.validated(spec).parameters(spec).stream().map(ComponentKind.Local::name).toList();
    }

    /**
     * The same component with one quantity's parameter made by {@code make} from the parameter's name.
     *
     * @throws IllegalArgumentException for a quantity the component does not have (naming the ones it
     *         has), or a parameter {@code make} gives another name
     */
    public DeclaredComponent with(String quantity, Function<String, Parameter> make) {
        int index = quantities().indexOf(quantity);
        if (index < 0) {
            throw new IllegalArgumentException("unknown parameter '" + quantity + "' of " + spec.kind()
                    + " component " + spec.name() + "; expected one of " + String.join(", ", quantities()));
        }
        List<Parameter> changed = new ArrayList<>(parameters);
        changed.set(index, make.apply(parameterName(spec.name(), quantity)));
        return new DeclaredComponent(spec, changed);
    }

    private static List<String> names(ComponentSpec spec) {
        return CurveComponents.validated(spec).parameters(spec).stream()
                .map(local -> parameterName(spec.name(), local.name())).toList();
    }

    /** The full name of a component's parameter, {@code component.quantity}: the only place it is built. */
    public static String parameterName(String component, String quantity) {
        return component + "." + quantity;
    }
}
