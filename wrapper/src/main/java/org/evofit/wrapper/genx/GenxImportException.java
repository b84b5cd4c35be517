package org.evofit.wrapper.genx;

import org.evofit.core.input.InputFileException;

/**
 * A GenX project file that cannot be imported: not HDF5, not a Reflectivity-plugin model, or a script
 * line without an evofit equivalent. It is bad input, so the command line exits with code 2.
 */
public final class GenxImportException extends InputFileException {

    private static final long serialVersionUID = 1L;

    /**
     * A problem at a line of the project's script, or with the whole file when {@code line} is 0.
     *
     * @param file   the .hgx file as the user named it
     * @param line   1-based script line, or 0
     * @param detail what was found and what was expected
     */
    public GenxImportException(String file, int line, String detail) {
        super(file, 0, 0, line > 0 ? "script line " + line + ": " + detail : detail);
    }
}
