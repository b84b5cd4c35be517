package org.evofit.wrapper.script;

import org.evofit.core.input.InputFileException;

/**
 * A model script that does not compile, has no usable class, or fails while declaring its model.
 * Bad input: the command line exits with code 2 and the message reads {@code FILE:LINE:COLUMN: ...}.
 */
public final class ScriptException extends InputFileException {

    private static final long serialVersionUID = 1L;

    /**
     * A mistake at a place in a script.
     *
     * @param file   the script as the user named it
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param detail what went wrong
     */
    public ScriptException(String file, int line, int column, String detail) {
        super(file, line, column, detail);
    }
}
