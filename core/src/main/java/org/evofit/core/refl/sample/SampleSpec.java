package org.evofit.core.refl.sample;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sample as GenX describes it: an ambient medium, stacks of layers (bottom first, as GenX's
 * {@code Sample(Stacks=[...])}) and a substrate. A layer may appear in several stacks and several
 * times; it is one set of parameters wherever it appears.
 *
 * @param layers    every layer, by name
 * @param ambient   name of the ambient (fronting) medium
 * @param stacks    the stacks, from the substrate up
 * @param substrate name of the substrate (backing) medium
 */
public record SampleSpec(Map<String, LayerSpec> layers, String ambient, List<StackSpec> stacks,
                         String substrate) {

    /** Checks that every name refers to a declared layer. */
    public SampleSpec {
        layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
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

    private static void require(Map<String, LayerSpec> layers, String name, String where) {
        if (!layers.containsKey(name)) {
            throw new IllegalArgumentException(where + " names an unknown layer '" + name
                    + "'; expected one of " + String.join(", ", layers.keySet()));
        }
    }
}
