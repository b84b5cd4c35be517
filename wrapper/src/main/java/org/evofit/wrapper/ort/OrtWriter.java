package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Writes data sets back as an ORSO text file with evofit's model beside the data.
 *
 * <p>Each data set keeps its header as it was read (the whole header for the first, only the
 * changed entries for a later one, which starts with {@code data_set}) and every one of its
 * columns with the values as read, in the file's units. What evofit adds:
 * <ul>
 *   <li>a column {@value ModelColumn#NAME} after the file's own ones, holding the model curve, and
 *       its description at the end of the {@code columns:} list (see {@link ModelColumn} for a
 *       data set without sR or sQz);
 *   <li>an {@code analysis} section in the first header, before {@code data_set} and
 *       {@code columns}, saying how the model came about ({@link OrtAnalysis}); an analysis
 *       section the file had already is replaced, since it described some other model.
 * </ul>
 * Comments inside the YAML are not kept: the header is written from its tree. The ORSO line and
 * the summary line after it are kept as written, and the one-line column summary above each data
 * set's rows is written anew.
 */
public final class OrtWriter {

    private static final String ANALYSIS = "analysis";
    private static final String DATA_SET = "data_set";
    private static final String COLUMNS = "columns";

    private OrtWriter() {
    }

    /**
     * The text of an .ort file: the source's header and data sets, each with the model curve as an
     * extra column, and the analysis section (none when {@code analysis} is {@code null}). The caller
     * writes it (atomically, as result files are).
     *
     * @param source   the data sets, usually as read by {@link OrtReader}
     * @param models   the model curve of each data set, one value per row, in the order of
     *                 {@code source}
     * @param analysis what to say about the fit, or {@code null} to add no analysis section
     * @throws IllegalArgumentException when the models do not match the data sets in number or
     *                                  length
     */
    public static String format(OrtFile source, List<double[]> models, OrtAnalysis analysis) {
        List<OrtDataSet> sets = source.dataSets();
        if (models.size() != sets.size()) {
            throw new IllegalArgumentException(sets.size() + " data sets but " + models.size()
                    + " model curves");
        }
        StringBuilder text = new StringBuilder();
        source.preamble().forEach(line -> text.append(line).append('\n'));
        for (int i = 0; i < sets.size(); i++) {
            OrtDataSet set = sets.get(i);
            ModelColumn placed = ModelColumn.place(set, models.get(i));
            ObjectNode header = i == 0
                    ? firstHeader(set, placed, analysis) : laterHeader(set, placed);
            if (i > 0) {
                // The format's optional separator, which gnuplot also reads as one.
                text.append('\n');
            }
            text.append(HeaderText.of(header));
            text.append(DataRows.of(placed.columns(), placed.values()));
        }
        return text.toString();
    }

    /**
     * The first header in its own key order, with the analysis placed where the format's
     * chronological order has it: after everything but {@code data_set} and {@code columns},
     * which describe the rows below.
     */
    private static ObjectNode firstHeader(OrtDataSet set, ModelColumn placed,
                                          OrtAnalysis analysis) {
        ObjectNode block = set.headerBlock();
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        boolean analysisWritten = analysis == null;
        for (Map.Entry<String, JsonNode> entry : block.properties()) {
            String key = entry.getKey();
            if (!analysisWritten && (key.equals(DATA_SET) || key.equals(COLUMNS))) {
                header.set(ANALYSIS, analysis.toTree());
                analysisWritten = true;
            }
            if (key.equals(COLUMNS)) {
                header.set(COLUMNS, columns(entry.getValue(), placed));
            } else if (!key.equals(ANALYSIS)) {
                header.set(key, entry.getValue());
            }
        }
        if (!analysisWritten) {
            header.set(ANALYSIS, analysis.toTree());
        }
        if (!header.has(COLUMNS)) {
            header.set(COLUMNS, describe(placed.columns()));
        }
        return header;
    }

    /**
     * A later data set's block, opening with {@code data_set} as the format's separator requires.
     * It loses any analysis of its own, so the first header's applies to it too.
     */
    private static ObjectNode laterHeader(OrtDataSet set, ModelColumn placed) {
        ObjectNode block = set.headerBlock();
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        JsonNode name = block.get(DATA_SET);
        header.set(DATA_SET, name != null ? name : JsonNodeFactory.instance.textNode(set.name()));
        for (Map.Entry<String, JsonNode> entry : block.properties()) {
            String key = entry.getKey();
            if (key.equals(COLUMNS)) {
                header.set(COLUMNS, columns(entry.getValue(), placed));
            } else if (!key.equals(DATA_SET) && !key.equals(ANALYSIS)) {
                header.set(key, entry.getValue());
            }
        }
        return header;
    }

    private static JsonNode columns(JsonNode list, ModelColumn placed) {
        if (!(list instanceof ArrayNode array)) {
            // Only a data set made in code can get here; its column records say what is true.
            return describe(placed.columns());
        }
        return placed.extend(array);
    }

    /** Column descriptions from the records, for a data set whose header has none. */
    private static ArrayNode describe(List<OrtColumn> columns) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (OrtColumn column : columns) {
            ObjectNode node = list.addObject();
            putIfPresent(node, "name", column.name());
            putIfPresent(node, "unit", column.unit());
            putIfPresent(node, "physical_quantity", column.physicalQuantity());
            putIfPresent(node, "error_of", column.errorOf());
            putIfPresent(node, "error_type", column.errorType());
            putIfPresent(node, "value_is", column.valueIs());
            putIfPresent(node, "distribution", column.distribution());
        }
        return list;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
