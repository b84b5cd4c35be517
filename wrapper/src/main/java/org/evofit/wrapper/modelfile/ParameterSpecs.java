package org.evofit.wrapper.modelfile;

import org.evofit.core.param.Parameter;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Reads one parameter as a model file writes it: a bare number (fixed), or
 * {@code {value, min, max, fit}} where fit defaults to true when both bounds are given.
 */
final class ParameterSpecs {

    private static final java.util.Set<String> KEYS = java.util.Set.of("value", "min", "max", "fit");

    private ParameterSpecs() {
    }

    /** The parameter called {@code name} written at {@code node}. */
    static Parameter read(String name, Node node) {
        if (node instanceof ScalarNode scalar) {
            return at(node, () -> Parameter.fixed(name, scalar.asDouble()));
        }
        MapNode map = node.asMap().rejectUnknownKeys(KEYS);
        double value = map.number("value");
        boolean bounded = map.has("min") && map.has("max");
        double min = map.optionalNumber("min", Double.NEGATIVE_INFINITY);
        double max = map.optionalNumber("max", Double.POSITIVE_INFINITY);
        boolean fit = map.optionalBool("fit", bounded);
        if (fit && !bounded) {
            throw map.error("parameter " + name + " is fitted, so it needs both min and max");
        }
        return at(node, () -> new Parameter(name, value, fit, min, max));
    }

    /** Runs a check that throws IllegalArgumentException and reports it at the node. */
    static <T> T at(Node node, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (org.evofit.wrapper.doc.ModelFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
