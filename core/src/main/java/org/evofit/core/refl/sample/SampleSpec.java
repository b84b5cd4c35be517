package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;

/**
 * A sample as GenX describes it: an ambient medium, stacks of layers (bottom first, as GenX's
 * {@code Sample(Stacks=[...])}) and a substrate. A layer may appear in several stacks and several
 * times; it is one set of parameters wherever it appears. The sample collects its layers' and stacks'
 * parameters ({@link #parameters()}).
 *
 * @param layers    every layer, by name
 * @param ambient   name of the ambient (fronting) medium
 * @param stacks    the stacks, from the substrate up
 * @param substrate name of the substrate (backing) medium
 */
public record SampleSpec(Map<String, LayerSpec> layers, String ambient, List<StackSpec> stacks,
                         String substrate) {

    /** Checks that every layer is listed under its own name and every name refers to a declared layer. */
    public SampleSpec {
        layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        layers.forEach((key, layer) -> {
            if (!key.equals(layer.name())) {
                throw new IllegalArgumentException("layer " + layer.name() + " is listed as '" + key + "'");
            }
        });
        stacks = List.copyOf(stacks);
        require(layers, ambient, "ambient");
        require(layers, substrate, "substrate");
        Set<String> stackNames = new HashSet<>();
        for (StackSpec s : stacks) {
            if (!stackNames.add(s.name()) || layers.containsKey(s.name())) {
                throw new IllegalArgumentException("stack name " + s.name() + " is used twice");
            }
            for (String l : s.layers()) {
                require(layers, l, "stack " + s.name());
            }
        }
    }

    /** Every parameter of the sample: each layer's, in declaration order, then each stack's repetitions. */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        layers.values().forEach(layer -> out.addAll(layer.parameters()));
        stacks.forEach(stack -> out.add(stack.repetitions()));
        return out;
    }

    /** The least value of each layer quantity and stack repetitions that has one, by parameter name. */
    public Map<String, Minimum> minimums() {
        Map<String, Minimum> out = new LinkedHashMap<>();
        for (LayerSpec layer : layers.values()) {
            for (LayerQuantity q : layer.quantities()) {
                if (q.minimum() > Double.NEGATIVE_INFINITY) {
                    out.put(q.parameterName(layer.name()), q.minimumOf(layer.name()));
                }
            }
        }
        for (StackSpec stack : stacks) {
            out.put(stack.repetitions().name(), StackSpec.minimumOf(stack.name()));
        }
        return out;
    }

    /**
     * {@code p} checked as the layer quantity or the stack repetitions of its name check their
     * parameters ({@link LayerQuantity#check}, {@link StackSpec#MIN_REPETITIONS}), so that a value set
     * apart from its layer, such as a model file's {@code parameters:}, is refused where it is written.
     * A parameter of no layer or stack is returned as it is.
     *
     * @throws IllegalArgumentException naming the layer or stack, the quantity and the value or bound
     */
    public Parameter check(Parameter p) {
        for (LayerSpec layer : layers.values()) {
            for (LayerQuantity q : layer.quantities()) {
                if (q.parameterName(layer.name()).equals(p.name())) {
                    return q.check(p, layer.name());
                }
            }
        }
        for (StackSpec stack : stacks) {
            if (stack.repetitions().name().equals(p.name())) {
                return new StackSpec(stack.name(), stack.layers(), p).repetitions();
            }
        }
        return p;
    }

    /** The same sample with its parameters taken, in the order of {@link #parameters()}, from {@code next}. */
    SampleSpec withParameters(Iterator<Parameter> next) {
        Map<String, LayerSpec> changed = new LinkedHashMap<>();
        layers.forEach((name, layer) -> changed.put(name, layer.withParameters(next)));
        List<StackSpec> changedStacks = new ArrayList<>();
        for (StackSpec stack : stacks) {
            changedStacks.add(stack.withParameters(next));
        }
        return new SampleSpec(changed, ambient, changedStacks, substrate);
    }

    private static void require(Map<String, LayerSpec> layers, String name, String where) {
        if (!layers.containsKey(name)) {
            throw new IllegalArgumentException(where + " names an unknown layer '" + name
                    + "'; expected one of " + String.join(", ", layers.keySet()));
        }
    }
}
