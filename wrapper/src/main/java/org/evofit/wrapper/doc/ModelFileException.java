package org.evofit.wrapper.doc;

/**
 * A mistake in a model file. The message reads {@code FILE:LINE:COLUMN: what was expected}, or
 * {@code FILE: what was expected} when the mistake concerns the whole file (such as a missing one).
 */
public final class ModelFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /**
     * A mistake at a place in a file.
     *
     * @param file   the file as the user named it
     * @param line   1-based line, or 0 when the mistake concerns the whole file
     * @param column 1-based column, or 0 when unknown
     * @param detail what was expected and what was found
     */
    public ModelFileException(String file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** A mistake at a location. */
    public ModelFileException(Location at, String detail) {
        this(at.file(), at.line(), at.column(), detail);
    }

    /** A mistake that concerns the whole file. */
    public static ModelFileException ofFile(String file, String detail) {
        return new ModelFileException(file, 0, 0, detail);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the mistake concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }

    private static String format(String file, int line, int column, String detail) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(detail).toString();
    }
}
