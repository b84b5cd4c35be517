package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the argument text of a Python call such as {@code sigma=2.0, dens=4/3.92**3, f=fp.Pt} into
 * keyword arguments, and a list literal {@code [a , b]} into its items. Commas inside brackets,
 * parentheses or quotes do not split. This is enough for what GenX's GUI writes, not a Python parser.
 */
final class PythonCall {

    private PythonCall() {
    }

    /**
     * The keyword arguments in order; null when an argument is positional or the brackets do not balance.
     *
     * @param args the text between the call's parentheses
     * @return argument name to its expression text, stripped
     */
    static Map<String, String> keywords(String args) {
        List<String> parts = split(args);
        if (parts == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : parts) {
            int eq = part.indexOf('=');
            if (eq <= 0 || !part.substring(0, eq).strip().matches("[A-Za-z_]\\w*") || part.startsWith("=", eq + 1)) {
                return null;
            }
            out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return out;
    }

    /** The names in a list literal {@code [a, b]}; null when it is not a list of plain names. */
    static List<String> names(String list) {
        String t = list.strip();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            return null;
        }
        List<String> parts = split(t.substring(1, t.length() - 1));
        if (parts == null || !parts.stream().allMatch(p -> p.matches("[A-Za-z_]\\w*"))) {
            return null;
        }
        return parts;
    }

    /** Top-level comma-separated parts, stripped, empty ones (a trailing comma) left out. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth < 0) {
                    return null;
                }
            } else if (c == ',' && depth == 0) {
                add(out, text.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || quote != 0) {
            return null;
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String part) {
        if (!part.isBlank()) {
            out.add(part.strip());
        }
    }

    /** The text of a Python string literal {@code 'x'} or {@code "x"}; null when it is not one. */
    static String string(String literal) {
        String t = literal.strip();
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)
                && t.indexOf(t.charAt(0), 1) == t.length() - 1 && t.indexOf('\\') < 0) {
            return t.substring(1, t.length() - 1);
        }
        return null;
    }
}
