package org.evofit.looper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Reads a sweep file's {@code sequence:}:
 *
 * <pre>{@code
 * sequence:
 *   files: [data/film_T*K.dat]                     # paths or globs, or {file: a.dat, value: 10}
 *   valueFrom: {regex: "T(\\d+(?:\\.\\d+)?)K"}      # or {ort: data_source.sample.sample_parameters.temperature.magnitude}
 *   keepFromLast: true                             # default: start each fit from the previous result
 *   adjustBounds: false                            # re-centre the bounds around that start
 * }</pre>
 */
final class SequenceReader {

    private static final Set<String> KEYS = Set.of("files", "valueFrom", "keepFromLast", "adjustBounds");
    private static final Set<String> VALUE_FROM_KEYS = Set.of("regex", "ort");
    private static final Set<String> ENTRY_KEYS = Set.of("file", "value");

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
        for (Node item : items) {
            if (item instanceof MapNode explicit) {
                explicit.rejectUnknownKeys(ENTRY_KEYS);
                ScalarNode file = explicit.required("file").asScalar();
                for (Path f : Globs.expand(file, base)) {
                    if (seen.add(f)) {
                        entries.add(new SequenceEntry(f, explicit.number("value")));
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
                    entries.add(new SequenceEntry(f, values.of(f, pattern)));
                }
            }
        }
        return new Sequence(entries, node.optionalBool("keepFromLast", true),
                node.optionalBool("adjustBounds", false));
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
