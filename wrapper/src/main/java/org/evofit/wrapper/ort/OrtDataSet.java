package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.evofit.core.data.DataSet;

/**
 * One data set of an ORSO file: its header, its columns as written and the curve evofit fits.
 *
 * <p>The table keeps every column in the file's own units, so that writing the data set back
 * reproduces it exactly; {@link #data()} is the same points converted for fitting: Qz and its
 * resolution in inverse ångström, errors and resolution as 1 sigma (see the package description).
 * Arrays are owned by the data set once passed in; callers must not modify them.
 *
 * @param name        the {@code data_set} identifier, or the data set's index (from 0) as text when
 *                    the file gives none
 * @param header      the header that applies to this data set: for a later data set the first
 *                    data set's header with this block's entries written over it
 * @param headerBlock the header as written above this data set's rows: the whole header for the
 *                    first data set, only the entries that change for a later one
 * @param columns     the descriptions of the columns, in file order
 * @param values      the table as written, {@code values[column][row]}
 * @param data        the curve for fitting, named {@code name}
 * @param abscissa    what the first column (the curve's x) holds
 * @param assumptions what a lenient read of a layout that is not ORSO's standard one took the columns to be,
 *                    one line each; empty for the standard layout
 * @param lines       the file line of each row, so that a point can be named where the user sees it
 */
public record OrtDataSet(String name, ObjectNode header, ObjectNode headerBlock,
                         List<OrtColumn> columns, double[][] values, DataSet data, Abscissa abscissa,
                         List<String> assumptions, int[] lines) {

    /** Checks that the table matches the columns and the curve. */
    public OrtDataSet {
        Objects.requireNonNull(name, "name");
        header = header.deepCopy();
        headerBlock = headerBlock.deepCopy();
        columns = List.copyOf(columns);
        assumptions = List.copyOf(assumptions);
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("data set " + name + ": " + columns.size()
                    + " columns described but " + values.length + " in the table");
        }
        if (lines.length != data.size()) {
            throw new IllegalArgumentException("data set " + name + ": " + lines.length
                    + " row lines but the curve has " + data.size() + " points");
        }
        for (double[] column : values) {
            if (column.length != data.size()) {
                throw new IllegalArgumentException("data set " + name + ": a column has "
                        + column.length + " rows but the curve has " + data.size() + " points");
            }
        }
    }

    /** The applying header; a copy, since JSON trees are mutable. */
    @Override
    public ObjectNode header() {
        return header.deepCopy();
    }

    /** The header as written above the rows; a copy, since JSON trees are mutable. */
    @Override
    public ObjectNode headerBlock() {
        return headerBlock.deepCopy();
    }

    /** Number of data rows. */
    public int rows() {
        return data.size();
    }

    /**
     * The unit the file gives Qz and its resolution in.
     *
     * @throws java.util.NoSuchElementException when the first column's unit is not a
     *                                          {@link QzUnit}, which only a data set not read from
     *                                          a file can have
     */
    public QzUnit qzUnit() {
        return QzUnit.parse(columns.get(ColumnLayout.QZ).unit()).orElseThrow();
    }

    /** The values of one column as written (file units); the array is shared, do not modify it. */
    public double[] column(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrtDataSet d && name.equals(d.name) && header.equals(d.header)
                && headerBlock.equals(d.headerBlock) && columns.equals(d.columns)
                && Arrays.deepEquals(values, d.values) && data.equals(d.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, data);
    }

    @Override
    public String toString() {
        return "OrtDataSet[" + name + ", " + columns.size() + " columns, " + rows() + " rows]";
    }
}
