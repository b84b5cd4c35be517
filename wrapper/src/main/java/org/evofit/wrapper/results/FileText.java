package org.evofit.wrapper.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A result file's text (UTF-8), or a {@link ResultFileException} saying why it cannot be read. */
final class FileText {

    private FileText() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResultFileException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new ResultFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
