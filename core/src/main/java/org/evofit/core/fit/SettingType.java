package org.evofit.core.fit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evofit.core.de.BoundaryHandling;
import org.evofit.core.de.Strategy;

/**
 * The kind of value an {@link OptimizerSetting} takes: how its text is read and how its value is
 * written as canonical text (the form a sweep hashes into run ids and a model file shows).
 */
public enum SettingType {
    /** A whole number within {@code int}. */
    INTEGER(List.of()),
    /** A whole number within {@code long}, such as a seed. */
    LONG(List.of()),
    /** A floating-point number, written in Java's shortest round-trip form. */
    NUMBER(List.of()),
    /** {@code true} or {@code false}. */
    BOOLEAN(List.of("true", "false")),
    /** A trial strategy by its GenX name. */
    STRATEGY(Arrays.stream(Strategy.values()).map(Strategy::genxName).toList()),
    /** A boundary handling by its lower-case name ({@code reinitialise} is read as well). */
    BOUNDARIES(Arrays.stream(BoundaryHandling.values()).map(b -> b.name().toLowerCase(Locale.ROOT)).toList());

    private final List<String> choices;

    SettingType(List<String> choices) {
        this.choices = choices;
    }

    /** The values a choice takes, in order; empty for numbers. */
    public List<String> choices() {
        return choices;
    }

    /**
     * The value of the text: an Integer, Long, Double, Boolean, Strategy or BoundaryHandling.
     *
     * @throws IllegalArgumentException saying what was expected when the text is not such a value
     */
    public Object parse(String text) {
        String t = text.trim();
        return switch (this) {
            case INTEGER -> parseWhole(t, "a whole number", Integer::parseInt);
            case LONG -> parseWhole(t, "a whole-number seed", Long::parseLong);
            case NUMBER -> parseNumber(t);
            case BOOLEAN -> parseBoolean(t);
            case STRATEGY -> Strategy.byName(t);
            case BOUNDARIES -> parseBoundaries(t);
        };
    }

    /** The canonical text of a value of this type. */
    public String text(Object value) {
        return switch (this) {
            case STRATEGY -> ((Strategy) value).genxName();
            case BOUNDARIES -> ((BoundaryHandling) value).name().toLowerCase(Locale.ROOT);
            default -> value.toString();
        };
    }

    /**
     * The value as this type holds it: text is parsed, a number of another width is converted when
     * it is a value of this type (2 for a NUMBER, 3.0 for an INTEGER).
     *
     * @throws IllegalArgumentException when the value is not one of this type
     */
    public Object coerce(Object value) {
        if (value instanceof String text) {
            return parse(text);
        }
        Object v = switch (this) {
            case INTEGER -> value instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : null;
            case LONG -> value instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue() : null;
            case NUMBER -> value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case STRATEGY -> value instanceof Strategy ? value : null;
            case BOUNDARIES -> value instanceof BoundaryHandling ? value : null;
        };
        if (v == null) {
            throw new IllegalArgumentException("expected " + describe() + " but found " + value);
        }
        return v;
    }

    /** What a value of this type is, for messages. */
    public String describe() {
        return switch (this) {
            case INTEGER, LONG -> "a whole number";
            case NUMBER -> "a number";
            default -> "one of " + String.join(", ", choices);
        };
    }

    /** The value as a number, for checking bounds; NaN for types that have none. */
    static double magnitude(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private interface WholeParser {
        Object parse(String text);
    }

    private static Object parseWhole(String text, String expected, WholeParser parser) {
        try {
            return parser.parse(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + expected + " but found '" + text + "'");
        }
    }

    private static Object parseNumber(String text) {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isNaN(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below with what was expected.
        }
        throw new IllegalArgumentException("expected a number but found '" + text + "'");
    }

    private static Object parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("expected true or false but found '" + text + "'");
    }

    private static Object parseBoundaries(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "reinitialize", "reinitialise" -> BoundaryHandling.REINITIALIZE;
            case "clamp" -> BoundaryHandling.CLAMP;
            case "ignore" -> BoundaryHandling.IGNORE;
            default -> throw new IllegalArgumentException("unknown boundary handling '" + text
                    + "'; expected reinitialize, clamp or ignore");
        };
    }
}
