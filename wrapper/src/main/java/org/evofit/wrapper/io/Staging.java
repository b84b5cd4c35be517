package org.evofit.wrapper.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a process keeps what it writes before the result is complete: the hidden folder
 * {@value #FOLDER} inside a directory, one folder per process, {@code FOLDER/<pid>/}. A process
 * killed midway leaves its things there, never beside the results, and the next process that stages
 * in the same directory removes what processes no longer running left, never what a live one is
 * writing. {@link AtomicFiles} stages result files this way; script compilation and the GenX
 * importer's check of a translated model stage their scratch folders this way too.
 */
public final class Staging {

    /** The hidden folder, inside a directory, that holds each process's staging folder. */
    public static final String FOLDER = ".evofit-staging";

    /** This process's staging folder's name. */
    private static final String OWN = Long.toString(ProcessHandle.current().pid());

    private Staging() {
    }

    /**
     * This process's staging folder in {@code dir}, created (with {@code dir}) if missing, after
     * removing what processes no longer running left there.
     */
    public static Path own(Path dir) throws IOException {
        removeLeftovers(dir);
        return Files.createDirectories(dir.resolve(FOLDER).resolve(OWN));
    }

    /**
     * Removes from {@code dir}'s {@value #FOLDER} what processes no longer running left (killed
     * midway), and the folder itself when nothing else is in it.
     */
    public static void sweep(Path dir) {
        try {
            removeLeftovers(dir);
            deleteIfEmpty(dir.resolve(FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(FOLDER) + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging folders of processes that no longer run (and anything else staged there). */
    static void removeLeftovers(Path dir) throws IOException {
        Path staging = dir.resolve(FOLDER);
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> left;
        try (Stream<Path> entries = Files.list(staging)) {
            left = entries.filter(p -> !isLive(p.getFileName().toString())).toList();
        }
        for (Path p : left) {
            deleteTree(p);
        }
    }

    /**
     * Removes this process's staging folder in {@code dir} when it is empty, and {@value #FOLDER}
     * likewise: what is still staged there (another thread's) stays.
     */
    public static void releaseIfEmpty(Path dir) throws IOException {
        deleteIfEmpty(dir.resolve(FOLDER).resolve(OWN));
        deleteIfEmpty(dir.resolve(FOLDER));
    }

    /** Whether {@code name} is the staging folder of a process that is running (this one included). */
    private static boolean isLive(String name) {
        if (name.equals(OWN)) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(name)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // Another process is writing into the same folder right now.
        }
    }

    /** Deletes a file or a folder with everything in it; a link is removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
