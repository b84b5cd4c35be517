package org.evofit.wrapper.results;

import java.nio.file.Path;

/**
 * A result file that cannot be read as its record: missing, malformed, or without an expected column.
 * The message names the file, the line where there is one, and what was expected.
 */
public final class ResultFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file that could not be read. */
    private final transient Path file;

    /**
     * A mistake in {@code file} at {@code line} (1-based; 0 when no line applies), with what was found
     * and expected, and the exception that found it, if any.
     */
    public ResultFileException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
    }

    /** A mistake found without another exception. */
    public ResultFileException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
