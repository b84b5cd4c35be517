package org.evofit.wrapper.data;

import org.evofit.core.data.ColumnSpec;

/**
 * What a model file's data entry says about reading its file beyond the file's own content.
 *
 * @param columns which columns are x, y, error and resolution, for formats whose columns are not named
 *                in the file ({@code null}: the format's default); a format whose columns are named refuses
 *                a {@code columns:} that disagrees with them
 * @param dataSet the curve to take from a file of several, by name or index ({@code null}: the only one)
 */
public record ReadOptions(ColumnSpec columns, String dataSet) {

    /** No options: the format's defaults. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, null);
}
