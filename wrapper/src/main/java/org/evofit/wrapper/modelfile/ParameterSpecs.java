package org.evofit.wrapper.modelfile;

import java.util.Set;
import java.util.function.Supplier;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.expr.ExpressionException;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Reads one parameter as a model file writes it: a bare number (fixed), or
 * {@code {value, min, max, fit}} where fit defaults to true when both bounds are given. Any of
 * these numbers may be written as a constant arithmetic expression in quotes, such as
 * {@code "2/2.866^3"} (two atoms per cubic cell of 2.866 Å), as GenX scripts often do.
 */
final class ParameterSpecs {

    private static final Set<String> KEYS = Set.of("value", "min", "max", "fit");

    private ParameterSpecs() {
    }

    /** The parameter called {@code name} written at {@code node}. */
    static Parameter read(String name, Node node) {
        if (node instanceof ScalarNode scalar) {
            double value = finite(name, scalar);
            return at(node, () -> Parameter.fixed(name, value));
        }
        MapNode map = node.asMap().rejectUnknownKeys(KEYS);
        double value = finite(name, map.required("value").asScalar());
        boolean bounded = map.has("min") && map.has("max");
        double min = map.has("min") ? constant(map.required("min").asScalar()) : Double.NEGATIVE_INFINITY;
        double max = map.has("max") ? constant(map.required("max").asScalar()) : Double.POSITIVE_INFINITY;
        boolean fit = map.optionalBool("fit", bounded);
        if (fit && !bounded) {
            throw map.error("parameter " + name + " is fitted, so it needs both min and max");
        }
        return at(node, () -> new Parameter(name, value, fit, min, max));
    }

    /** A parameter's value: a model evaluated at an infinite or NaN value has no meaning. */
    private static double finite(String name, ScalarNode scalar) {
        double value = constant(scalar);
        if (!Double.isFinite(value)) {
            throw scalar.error("parameter " + name + " needs a finite value but '" + scalar.text() + "' is " + value);
        }
        return value;
    }

    /** A number, or a constant expression of numbers, at a scalar. */
    static double constant(ScalarNode scalar) {
        try {
            return scalar.asDouble();
        } catch (ModelFileException notANumber) {
            if (scalar.isNull()) {
                throw notANumber;
            }
            try {
                return ExpressionCompiler.compile(scalar.text(), n -> -1).evaluate(new double[0]);
            } catch (ExpressionException e) {
                throw scalar.error("expected a number or a constant expression but found '" + scalar.text()
                        + "': " + e.getMessage());
            }
        }
    }

    /** Runs a check that throws IllegalArgumentException and reports it at the node. */
    static <T> T at(Node node, Supplier<T> check) {
        try {
            return check.get();
        } catch (ModelFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
