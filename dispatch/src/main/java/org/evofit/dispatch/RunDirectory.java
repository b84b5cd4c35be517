package org.evofit.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evofit.wrapper.io.AtomicFiles;

/** A worker's local run directory: the flat set of files one run writes, emptied, removed and read back. */
final class RunDirectory {

    private RunDirectory() {
    }

    /**
     * Deletes the directory's files (a run writes no subdirectories), keeping the directory. What a
     * worker killed while writing the run's files staged there goes first: a non-empty staging folder
     * would otherwise refuse its deletion and fail the run on the worker that takes it up again.
     */
    static void clear(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        AtomicFiles.removeStaging(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes the directory and its files; a failure costs disk space only. */
    static void remove(Path dir) {
        try {
            clear(dir);
            Files.deleteIfExists(dir);
        } catch (IOException | UncheckedIOException e) {
            // A leftover directory costs disk space only.
        }
    }

    /** The run's files by name (hidden temporaries left out), to record in the store. */
    static SortedMap<String, byte[]> files(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".")) {
                    out.put(name, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's files in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

}
