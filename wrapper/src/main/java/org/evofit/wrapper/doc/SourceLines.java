package org.evofit.wrapper.doc;

import java.util.List;

/**
 * The lines of a model file, for looking at what is written at a location the parser reported.
 * Columns are counted in code points, as the YAML parser counts them.
 */
final class SourceLines {

    private final List<String> lines;

    SourceLines(String text) {
        this.lines = text.lines().toList();
    }

    /** The rest of a line from a 1-based line and column; empty when outside the text. */
    String from(int line, int column) {
        if (line < 1 || line > lines.size() || column < 1) {
            return "";
        }
        String text = lines.get(line - 1);
        if (column - 1 > text.codePointCount(0, text.length())) {
            return "";
        }
        return text.substring(text.offsetByCodePoints(0, column - 1));
    }

    /**
     * The 1-based line and column of the bracket ({@code [} or <code>{</code>) that opens level
     * {@code depth + 1} of nesting, outside quotes, or null when the brackets never nest that deep.
     */
    int[] bracketDeeperThan(int depth) {
        int level = 0;
        for (int l = 0; l < lines.size(); l++) {
            String text = lines.get(l);
            char quote = 0;
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (quote != 0) {
                    quote = ch == quote ? 0 : quote;
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '[' || ch == '{') {
                    if (++level > depth) {
                        return new int[] {l + 1, text.codePointCount(0, c) + 1};
                    }
                } else if (ch == ']' || ch == '}') {
                    level--;
                }
            }
        }
        return null;
    }

    /**
     * Whether the YAML value starting at a location is quoted. The reported start of a value includes
     * an anchor ({@code &name}) or tag ({@code !!str}) in front of it, so those are skipped first.
     */
    boolean isQuotedAt(int line, int column) {
        String rest = from(line, column);
        while (rest.startsWith("&") || rest.startsWith("!")) {
            int blank = rest.indexOf(' ');
            rest = blank < 0 ? "" : rest.substring(blank).stripLeading();
        }
        return rest.startsWith("\"") || rest.startsWith("'");
    }
}
