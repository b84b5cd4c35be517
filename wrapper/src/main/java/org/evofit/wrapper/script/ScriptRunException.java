package org.evofit.wrapper.script;

/**
 * A model script that failed while simulating, after it compiled and declared its model: a failure of
 * the run (the command line exits with code 1), located at the script's line as
 * {@code FILE:LINE: ...} so that its author can find it without a stack trace.
 */
public final class ScriptRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScriptRunException(String file, int line, String detail, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + detail, cause);
    }
}
