package org.evofit.wrapper.modelfile;

import java.util.List;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.doc.Node;

/**
 * The limits a reflectivity model's numbers must keep to be physical and computable: a thickness, a
 * roughness and a number of repetitions cannot be negative (for a fitted one, neither can its lower
 * bound, or the optimizer would try such values), and the stacks cannot unroll into more layers than a
 * simulation can hold. Each refusal is reported where the number is written.
 */
final class PhysicalLimits {

    /** Layers a sample may unroll into: far beyond any real multilayer, far below running out of memory. */
    static final int MAX_LAYERS = 10_000;

    private PhysicalLimits() {
    }

    /**
     * Refuses a negative value, or a negative lower bound of a fitted parameter.
     *
     * @param what what the quantity is, for the message ("a thickness")
     */
    static Parameter nonNegative(Parameter p, Node at, String what) {
        if (p.value() < 0) {
            throw at.error(p.name() + " is " + what + ", which cannot be negative, but its value is " + p.value());
        }
        if (p.fit() && p.min() < 0) {
            throw at.error(p.name() + " is " + what + ", which cannot be negative, but its min is " + p.min()
                    + "; expected min >= 0");
        }
        return p;
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
