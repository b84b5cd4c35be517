package org.evofit.wrapper.doc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's JSON parse errors (and the few YAML ones Jackson raises itself rather than its
 * YAML parser) into located messages without Jackson's source references and character codes.
 */
final class JsonSyntaxErrors {

    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("Unexpected character \\((.*?) \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN =
            Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'");

    private JsonSyntaxErrors() {
    }

    /** The user-facing error for a parse error in the given file. */
    static ModelFileException translate(JsonProcessingException e, String file, SourceLines source) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message = clean(original);
        JsonLocation at = e.getLocation();
        if (original.contains("nesting depth") && original.contains("exceeds")) {
            return tooDeep(file, source);
        }
        if (at == null || at.getLineNr() < 1) {
            return ModelFileException.ofFile(file, message);
        }
        int column = backToTokenStart(original, source, at.getLineNr(), at.getColumnNr());
        return new ModelFileException(file, at.getLineNr(), Math.max(column, 1), message);
    }

    /**
     * Jackson's limit on nesting (which keeps a hostile file from exhausting the stack) says neither
     * where nor in evofit's words; the bracket that goes one level too deep is found here.
     */
    private static ModelFileException tooDeep(String file, SourceLines source) {
        int limit = StreamReadConstraints.DEFAULT_MAX_DEPTH;
        String message = "expected at most " + limit + " levels of nested lists and mappings but found more";
        int[] at = source.bracketDeeperThan(limit);
        return at == null ? ModelFileException.ofFile(file, message) : new ModelFileException(file, at[0], at[1], message);
    }

    /**
     * Jackson locates an unrecognized JSON word (such as {@code tru} or {@code NaN}) just past its
     * end; pointing at its start is what a reader expects. The column is moved only when the word
     * really is written there.
     */
    private static int backToTokenStart(String message, SourceLines source, int line, int column) {
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        if (token.find()) {
            int start = column - token.group(1).length();
            if (start >= 1 && source.from(line, start).startsWith(token.group(1))) {
                return start;
            }
        }
        return column;
    }

    private static String clean(String message) {
        if (message.isEmpty()) {
            return "malformed file";
        }
        if (message.contains("CTRL-CHAR, code 10") || message.contains("CTRL-CHAR, code 13")) {
            return "expected '\"' to close the string before the end of the line";
        }
        if (message.contains("'ALLOW_COMMENTS'")) {
            return "unexpected '/'; JSON does not allow comments (a YAML model file may use"
                    + " # comments)";
        }
        Matcher nonNumeric = UNRECOGNIZED_TOKEN.matcher(message);
        if (message.startsWith("Non-standard token") && nonNumeric.find()) {
            return "expected a JSON value but found '" + nonNumeric.group(1) + "'; JSON has no"
                    + " literal for infinity or NaN (write infinity as the string \"inf\")";
        }
        if (message.startsWith("Expected a field name")) {
            return "expected a key but found a list or mapping in its place; keys must be single"
                    + " values";
        }
        String text = SOURCE_REFERENCE.matcher(message).replaceAll("line $1, column $2");
        text = UNEXPECTED_CHARACTER.matcher(text).replaceAll("unexpected $1")
                .replace("Unexpected end-of-input", "unexpected end of file")
                .replace("close marker for Object", "'}'")
                .replace("close marker for Array", "']'")
                .replace("start marker at", "opened at")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a string, number, object, array, true, false or null")
                .replace(": was expecting ", "; expected ")
                .replace("double-quote to start field name", "a key in double quotes")
                .replace("comma to separate Array entries", "',' between list items")
                .replace("comma to separate Object entries", "',' between entries");
        return lowerFirst(text);
    }

    /** Messages continue after "FILE:LINE:COLUMN: ", so they start in lower case unless an acronym. */
    private static String lowerFirst(String text) {
        if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
