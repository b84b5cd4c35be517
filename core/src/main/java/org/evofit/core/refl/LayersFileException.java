package org.evofit.core.refl;

import org.evofit.core.input.InputFileException;

/**
 * A mistake in an ORSO {@code .layers} file: {@code FILE:LINE:COLUMN: what was expected}, or
 * {@code FILE: ...} for the whole file.
 */
public final class LayersFileException extends InputFileException {

    private static final long serialVersionUID = 1L;

    /**
     * A mistake at a place in a layers file.
     *
     * @param file   the file as the user named it
     * @param line   1-based line, or 0 when the mistake concerns the whole file
     * @param column 1-based character column of the offending field, or 0 for the whole line
     * @param detail what was expected and what was found
     */
    public LayersFileException(String file, int line, int column, String detail) {
        super(file, line, column, detail);
    }
}
