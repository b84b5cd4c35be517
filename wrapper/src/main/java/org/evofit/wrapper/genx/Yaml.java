package org.evofit.wrapper.genx;

import java.util.regex.Pattern;

/** The few YAML spellings the importer needs: scalars quoted only when plain text would be misread. */
final class Yaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.+\\-]*( [a-z][a-z.]*)*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~");

    private Yaml() {
    }

    /**
     * A string: plain when it is a name or lower-case words such as {@code fast conv}, double-quoted
     * otherwise (names with spaces, materials such as {@code "Mg + O"}, expressions).
     */
    static String string(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.endsWith(" ")) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A quantity: a bare value when fixed, {value, min, max} when fitted; expressions are quoted. */
    static String quantity(Quantity q) {
        String value = q.text().matches("[+-]?[0-9.]+(e[+-]?[0-9]+)?") ? q.text() : "\"" + q.text() + "\"";
        if (!q.fit()) {
            return value;
        }
        return "{value: " + value + ", min: " + Num.format(q.min()) + ", max: " + Num.format(q.max()) + "}";
    }
}
