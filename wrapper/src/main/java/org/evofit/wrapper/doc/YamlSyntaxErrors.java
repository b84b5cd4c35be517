package org.evofit.wrapper.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns YAML syntax errors into located messages a user can act on: the parser's own location of
 * the problem (Jackson's is often a token earlier), no source excerpts, and the common mistakes
 * (bad indentation, a stray colon, a tab, an unclosed quote or bracket) said in plain words.
 *
 * <p>Jackson's YAML exception and mark classes are deprecated in favour of the YAML library's own,
 * but they are what Jackson throws, and using them spares a direct dependency on that library.
 */
@SuppressWarnings("deprecation")
final class YamlSyntaxErrors {

    private static final Pattern CONTEXT = Pattern.compile("while (?:parsing|scanning) an? (.*)");
    private static final Pattern FOUND_TOKEN = Pattern.compile("but got ([^<\\s]\\S*)$");
    private static final Pattern BAD_START =
            Pattern.compile("found character '(.*?)' that cannot start any token.*", Pattern.DOTALL);

    private YamlSyntaxErrors() {
    }

    /** The user-facing error for a parse error in the given YAML file. */
    static ModelFileException translate(JsonProcessingException e, String file, SourceLines source) {
        if (e instanceof MarkedYAMLException marked) {
            return fromMarks(marked, file);
        }
        // Errors Jackson raises itself, such as a list used as a key, read like its JSON errors.
        return JsonSyntaxErrors.translate(e, file, source);
    }

    private static ModelFileException fromMarks(MarkedYAMLException e, String file) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        String thing = contextThing(context);
        String block = thing.isEmpty() ? "enclosing block" : thing;
        String where = contextMark == null ? "" : " that starts at line " + (contextMark.getLine() + 1)
                + ", column " + (contextMark.getColumn() + 1);

        if (context.contains("quoted scalar") && problem.contains("end of stream")
                && contextMark != null) {
            return at(file, contextMark, "expected a closing quote for the string that starts here"
                    + " but found the end of the file");
        }
        if (problemMark == null) {
            return ModelFileException.ofFile(file, lowerFirst(problem.isEmpty() ? context : problem));
        }
        if (problem.startsWith("expected <block end>")) {
            return at(file, problemMark, "bad indentation: expected this line to continue the "
                    + block + where + " at the indentation of its entries, or to end it");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return at(file, problemMark, "unexpected ':'; expected a key indented like the keys"
                    + " around it, or a value in quotes if it contains ': '");
        }
        Matcher badStart = BAD_START.matcher(problem);
        if (badStart.matches()) {
            String character = badStart.group(1);
            if (character.startsWith("\\t")) {
                return at(file, problemMark, "expected spaces but found a tab; YAML does not allow"
                        + " tabs here");
            }
            return at(file, problemMark, "expected a value but found '" + character
                    + "', which cannot start one; put the value in quotes");
        }
        String message = FOUND_TOKEN.matcher(problem).replaceAll("but found '$1'")
                .replace("but got", "but found")
                .replace(", but found", " but found")
                .replace("<stream end>", "the end of the file")
                .replace("<block mapping start>", "a nested mapping")
                .replace("<block sequence start>", "a nested list")
                .replace("<scalar>", "a value");
        if (!thing.isEmpty() && contextMark != null && !samePlace(contextMark, problemMark)) {
            message += " (in the " + thing + where + ")";
        }
        return at(file, problemMark, lowerFirst(message));
    }

    /** The parser's name for what it was reading, in the user's words. */
    private static String contextThing(String context) {
        Matcher m = CONTEXT.matcher(context);
        if (!m.matches()) {
            return "";
        }
        return switch (m.group(1)) {
            case "block mapping" -> "mapping";
            case "flow mapping" -> "{...} mapping";
            case "block collection", "block sequence", "indentless sequence" -> "list";
            case "flow sequence" -> "[...] list";
            case "quoted scalar" -> "quoted string";
            case "block scalar" -> "multi-line string";
            case "simple key" -> "key";
            default -> m.group(1);
        };
    }

    private static boolean samePlace(Mark a, Mark b) {
        return a.getLine() == b.getLine() && a.getColumn() == b.getColumn();
    }

    /** YAML marks count lines and columns from 0. */
    private static ModelFileException at(String file, Mark mark, String message) {
        return new ModelFileException(file, mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    /** Messages continue after "FILE:LINE:COLUMN: ", so they start in lower case unless an acronym. */
    private static String lowerFirst(String text) {
        if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
