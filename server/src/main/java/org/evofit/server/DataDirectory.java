package org.evofit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of {@code --data}: one git work tree per project under {@code projects/}, the
 * service's own embedded run store and bookkeeping under {@code service/}, and uploads in progress
 * under {@code uploads/} (streamed there, moved into a project only when complete and valid, so a
 * project never holds half a file).
 */
public record DataDirectory(Path root) {

    /** The directory, made absolute and created when missing. */
    public static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        DataDirectory data = new DataDirectory(absolute);
        try {
            Files.createDirectories(data.projects());
            Files.createDirectories(data.service());
            Files.createDirectories(data.uploads());
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": --data cannot be created or written (" + e.getMessage() + ")", e);
        }
        return data;
    }

    /** Where the projects' work trees are: {@code projects/NAME/}. */
    public Path projects() {
        return root.resolve("projects");
    }

    /** The service's own files: its run store ({@code service/evofit.db}) and run bookkeeping. */
    public Path service() {
        return root.resolve("service");
    }

    /** Uploads being received. */
    public Path uploads() {
        return root.resolve("uploads");
    }
}
