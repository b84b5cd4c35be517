package org.evofit.wrapper.genx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.ort.OrtFileText;

/**
 * The {@code .ort} file of a data set GenX loaded from an ORSO file: the header GenX kept, and x, y and
 * error (and the resolution column when the model reads one) as GenX holds them.
 *
 * <p>GenX reads an ORSO file's columns 0, 1 and 2 as they are, but Qz given in 1/nm in inverse ångström
 * and the resolution column as 1 sigma; so the first column is described in 1/angstrom, and the error and
 * resolution columns as 1 sigma, whatever the original said. GenX's own {@code file_name} entry is left out
 * of {@code data_source}; model.yaml's header names the original file instead.
 */
final class OrtDataText {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COLUMNS = "columns";

    private OrtDataText() {
    }

    /**
     * The file's text.
     *
     * @param d          a data set whose {@link GenxDataSet#loadedFrom()} is an ORSO file
     * @param resolution the extra column written fourth as x's resolution, or null
     */
    static String text(GenxDataSet d, String resolution) {
        ObjectNode meta = d.loadedFrom().meta();
        ObjectNode header = NODES.objectNode();
        for (String first : List.of("data_source", "reduction")) {
            if (meta.has(first)) {
                header.set(first, meta.get(first).deepCopy());
            }
        }
        for (Map.Entry<String, JsonNode> e : meta.properties()) {
            if (!header.has(e.getKey()) && !e.getKey().equals(COLUMNS) && !e.getKey().equals("data_set")) {
                header.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        if (header.path("data_source") instanceof ObjectNode source) {
            source.remove("file_name");
        }
        List<double[]> values = new ArrayList<>(List.of(d.x(), d.y(), d.error()));
        if (resolution != null) {
            values.add(d.extra().get(resolution));
        }
        header.set(COLUMNS, columns(meta.path(COLUMNS), values.size()));
        return OrtFileText.of(header, values.toArray(new double[0][]));
    }

    /** The first {@code n} column descriptions GenX kept, with what GenX did to their values. */
    private static ArrayNode columns(JsonNode kept, int n) {
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            JsonNode k = kept.path(i);
            ObjectNode c = k.isObject() ? k.deepCopy() : NODES.objectNode();
            if (i == 0) {
                c.put("name", c.path("name").asText("Qz"));
                if (c.path("unit").asText().equals("1/nm")) {
                    c.put("unit", "1/angstrom");
                }
            } else if (i == 1) {
                c.put("name", c.path("name").asText("R"));
            } else {
                if (!c.has("name") && !c.has("error_of")) {
                    c.put("error_of", out.get(i == 2 ? 1 : 0).path("name").asText());
                }
                c.remove("value_is");
            }
            out.add(c);
        }
        return out;
    }
}
