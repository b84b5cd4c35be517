package org.evofit.core.input;

/**
 * A mistake in a file the user wrote (model file, data file, layer file), located so the user can
 * jump to it. The message reads {@code FILE:LINE:COLUMN: what was expected}; the line and column
 * parts are left out when they do not apply (for example {@code data.dat: file not found}).
 *
 * <p>Every subclass means "bad input": the command line exits with code 2 for all of them.
 */
public class InputFileException extends IllegalArgumentException {

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
     * @param column 1-based character column, or 0 when it concerns a whole line or is unknown
     * @param detail what was expected and what was found
     */
    public InputFileException(String file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line of the mistake, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based character column, or 0 when it concerns a whole line or is unknown. */
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
