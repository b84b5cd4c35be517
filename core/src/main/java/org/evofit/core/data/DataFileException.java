package org.evofit.core.data;

/**
 * A mistake in a data file, located so the user can jump to it. The message reads
 * {@code FILE:LINE:COLUMN: what was expected}; the line and column parts are left out when they do
 * not apply (for example {@code data.dat: file not found}).
 */
public final class DataFileException extends IllegalArgumentException {

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
     * @param column 1-based character column of the offending field, or 0 for the whole line
     * @param detail what was expected and what was found
     */
    public DataFileException(String file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** A mistake that concerns the whole file, such as a missing file. */
    public static DataFileException ofFile(String file, String detail) {
        return new DataFileException(file, 0, 0, detail);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line of the mistake, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based character column of the offending field, or 0 when it concerns a whole line. */
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
