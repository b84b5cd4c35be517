package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of Python arithmetic into tokens: names (dotted, such as {@code np.sqrt}), numbers,
 * {@code **} and single characters; blanks separate and are dropped.
 */
final class PythonTokens {

    private PythonTokens() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.')) {
                    i++;
                }
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    i++;
                    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                        i++;
                    }
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
            } else if (text.startsWith("**", i)) {
                i += 2;
            } else {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** What a token that is no arithmetic is, for messages. */
    static String describe(String token) {
        return switch (token) {
            case "[", "]", ":" -> "indexing or slicing";
            case "<", ">", "=", "!" -> "a comparison or assignment";
            case "'", "\"" -> "text";
            case "%", "//", "&", "|", "~", "^" -> "an operator";
            default -> "Python syntax";
        };
    }
}
