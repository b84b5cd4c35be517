package org.evofit.core.data;

import org.evofit.core.input.InputFileException;

/**
 * A mistake in a data file: {@code FILE:LINE:COLUMN: what was expected}, or {@code FILE: ...} for
 * the whole file (for example {@code data.dat: file not found}).
 */
public final class DataFileException extends InputFileException {

    private static final long serialVersionUID = 1L;

    /**
     * A mistake at a place in a data file.
     *
     * @param file   the file as the user named it
     * @param line   1-based line, or 0 when the mistake concerns the whole file
     * @param column 1-based character column of the offending field, or 0 for the whole line
     * @param detail what was expected and what was found
     */
    public DataFileException(String file, int line, int column, String detail) {
        super(file, line, column, detail);
    }

    /** A mistake that concerns the whole file, such as a missing file. */
    public static DataFileException ofFile(String file, String detail) {
        return new DataFileException(file, 0, 0, detail);
    }
}
