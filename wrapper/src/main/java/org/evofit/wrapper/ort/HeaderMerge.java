package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The header that applies to a later data set of a file: the first data set's header with the
 * entries of the later block written over it. Mappings are merged key by key at every depth, so a
 * block that gives only {@code data_source.measurement.instrument_settings.polarization} changes
 * nothing else; any other value, lists included, replaces the first header's value whole. Each
 * later block starts again from the first header, as the format says: data set 2 does not see what
 * data set 1 changed.
 */
final class HeaderMerge {

    private HeaderMerge() {
    }

    /** A new tree: {@code base} with {@code overrides} written over it; neither is changed. */
    static ObjectNode merge(ObjectNode base, ObjectNode overrides) {
        ObjectNode merged = base.deepCopy();
        mergeInto(merged, overrides);
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode overrides) {
        for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
            JsonNode existing = target.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (existing instanceof ObjectNode inner && value instanceof ObjectNode changes) {
                mergeInto(inner, changes);
            } else {
                target.set(entry.getKey(), value.deepCopy());
            }
        }
    }
}
