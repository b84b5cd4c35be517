package org.evofit.wrapper.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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

    /**
     * Why the run in {@code runDir} failed, as its error.txt says it (stripped); empty when it has none.
     *
     * @throws IOException when there is an error.txt that cannot be read (a folder of that name among them: the run
     *                     failed, or something took its file's place, and that must not pass for a run without error)
     */
    public static Optional<String> read(Path runDir) throws IOException {
        Path file = runDir.resolve(NAME);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /**
     * What {@link #read}'s {@code failure} means, in plain words for the person looking at the run: that its error.txt
     * is there but cannot be read, and the likely reason by the failure's kind. It quotes neither the failure's message
     * nor a path, so a page of the web service may show it.
     */
    public static String unreadable(IOException failure) {
        String why = failure instanceof AccessDeniedException ? "no permission to read it"
                : failure instanceof CharacterCodingException ? "it is not UTF-8 text"
                : "a folder in its place, or a read error";
        return NAME + " exists but cannot be read: " + why;
    }
}
