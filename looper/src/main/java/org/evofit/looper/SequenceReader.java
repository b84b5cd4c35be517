package org.evofit.looper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.Location;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Reads a sweep file's {@code sequence:}:
 *
 * <pre>{@code
 * sequence:
 *   files: [data/film_T*K.dat]                     # paths or globs, or {file: a.dat, value: 10}
 *                                                  # ({..., start: {Fe.d: 52.3}}: that file's start values;
 *                                                  # {..., model: b.yaml}: its runs use that model file,
 *                                                  # as when an entry fits other parameters or bounds)
 *   valueFrom: {regex: "T(\\d+(?:\\.\\d+)?)K"}      # or {ort: data_source.sample.sample_parameters.temperature.magnitude}
 *   keepFromLast: true                             # default: start each fit from the previous result
 *   adjustBounds: false                            # re-centre the bounds around that start
 *   label: temperature                             # what the values are, for the report's x axis
 *   unit: K                                        # their unit (an ORSO header's own is used otherwise)
 * }</pre>
 */
final class SequenceReader {

    private static final Set<String> KEYS = Set.of("files", "valueFrom", "keepFromLast", "adjustBounds", "label",
            "unit");
    /** Longest label or unit: they are printed on a chart axis and a CSV header. */
    private static final int MAX_NAME = 40;
    private static final Set<String> VALUE_FROM_KEYS = Set.of("regex", "ort");
    private static final Set<String> ENTRY_KEYS = Set.of("file", "value", "start", "model");

    private SequenceReader() {
    }

    /** Reads and checks the {@code sequence:} map; files are resolved against {@code base}. */
    static Sequence read(MapNode node, Path base) {
        node.rejectUnknownKeys(KEYS);
        Optional<SequenceValues> rule = node.optionalMap("valueFrom").map(SequenceReader::rule);
        Node filesNode = node.required("files");
        List<Node> items = filesNode instanceof ListNode list ? list.items() : List.of(filesNode);
        if (items.isEmpty()) {
            throw filesNode.error("expected at least one data file");
        }
        List<SequenceEntry> entries = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (Node item : items) {
            if (item instanceof MapNode explicit) {
                explicit.rejectUnknownKeys(ENTRY_KEYS);
                ScalarNode file = explicit.required("file").asScalar();
                double value = explicit.number("value");
                List<StartValue> start = explicit.optionalMap("start").map(SequenceReader::start).orElse(List.of());
                Path model = explicit.has("model") ? model(explicit.required("model").asScalar(), base) : null;
                Location modelAt = model == null ? null : explicit.required("model").location();
                for (Path f : Globs.expand(file, base)) {
                    if (seen.add(f)) {
                        entries.add(new SequenceEntry(f, value, start, model, modelAt));
                    }
                }
                continue;
            }
            ScalarNode pattern = item.asScalar();
            SequenceValues values = rule.orElseThrow(() -> pattern.error("no sequence value for '"
                    + pattern.asString() + "'; expected valueFrom: {regex: ...} or {ort: ...}, or"
                    + " {file: ..., value: ...}"));
            for (Path f : Globs.expand(pattern, base)) {
                if (seen.add(f)) {
                    SequenceValues.Reading reading = values.of(f, pattern);
                    entries.add(new SequenceEntry(f, reading.value()));
                    if (reading.unit() != null) {
                        units.add(reading.unit());
                    }
                }
            }
        }
        return new Sequence(entries, node.optionalBool("keepFromLast", true),
                node.optionalBool("adjustBounds", false), axis(node, rule, units));
    }

    /**
     * What the values are: the sweep file's {@code label:} and {@code unit:} when given, else what the
     * rule and the files say. Files that give different units cannot share one axis.
     */
    private static SequenceAxis axis(MapNode node, Optional<SequenceValues> rule, Set<String> units) {
        String label = name(node, "label");
        String unit = name(node, "unit");
        if (label == null) {
            label = rule.map(SequenceValues::label).orElse(null);
        }
        if (unit == null && !units.isEmpty()) {
            if (units.size() > 1) {
                throw node.map("valueFrom").error("the files give their sequence values in different units ("
                        + String.join(", ", units) + "); expected one unit for the whole sequence, or unit: "
                        + "in the sequence to name it");
            }
            unit = units.iterator().next();
        }
        return new SequenceAxis(label, unit);
    }

    /** An optional one-line name ({@code label:} or {@code unit:}), or {@code null} when absent. */
    private static String name(MapNode node, String key) {
        Optional<Node> value = node.optional(key);
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            throw value.get().error("expected a short text for " + key + ", like "
                    + (key.equals("unit") ? "K" : "temperature") + ", but found " + value.get().describe());
        }
        String text = scalar.asString().strip();
        if (text.isEmpty() || text.length() > MAX_NAME || text.chars().anyMatch(Character::isISOControl)) {
            throw scalar.error("expected a one-line text of 1 to " + MAX_NAME + " characters for " + key
                    + ", like " + (key.equals("unit") ? "K" : "temperature") + ", but found '" + scalar.text() + "'");
        }
        return text;
    }

    /**
     * An entry's {@code start:} map, parameter name to value. Names and bounds are checked against the
     * models by {@link SweepPlan}; here only that each value is a finite number.
     */
    private static List<StartValue> start(MapNode start) {
        if (start.isEmpty()) {
            throw start.error("expected at least one parameter: value in start, such as {Fe.d: 52.3}");
        }
        List<StartValue> out = new ArrayList<>();
        for (MapEntry e : start.entries()) {
            ScalarNode v = e.value() instanceof ScalarNode s ? s : null;
            if (v == null) {
                throw e.value().error("expected a number as the start value of " + e.key() + " but found "
                        + e.value().describe());
            }
            double value = v.asDouble();
            if (!Double.isFinite(value)) {
                throw v.error("expected a finite start value for " + e.key() + " but found " + v.describe());
            }
            out.add(new StartValue(e.key(), value, e.keyLocation(), v.location()));
        }
        return out;
    }

    /** An entry's own model file, relative to the sweep file's folder; it must exist. */
    private static Path model(ScalarNode node, Path base) {
        Path model = base.resolve(node.asString()).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(model)) {
            throw node.error("model file '" + node.asString() + "' not found; expected a model file relative to "
                    + "the sweep file");
        }
        return model;
    }

    private static SequenceValues rule(MapNode valueFrom) {
        valueFrom.rejectUnknownKeys(VALUE_FROM_KEYS);
        if (valueFrom.size() != 1) {
            throw valueFrom.error("expected exactly one of regex or ort in valueFrom");
        }
        if (valueFrom.has("regex")) {
            return SequenceValues.Regex.compile(valueFrom.required("regex").asScalar());
        }
        ScalarNode path = valueFrom.required("ort").asScalar();
        return new SequenceValues.OrtHeader(path.asString(), path);
    }
}
