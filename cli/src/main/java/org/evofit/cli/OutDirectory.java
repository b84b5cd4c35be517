package org.evofit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check every verb writing into an {@code --out DIR} makes before it writes anything. */
final class OutDirectory {

    private OutDirectory() {
    }

    /** Refuses an {@code --out} that names an existing file: it must be a directory or not exist yet. */
    static void check(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + ": --out must be a directory, but a file of that name exists");
        }
    }
}
