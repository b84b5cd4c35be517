package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a one-data-set ORSO file made from a header tree and columns of numbers, for data that
 * comes from elsewhere (a GenX project's data set with the ORSO header GenX kept): the ORSO line, the
 * header as the format's {@code # } YAML, the column summary and the rows, every number round-tripping.
 */
public final class OrtFileText {

    private OrtFileText() {
    }

    /**
     * The file's text.
     *
     * @param header the header, with its {@code columns:} list describing {@code values} in order
     * @param values the table, {@code values[column][row]}
     * @throws IllegalArgumentException when the header's columns do not match the table
     */
    public static String of(ObjectNode header, double[][] values) {
        JsonNode list = header.path("columns");
        if (!list.isArray() || list.size() != values.length) {
            throw new IllegalArgumentException("the header describes " + list.size() + " columns but the table has "
                    + values.length);
        }
        List<OrtColumn> columns = new ArrayList<>();
        for (JsonNode c : list) {
            columns.add(new OrtColumn(text(c, "name"), text(c, "unit"), text(c, "physical_quantity"),
                    text(c, "error_of"), text(c, "error_type"), text(c, "value_is"), text(c, "distribution")));
        }
        return OrtFile.ORSO_LINE + "\n" + HeaderText.of(header) + DataRows.of(columns, values);
    }

    private static String text(JsonNode column, String key) {
        JsonNode v = column.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
