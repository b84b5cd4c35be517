package org.evofit.wrapper.modelfile;

import java.util.List;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.doc.Node;

/**
 * The limit a reflectivity model's stacks must keep to be computable: they cannot unroll into more
 * layers than a simulation can hold, reported where the sample is written. (The least values of layer
 * quantities and repetitions are the vocabulary's: {@code LayerQuantity.minimum()}.)
 */
final class PhysicalLimits {

    /** Layers a sample may unroll into: far beyond any real multilayer, far below running out of memory. */
    static final int MAX_LAYERS = 10_000;

    private PhysicalLimits() {
    }

    /**
     * Refuses stacks that unroll into more than {@link #MAX_LAYERS} layers at the largest repetitions
     * they may take (a fitted count's max).
     */
    static void layerCount(List<StackSpec> stacks, Map<String, Parameter> parameters, Node at) {
        double total = 0;
        StringBuilder parts = new StringBuilder();
        for (StackSpec s : stacks) {
            Parameter reps = parameters.getOrDefault(StackSpec.repetitionsName(s.name()), s.repetitions());
            double most = reps.fit() ? reps.max() : reps.value();
            total += Math.round(most) * (double) s.layers().size();
            parts.append(parts.length() == 0 ? "" : ", ").append(s.name()).append(": ").append(Math.round(most))
                    .append(" x ").append(s.layers().size());
        }
        if (total > MAX_LAYERS) {
            throw at.error("the stacks unroll into " + String.format("%.0f", total) + " layers (" + parts
                    + "), more than the " + MAX_LAYERS + " a simulation allows; expected fewer repetitions");
        }
    }
}
