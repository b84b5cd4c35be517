package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep file that fits one model file to a sequence of data files (what evofit loop reads
 * as {@code models:} and {@code sequence:}), spelled by {@link YamlScalars} as model files are. The
 * GenX importer writes a GenX batch through it.
 */
public final class SweepSequenceWriter {

    /**
     * One data file of the sequence.
     *
     * @param file    the data file, relative to the sweep file
     * @param value   its sequence value (a temperature, say)
     * @param start   by parameter: the start values where this entry differs from the model file's
     * @param model   the entry's own model file (relative to the sweep file) replacing the sweep's, or null
     * @param comment a comment after the entry, or null
     */
    public record Entry(String file, double value, Map<String, Double> start, String model, String comment) {

        /** Copies the map, keeping its order. */
        public Entry {
            start = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(start));
        }

        /** An entry fitting the sweep's model. */
        public Entry(String file, double value, Map<String, Double> start, String comment) {
            this(file, value, start, null, comment);
        }
    }

    /**
     * How each fit starts, with the comments that say where the choices came from.
     *
     * @param keepFromLast        start each fit from the previous one's result
     * @param keepFromLastComment comment lines on keepFromLast (the first after the value), or empty
     * @param adjustBounds        re-centre the bounds around that start
     * @param adjustBoundsComment a comment on adjustBounds, or null
     */
    public record Chaining(boolean keepFromLast, List<String> keepFromLastComment, boolean adjustBounds,
                           String adjustBoundsComment) {
    }

    private SweepSequenceWriter() {
    }

    /**
     * The sweep file's text.
     *
     * @param header    comment lines at the top
     * @param modelFile the model file, relative to the sweep file
     */
    public static String text(List<String> header, String modelFile, List<Entry> entries, Chaining chaining) {
        YamlLines out = new YamlLines();
        header.forEach(h -> out.comment("", h));
        out.line("models: [" + YamlScalars.quoted(modelFile) + "]");
        out.line("sequence:").line("  files:");
        for (Entry e : entries) {
            out.line("    - {file: " + YamlScalars.quoted(e.file()) + ", value: " + YamlScalars.number(e.value())
                    + start(e.start()) + (e.model() == null ? "" : ", model: " + YamlScalars.quoted(e.model())) + "}",
                    e.comment());
        }
        comments(out, "  keepFromLast: " + chaining.keepFromLast(), chaining.keepFromLastComment());
        out.line("  adjustBounds: " + chaining.adjustBounds(), chaining.adjustBoundsComment());
        return out.text();
    }

    /** The line with its first comment, the other comments aligned under it. */
    private static void comments(YamlLines out, String line, List<String> comments) {
        if (comments.isEmpty()) {
            out.line(line);
            return;
        }
        out.line(line, comments.get(0));
        String indent = " ".repeat(line.length() + 3);
        comments.subList(1, comments.size()).forEach(c -> out.comment(indent, c));
    }

    /** An entry's {@code , start: {...}}, or nothing when it starts from the model file's values. */
    private static String start(Map<String, Double> values) {
        if (values.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        values.forEach((name, v) -> items.add(YamlScalars.string(name) + ": " + YamlScalars.number(v)));
        return ", start: {" + String.join(", ", items) + "}";
    }
}
