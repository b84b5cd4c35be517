package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a data set's model curve goes when the data set is written back: a column
 * {@value #NAME} after all the file's own columns.
 *
 * <p>The format numbers its leading columns Qz, R, sR, sQz and allows further columns only after
 * those four, so a data set without sR or sQz first gains them, filled with {@code nan}, the
 * format's word for "unknown" (and read back as absent). A data set that already has a
 * {@value #NAME} column, such as one evofit wrote before, has its values replaced instead, so that
 * writing a file again does not stack model columns.
 *
 * @param columns the columns after placing the model, in file order
 * @param added   the column descriptions the header's {@code columns:} list gains
 * @param values  the table after placing the model, {@code values[column][row]}
 */
record ModelColumn(List<OrtColumn> columns, List<ObjectNode> added, double[][] values) {

    /** The name of the model column. */
    static final String NAME = "Rfit";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PADDING = "not given: nan throughout; written because the ORSO"
            + " format requires this column before further ones";

    /**
     * Places a model curve in a data set's table.
     *
     * @param set   the data set
     * @param model one value per row
     */
    static ModelColumn place(OrtDataSet set, double[] model) {
        if (model.length != set.rows()) {
            throw new IllegalArgumentException("data set " + set.name() + " has " + set.rows()
                    + " rows but its model has " + model.length + " values");
        }
        List<OrtColumn> columns = new ArrayList<>(set.columns());
        List<double[]> values = new ArrayList<>(Arrays.asList(set.values()));
        int existing = indexOfModel(columns);
        if (existing >= 0) {
            values.set(existing, model.clone());
            return new ModelColumn(List.copyOf(columns), List.of(),
                    values.toArray(double[][]::new));
        }
        List<ObjectNode> added = new ArrayList<>();
        OrtColumn qz = columns.get(ColumnLayout.QZ);
        OrtColumn r = columns.get(ColumnLayout.R);
        if (columns.size() == ColumnLayout.ERROR) {
            pad(columns, values, added, r, "uncertainty", set.rows());
        }
        if (columns.size() == ColumnLayout.RESOLUTION) {
            pad(columns, values, added, qz, "resolution", set.rows());
        }
        OrtColumn modelColumn = OrtColumn.quantity(NAME, r.unit(), "model reflectivity");
        ObjectNode node = NODES.objectNode().put("name", NAME);
        if (r.unit() != null) {
            node.put("unit", r.unit());
        }
        node.put("physical_quantity", modelColumn.physicalQuantity())
                .put("comment", "reflectivity of evofit's model, see analysis");
        columns.add(modelColumn);
        values.add(model.clone());
        added.add(node);
        return new ModelColumn(List.copyOf(columns), List.copyOf(added),
                values.toArray(double[][]::new));
    }

    /** A copy of a header's column list with the added descriptions at its end. */
    ArrayNode extend(ArrayNode list) {
        ArrayNode extended = list.deepCopy();
        added.forEach(node -> extended.add(node.deepCopy()));
        return extended;
    }

    private static int indexOfModel(List<OrtColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).isError() && NAME.equals(columns.get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    private static void pad(List<OrtColumn> columns, List<double[]> values, List<ObjectNode> added,
                            OrtColumn of, String errorType, int rows) {
        double[] nan = new double[rows];
        Arrays.fill(nan, Double.NaN);
        columns.add(new OrtColumn(null, null, null, of.name(), errorType, "sigma", null));
        values.add(nan);
        added.add(NODES.objectNode().put("error_of", of.name()).put("error_type", errorType)
                .put("value_is", "sigma").put("comment", PADDING));
    }
}
