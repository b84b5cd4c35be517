package org.evofit.core.model.curve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.param.Parameter;

/**
 * A curve model that holds its components and their parameters: the components' parameters in
 * declaration order are its parameters and its slots, so a built-in component reads its slots by
 * position. The user's variables follow in the slots after them (as
 * {@link org.evofit.core.fit.FitProblem#create(ParameterizedModel, List, List, List,
 * org.evofit.core.fom.FigureOfMerit)} lays them out); only what a user writes by name, an expression
 * component's formula, is resolved by name, once, when the model is built.
 */
public final class DeclaredCurveModel implements ParameterizedModel {

    private final List<DeclaredComponent> components;
    private final List<Parameter> parameters;
    private final CurveModel curve;

    private DeclaredCurveModel(List<DeclaredComponent> components, CurveModel curve) {
        this.components = List.copyOf(components);
        this.parameters = components.stream().flatMap(c -> c.parameters().stream()).toList();
        this.curve = curve;
    }

    /**
     * Builds every component over its slots.
     *
     * @param components the components, in the order they are added
     * @param variables  the names of the user's variables, in their slot order after the components'
     *                   parameters; expressions may read them
     * @throws ComponentBuildException for a component that cannot be built, with its index
     */
    public static DeclaredCurveModel create(List<DeclaredComponent> components, List<String> variables) {
        List<String> names = new ArrayList<>();
        components.forEach(c -> c.parameters().forEach(p -> names.add(p.name())));
        names.addAll(variables);
        Map<String, Integer> named = new HashMap<>();
        for (int slot = 0; slot < names.size(); slot++) {
            named.putIfAbsent(names.get(slot), slot);
        }
        List<CurveComponent> built = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < components.size(); i++) {
            DeclaredComponent c = components.get(i);
            int[] slots = new int[c.parameters().size()];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = first + k;
            }
            first += slots.length;
            try {
                built.add(CurveComponents.create(c.spec(), slots, name -> named.getOrDefault(name, -1)));
            } catch (IllegalArgumentException e) {
                throw new ComponentBuildException(i, e);
            }
        }
        return new DeclaredCurveModel(components, new CurveModel(built));
    }

    /** The components with their parameters, in order. */
    public List<DeclaredComponent> components() {
        return components;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public DeclaredCurveModel withParameters(List<Parameter> changed) {
        if (!changed.stream().map(Parameter::name).toList()
                .equals(parameters.stream().map(Parameter::name).toList())) {
            throw new IllegalArgumentException("a curve model holds " + parameters.size()
                    + " parameters of the same names in the same order; got other ones");
        }
        List<DeclaredComponent> held = new ArrayList<>();
        int first = 0;
        for (DeclaredComponent c : components) {
            int n = c.parameters().size();
            held.add(new DeclaredComponent(c.spec(), changed.subList(first, first + n)));
            first += n;
        }
        // Same names in the same order: the same slots, so the built components stay valid.
        return new DeclaredCurveModel(held, curve);
    }

    @Override
    public ModelEvaluator newEvaluator() {
        return curve.newEvaluator();
    }
}
