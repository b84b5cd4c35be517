package org.evofit.wrapper.genx;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one Python syntax check an import needs before it reads a GenX script line by line: brackets
 * that match. An unclosed bracket would otherwise only show later as a missing model.Sample or
 * Instrument, far from the line to correct. Strings (including triple-quoted ones) and comments are
 * skipped; Python itself is not run.
 */
final class PythonSyntax {

    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    private PythonSyntax() {
    }

    /**
     * Checks the script's brackets.
     *
     * @throws GenxImportException at the line of the first closing bracket that matches nothing, or of
     *                             the first bracket never closed
     */
    static void checkBrackets(String script, String file) {
        Deque<int[]> open = new ArrayDeque<>();
        String[] lines = script.split("\\R", -1);
        String triple = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int i = 0;
            while (i < line.length()) {
                if (triple != null) {
                    int end = line.indexOf(triple, i);
                    if (end < 0) {
                        break;
                    }
                    i = end + 3;
                    triple = null;
                    continue;
                }
                char c = line.charAt(i);
                if (c == '#') {
                    break;
                }
                if (c == '"' || c == '\'') {
                    String q = String.valueOf(c);
                    if (line.startsWith(q.repeat(3), i)) {
                        triple = q.repeat(3);
                        i += 3;
                        continue;
                    }
                    int end = closingQuote(line, i + 1, c);
                    i = end < 0 ? line.length() : end + 1;
                    continue;
                }
                int kind = OPENERS.indexOf(c);
                if (kind >= 0) {
                    open.push(new int[] {kind, n + 1});
                } else if ((kind = CLOSERS.indexOf(c)) >= 0) {
                    if (open.isEmpty() || open.peek()[0] != kind) {
                        throw new GenxImportException(file, n + 1, "the script is not valid Python: '" + c
                                + "' closes no '" + OPENERS.charAt(kind) + "'");
                    }
                    open.pop();
                }
                i++;
            }
        }
        if (!open.isEmpty()) {
            int[] first = open.peekLast();
            throw new GenxImportException(file, first[1], "the script is not valid Python: '"
                    + OPENERS.charAt(first[0]) + "' is never closed");
        }
    }

    private static int closingQuote(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }
}
