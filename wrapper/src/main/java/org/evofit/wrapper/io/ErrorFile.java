package org.evofit.wrapper.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A failed run's error.txt in its run directory: why it failed, as the looper wrote it. One reader for the sweep
 * directory, the sweep report and the web service, which each word a file that cannot be read their own way.
 */
public final class ErrorFile {

    /** The file's name inside a run directory. */
    public static final String NAME = "error.txt";

    private ErrorFile() {
    }

    /** Why the run in {@code runDir} failed, as its error.txt says it (stripped); empty when it has none. */
    public static Optional<String> read(Path runDir) throws IOException {
        Path file = runDir.resolve(NAME);
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }
}
