package org.evofit.wrapper.doc;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A single value as written: a string, number, boolean or null. The text is kept as written and
 * interpreted only when asked for, so the same rules apply to YAML and JSON and to quoted and
 * plain values alike; that matters for infinity, which JSON can only write as a string.
 *
 * @param location where the value starts
 * @param text     the value's text without quotes; empty for a YAML key with no value
 * @param quoted   whether it was written as a quoted string (always so for JSON strings)
 */
public record ScalarNode(Location location, String text, boolean quoted) implements Node {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern INFINITY = Pattern.compile("([+-]?)\\.?inf(?:inity)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final int LONGEST_QUOTE = 40;

    /**
     * Whether this is YAML's or JSON's null: an unquoted {@code null} (in the YAML spellings
     * {@code null}, {@code Null}, {@code NULL}), {@code ~}, or nothing at all.
     */
    public boolean isNull() {
        return !quoted && switch (text) {
            case "", "~", "null", "Null", "NULL" -> true;
            default -> false;
        };
    }

    /** The text; an error if the value is null. */
    public String asString() {
        return asString(null);
    }

    /**
     * The value as a number: decimal integers and floats such as {@code -2.5e-3}, and infinity as
     * {@code .inf}, {@code -.inf}, {@code inf} or {@code infinity} in any case. NaN is not accepted
     * because no model setting can mean it.
     */
    public double asDouble() {
        return asDouble(null);
    }

    /** The value as a whole number within the range of {@code int}. */
    public int asInt() {
        return asInt(null);
    }

    /**
     * The value as a boolean: {@code true} or {@code false} in any case. YAML 1.1's {@code yes},
     * {@code no}, {@code on} and {@code off} are refused because they surprise as often as they help.
     */
    public boolean asBoolean() {
        return asBoolean(null);
    }

    @Override
    public String describe() {
        if (isNull()) {
            return text.isEmpty() ? "nothing" : "null";
        }
        String shown = text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE) + "..." : text;
        return "'" + shown + "'";
    }

    // The conversions below name the key the value belongs to, when there is one, in the message.

    String asString(String key) {
        if (isNull()) {
            throw Mismatch.of(this, Mismatch.STRING, key);
        }
        return text;
    }

    double asDouble(String key) {
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        var infinity = INFINITY.matcher(text);
        if (infinity.matches()) {
            return "-".equals(infinity.group(1)) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw Mismatch.of(this, Mismatch.NUMBER, key);
    }

    int asInt(String key) {
        if (INTEGER.matcher(text).matches()) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException tooLarge) {
                throw Mismatch.of(this, Mismatch.INTEGER + " between " + Integer.MIN_VALUE + " and "
                        + Integer.MAX_VALUE, key);
            }
        }
        throw Mismatch.of(this, Mismatch.INTEGER, key);
    }

    boolean asBoolean(String key) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Mismatch.of(this, Mismatch.BOOLEAN, key);
        };
    }
}
