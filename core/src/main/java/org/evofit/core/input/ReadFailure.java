package org.evofit.core.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file a person named (a data, model, layer or script file) cannot be read, worded once for every reader of
 * such files. The words never name the file: the located message ({@link InputFileException}) names it already, and
 * a file system failure's own message starts with the path (a permission failure's is nothing else).
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /**
     * {@code failure} as the detail of a located message: {@code file not found}, {@code expected a readable file but
     * access was denied}, or {@code cannot read the file: REASON} with the system's reason ({@code Input/output
     * error}, {@code Is a directory}) but not the path it was given.
     */
    public static String detail(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "file not found";
        }
        if (failure instanceof AccessDeniedException) {
            return "expected a readable file but access was denied";
        }
        String reason = failure instanceof FileSystemException f ? f.getReason() : failure.getMessage();
        return reason == null || reason.isBlank() ? "cannot read the file" : "cannot read the file: " + reason;
    }
}
