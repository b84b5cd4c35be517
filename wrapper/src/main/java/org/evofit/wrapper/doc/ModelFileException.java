package org.evofit.wrapper.doc;

import org.evofit.core.input.InputFileException;

/**
 * A mistake in a model file: {@code FILE:LINE:COLUMN: what was expected}, or {@code FILE: ...}
 * when the mistake concerns the whole file (such as a missing one).
 */
public final class ModelFileException extends InputFileException {

    private static final long serialVersionUID = 1L;

    /**
     * A mistake at a place in a model file.
     *
     * @param file   the file as the user named it
     * @param line   1-based line, or 0 when the mistake concerns the whole file
     * @param column 1-based column, or 0 when unknown
     * @param detail what was expected and what was found
     */
    public ModelFileException(String file, int line, int column, String detail) {
        super(file, line, column, detail);
    }

    /** A mistake at a location. */
    public ModelFileException(Location at, String detail) {
        this(at.file(), at.line(), at.column(), detail);
    }

    /** A mistake that concerns the whole file. */
    public static ModelFileException ofFile(String file, String detail) {
        return new ModelFileException(file, 0, 0, detail);
    }
}
