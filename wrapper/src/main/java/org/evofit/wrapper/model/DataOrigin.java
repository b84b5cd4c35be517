package org.evofit.wrapper.model;

import java.nio.file.Path;
import org.evofit.core.data.ColumnSpec;

/**
 * Where one data set of a model came from, as a model file's {@code data:} entry says it.
 *
 * @param file       the data file, or {@code null} for data given as arrays in code
 * @param ortDataSet for an ORSO .ort file, the data set chosen by name or index ({@code null}: the
 *                   file's only one); {@code null} otherwise
 * @param columns    the columns read from a text file; {@code null} for .ort files and arrays
 */
public record DataOrigin(Path file, String ortDataSet, ColumnSpec columns) {

    /** Data given as arrays in code, with no file behind them. */
    public static DataOrigin arrays() {
        return new DataOrigin(null, null, null);
    }

    /** Whether the data came from arrays rather than a file. */
    public boolean isArrays() {
        return file == null;
    }
}
