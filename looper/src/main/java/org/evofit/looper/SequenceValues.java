package org.evofit.looper;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.ScalarNode;
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
    Reading of(Path file, ScalarNode namedAt);

    /** The quantity the values are, when the rule names it (an ORSO header path does); else {@code null}. */
    default String label() {
        return null;
    }

    /**
     * One file's sequence value.
     *
     * @param value the value
     * @param unit  its unit where the file gives one (an ORSO header's {@code unit} beside the
     *              {@code magnitude}), else {@code null}
     */
    record Reading(double value, String unit) {
    }

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
        public Reading of(Path file, ScalarNode namedAt) {
            String name = file.getFileName().toString();
            Matcher m = pattern.matcher(name);
            if (!m.find() || m.group(1) == null) {
                throw namedAt.error("the file name '" + name + "' does not match the regex '"
                        + at.asString() + "'; expected a match whose first group is the sequence value");
            }
            try {
                return new Reading(Double.parseDouble(m.group(1)), null);
            } catch (NumberFormatException e) {
                throw namedAt.error("the regex '" + at.asString() + "' takes '" + m.group(1) + "' from '"
                        + name + "'; expected a number");
            }
        }
    }

    /**
     * A dotted path into the header of the first data set of an ORSO file. ORSO writes a physical
     * quantity as {@code {magnitude: 250, unit: K}}: for a path ending in {@code magnitude} the unit
     * is read beside it and the quantity is the key above it ({@code temperature}).
     */
    record OrtHeader(String path, ScalarNode at) implements SequenceValues {

        private static final String MAGNITUDE = "magnitude";

        @Override
        public String label() {
            String[] keys = path.split("\\.");
            return isMagnitude() && keys.length > 1 ? keys[keys.length - 2] : keys[keys.length - 1];
        }

        private boolean isMagnitude() {
            return path.equals(MAGNITUDE) || path.endsWith("." + MAGNITUDE);
        }

        @Override
        public Reading of(Path file, ScalarNode namedAt) {
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ort")) {
                throw namedAt.error("valueFrom: ort needs .ort files but '" + file.getFileName() + "' is not one");
            }
            JsonNode header;
            try {
                header = OrtReader.firstHeader(file);
            } catch (RuntimeException e) {
                throw namedAt.error("cannot read the sequence value from " + file.getFileName() + ": "
                        + e.getMessage());
            }
            JsonNode parent = null;
            JsonNode node = header;
            for (String key : path.split("\\.")) {
                parent = node;
                node = node.path(key);
            }
            if (!node.isNumber()) {
                throw at.error("the header of " + file.getFileName() + " has no number at '" + path + "'"
                        + (node.isMissingNode() ? "" : " (found " + node + ")"));
            }
            JsonNode unit = isMagnitude() ? parent.path("unit") : null;
            return new Reading(node.asDouble(), unit != null && unit.isTextual() && !unit.asText().isBlank()
                    ? unit.asText().strip() : null);
        }
    }
}
