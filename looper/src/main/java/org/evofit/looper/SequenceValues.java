package org.evofit.looper;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.ScalarNode;
import org.evofit.wrapper.ort.OrtDataSet;
import org.evofit.wrapper.ort.OrtReader;

/**
 * Where a sequence's values come from when they are not written next to each file: a number in
 * the file's name ({@code valueFrom: {regex: ...}}, the first capturing group) or a number in the
 * header of an ORSO file ({@code valueFrom: {ort: dotted.path}}). Every mistake is located in the
 * sweep file: at the rule itself, or at the pattern that named the offending file.
 */
sealed interface SequenceValues {

    /**
     * The value of {@code file}.
     *
     * @param namedAt the pattern in the sweep file that named the file (where a mismatch is reported)
     * @throws ModelFileException when the file yields no number
     */
    double of(Path file, ScalarNode namedAt);

    /** A regular expression on the file's name; its first group is the value. */
    record Regex(Pattern pattern, ScalarNode at) implements SequenceValues {

        /**
         * Compiles the expression written at {@code at}.
         *
         * @throws ModelFileException for a bad expression or one without a capturing group
         */
        static Regex compile(ScalarNode at) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(at.asString());
            } catch (PatternSyntaxException e) {
                throw at.error("not a regular expression: " + e.getDescription());
            }
            if (pattern.matcher("").groupCount() < 1) {
                throw at.error("the regex '" + at.asString() + "' has no capturing group; expected one"
                        + " around the number, like \"T(\\\\d+)K\"");
            }
            return new Regex(pattern, at);
        }

        @Override
        public double of(Path file, ScalarNode namedAt) {
            String name = file.getFileName().toString();
            Matcher m = pattern.matcher(name);
            if (!m.find() || m.group(1) == null) {
                throw namedAt.error("the file name '" + name + "' does not match the regex '"
                        + at.asString() + "'; expected a match whose first group is the sequence value");
            }
            try {
                return Double.parseDouble(m.group(1));
            } catch (NumberFormatException e) {
                throw namedAt.error("the regex '" + at.asString() + "' takes '" + m.group(1) + "' from '"
                        + name + "'; expected a number");
            }
        }
    }

    /** A dotted path into the header of the first data set of an ORSO file. */
    record OrtHeader(String path, ScalarNode at) implements SequenceValues {

        @Override
        public double of(Path file, ScalarNode namedAt) {
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ort")) {
                throw namedAt.error("valueFrom: ort needs .ort files but '" + file.getFileName() + "' is not one");
            }
            OrtDataSet first;
            try {
                first = OrtReader.read(file).dataSets().get(0);
            } catch (RuntimeException e) {
                throw namedAt.error("cannot read the sequence value from " + file.getFileName() + ": "
                        + e.getMessage());
            }
            JsonNode node = first.header();
            for (String key : path.split("\\.")) {
                node = node.path(key);
            }
            if (!node.isNumber()) {
                throw at.error("the header of " + file.getFileName() + " has no number at '" + path + "'"
                        + (node.isMissingNode() ? "" : " (found " + node + ")"));
            }
            return node.asDouble();
        }
    }
}
