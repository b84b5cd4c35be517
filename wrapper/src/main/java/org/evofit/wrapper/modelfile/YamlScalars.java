package org.evofit.wrapper.modelfile;

import java.util.regex.Pattern;
import org.evofit.core.param.Parameter;

/** How {@link ModelFileWriter} spells numbers, strings and parameters so that they read back exactly. */
final class YamlScalars {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~|\\.?inf(inity)?|nan");

    private YamlScalars() {
    }

    /**
     * A number in the shortest text that reads back as exactly the same double: whole numbers
     * without ".0", infinities as {@code inf}/{@code -inf}.
     */
    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }

    /** A string: plain when it is a name, double-quoted otherwise. */
    static String string(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches()) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A parameter as a model file writes it: a bare number when fixed without bounds,
     * {@code {value, min, max}} when fitted, and the bounds with {@code fit: false} when fixed with
     * bounds (so that fitting it later needs only the flag).
     */
    static String parameter(Parameter p) {
        boolean hasMin = p.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = p.max() != Double.POSITIVE_INFINITY;
        if (!p.fit() && !hasMin && !hasMax) {
            return number(p.value());
        }
        StringBuilder out = new StringBuilder("{value: ").append(number(p.value()));
        if (hasMin) {
            out.append(", min: ").append(number(p.min()));
        }
        if (hasMax) {
            out.append(", max: ").append(number(p.max()));
        }
        if (!p.fit()) {
            out.append(", fit: false");
        }
        return out.append('}').toString();
    }
}
