package org.evofit.wrapper.model;

import java.nio.file.Path;
import org.evofit.core.data.ColumnSpec;

/**
 * Where one data set of a model came from, as a model file's {@code data:} entry says it.
 *
 * @param file       the data file, or {@code null} for data given as arrays in code
 * @param ortDataSet for a file of several curves (an ORSO .ort file), the one chosen by name or index
 *                   ({@code null}: the file's only one)
 * @param columns    the columns read from a text file; {@code null} for formats that name their columns, and arrays
 * @param format     the entry's {@code format:}, or {@code null} when the format is chosen by the file's name and
 *                   content
 */
public record DataOrigin(Path file, String ortDataSet, ColumnSpec columns, String format) {

    /** An origin whose format is chosen by the file's name and content. */
    public DataOrigin(Path file, String ortDataSet, ColumnSpec columns) {
        this(file, ortDataSet, columns, null);
    }

    /** Data given as arrays in code, with no file behind them. */
    public static DataOrigin arrays() {
        return new DataOrigin(null, null, null, null);
    }

    /** Whether the data came from arrays rather than a file. */
    public boolean isArrays() {
        return file == null;
    }
}
