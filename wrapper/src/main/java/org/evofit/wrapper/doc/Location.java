package org.evofit.wrapper.doc;

/**
 * Where something was written in a model file.
 *
 * @param file   the file as the user named it
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {

    /** {@code FILE:LINE:COLUMN}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
