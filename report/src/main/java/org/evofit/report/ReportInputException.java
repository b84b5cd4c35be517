package org.evofit.report;

/**
 * A run or sweep directory whose files cannot make a report: a file is missing or malformed. The
 * message names the file, the line where there is one, and what was expected.
 */
public final class ReportInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A mistake with a message that names file and line. */
    public ReportInputException(String message) {
        super(message);
    }

    /** A mistake caused by another exception. */
    public ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
