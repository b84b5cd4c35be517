package org.evofit.wrapper.results;

/**
 * A result file that cannot be read as its record: missing, malformed, or without an expected column.
 * The message names the file, the line where there is one, and what was expected.
 */
public final class ResultFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A mistake with a message that names file and line. */
    public ResultFileException(String message) {
        super(message);
    }

    /** A mistake caused by another exception. */
    public ResultFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
