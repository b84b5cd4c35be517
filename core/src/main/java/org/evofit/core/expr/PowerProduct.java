package org.evofit.core.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An expression seen as a constant times a product of powers of names, such as {@code c3 / c1} or
 * {@code 2 * c3 / (c1 * sqrt(c2))}: the shape whose first-order error propagation is exact in form,
 * since relative errors then add in quadrature weighted by the powers.
 *
 * @param powers each name's power in order of first appearance; names whose powers cancel are left out
 */
public record PowerProduct(Map<String, Double> powers) {

    /** Keeps the powers unmodifiable. */
    public PowerProduct {
        powers = Collections.unmodifiableMap(new LinkedHashMap<>(powers));
    }

    /**
     * The powers of {@code source}'s names when it is a product of powers; empty when it is not
     * (a sum, a function other than sqrt, a power whose exponent is not constant).
     *
     * @throws ExpressionException on a syntax error
     */
    public static Optional<PowerProduct> of(String source) {
        Map<String, Double> powers = new LinkedHashMap<>();
        if (!collect(Parser.parse(Objects.requireNonNull(source, "source")), 1, powers)) {
            return Optional.empty();
        }
        powers.values().removeIf(p -> p == 0);
        return Optional.of(new PowerProduct(powers));
    }

    private static boolean collect(Node node, double power, Map<String, Double> into) {
        if (node instanceof Node.Constant) {
            return true;
        }
        if (node instanceof Node.Name n) {
            if (!n.name().equals("pi") && !n.name().equals("e")) {
                into.merge(n.name(), power, Double::sum);
            }
            return true;
        }
        if (node instanceof Node.Negate n) {
            return collect(n.operand(), power, into);
        }
        if (node instanceof Node.Binary b) {
            return switch (b.operator()) {
                case MULTIPLY -> collect(b.left(), power, into) && collect(b.right(), power, into);
                case DIVIDE -> collect(b.left(), power, into) && collect(b.right(), -power, into);
                case POWER -> constant(b.right()).map(p -> collect(b.left(), power * p, into)).orElse(false);
                default -> constant(node).isPresent();
            };
        }
        if (node instanceof Node.Call c && c.function() == MathFunction.SQRT) {
            return collect(c.arguments().get(0), power / 2, into);
        }
        return constant(node).isPresent();
    }

    /** The value of a subtree without names, as the compiler would fold it. */
    private static Optional<Double> constant(Node node) {
        try {
            Node folded = new Resolver(name -> -1, null).resolve(node);
            return folded instanceof Node.Constant c ? Optional.of(c.value()) : Optional.empty();
        } catch (ExpressionException nameInside) {
            return Optional.empty();
        }
    }
}
