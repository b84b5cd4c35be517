package org.evofit.wrapper.results;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A result file's text (UTF-8), or a {@link ResultFileException} saying why it cannot be read. */
final class FileText {

    private FileText() {
    }

    static String read(Path file) {
        try {
            return org.evofit.core.input.InputLimits.readString(file);
        } catch (NoSuchFileException e) {
            throw new ResultFileException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new ResultFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
