package org.evofit.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods, constructors and initializers of one Java source file with the lines each spans,
 * from its signature to its closing brace. A scanner, not a parser: comments and literals are
 * blanked first, then each brace is classified by the text before it, which is enough for the
 * code style this project writes (and {@link SourceSizeTest} checks the scanner on a sample).
 */
final class MethodSpans {

    /** One member with a body: {@code name} is the identifier before its parameter list. */
    record Span(String type, String name, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    private enum Kind { TYPE, METHOD, BLOCK }

    /** A brace not closed yet; an enum's body lists its constants until its first semicolon. */
    private static final class Open {
        final Kind kind;
        final String name;
        final int firstLine;
        boolean listsConstants;

        Open(Kind kind, String name, int firstLine) {
            this.kind = kind;
            this.name = name;
            this.firstLine = firstLine;
        }
    }

    private static final Pattern TYPE_HEADER =
            Pattern.compile("\\b(class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern METHOD_NAME = Pattern.compile("(\\w+)\\s*\\(");
    private static final Pattern ANNOTATION = Pattern.compile("@(?!interface)[\\w.]+(\\s*\\([^()]*\\))?");
    private static final Pattern ANONYMOUS = Pattern.compile("\\bnew\\s+[\\w.<>, ?]+\\s*\\(.*\\)\\s*$", Pattern.DOTALL);

    private MethodSpans() {
    }

    /** Every member body of {@code source}, nested types' members included, in order of their end. */
    static List<Span> of(String source) {
        String code = blankCommentsAndLiterals(source);
        List<Span> spans = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int line = 1;
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == ';') {
                if (!open.isEmpty()) {
                    open.peek().listsConstants = false;
                }
                headerStart = i + 1;
            } else if (c == '{') {
                String header = code.substring(headerStart, i);
                open.push(classify(header, open.peek(), line - newlines(header, header.length())
                        + newlines(header, signatureStart(header))));
                headerStart = i + 1;
            } else if (c == '}') {
                Open closed = open.pop();
                if (closed.kind == Kind.METHOD) {
                    spans.add(new Span(enclosingType(open), closed.name, closed.firstLine, line));
                }
                headerStart = i + 1;
            }
        }
        return spans;
    }

    private static Open classify(String header, Open parent, int firstLine) {
        Kind enclosing = parent == null ? Kind.TYPE : parent.kind;
        String text = ANNOTATION.matcher(header).replaceAll(" ").strip();
        if (text.startsWith(",")) {
            text = text.substring(1).strip();
        }
        Matcher type = TYPE_HEADER.matcher(text);
        boolean declaresType = type.find() && !text.substring(0, type.start()).contains("(");
        if (declaresType) {
            Open body = new Open(Kind.TYPE, type.group(2), firstLine);
            body.listsConstants = type.group(1).equals("enum");
            return body;
        }
        if (parent != null && parent.listsConstants) {
            return new Open(Kind.TYPE, text.split("[\\s(]")[0], firstLine);
        }
        if (ANONYMOUS.matcher(text).find()) {
            return new Open(Kind.TYPE, "anonymous", firstLine);
        }
        if (enclosing != Kind.TYPE || text.contains("=")) {
            // A block, lambda or switch arm in a method; or a field's array initializer.
            return new Open(Kind.BLOCK, "", firstLine);
        }
        Matcher name = METHOD_NAME.matcher(text);
        // A method, a constructor (compact ones too) or an initializer.
        return new Open(Kind.METHOD, name.find() ? name.group(1) : "<init>", firstLine);
    }

    private static String enclosingType(Deque<Open> open) {
        for (Open o : open) {
            if (o.kind == Kind.TYPE) {
                return o.name;
            }
        }
        return "";
    }

    /** Where the declaration starts: after blank lines and annotations (javadoc is blank already). */
    private static int signatureStart(String header) {
        int i = 0;
        while (true) {
            while (i < header.length() && Character.isWhitespace(header.charAt(i))) {
                i++;
            }
            Matcher annotation = ANNOTATION.matcher(header).region(i, header.length());
            if (!annotation.lookingAt()) {
                return i;
            }
            i = annotation.end();
        }
    }

    private static int newlines(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * The source with comments, annotations' arguments aside, string, text-block and character
     * literals replaced by spaces (newlines kept), so braces and semicolons in them do not count.
     */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"') {
                end = closing(source, i + 1, "\"");
            } else if (source.charAt(i) == '\'') {
                end = closing(source, i + 1, "'");
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return source.length();
    }
}
