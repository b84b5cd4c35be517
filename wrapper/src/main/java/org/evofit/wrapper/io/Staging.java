package org.evofit.wrapper.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a process keeps what it writes before the result is complete: the hidden folder
 * {@value #FOLDER} inside a directory, one folder per process, {@code FOLDER/<pid>/}. A process
 * killed midway leaves its things there, never beside the results, and the next process that stages
 * in the same directory removes what processes no longer running left, never what a live one is
 * writing. {@link AtomicFiles} stages result files this way; script compilation and the GenX
 * importer's check of a translated model stage their scratch folders this way too.
 *
 * <p>The threads of a process share its folder: each use is a {@link Claim}, and the folder is
 * removed only when the last claim of this process in that directory is closed. Creating the folder,
 * counting claims and removing it happen under one lock, so no thread removes the folder another has
 * just claimed. Another process may still remove the empty {@value #FOLDER} between the creation of
 * it and of this process's folder inside it; the creation is then tried again.
 */
public final class Staging {

    /** The hidden folder, inside a directory, that holds each process's staging folder. */
    public static final String FOLDER = ".evofit-staging";

    /** This process's staging folder's name. */
    private static final String OWN = Long.toString(ProcessHandle.current().pid());

    /** How often the creation is tried while other processes keep removing the empty parent. */
    private static final int ATTEMPTS = 100;

    /** The open claims of this process per directory (its real path); the lock of creation and removal. */
    private static final Map<Path, Integer> CLAIMS = new HashMap<>();

    private Staging() {
    }

    /**
     * Claims this process's staging folder in {@code dir}, created (with {@code dir}) if missing, after
     * removing what processes no longer running left there. Close the claim when done (in a finally
     * block or try-with-resources): the folder goes with the last claim, if nothing is left in it.
     */
    public static Claim own(Path dir) throws IOException {
        Path key = Files.createDirectories(dir).toRealPath();
        removeLeftovers(key);
        synchronized (CLAIMS) {
            Path folder = create(key.resolve(FOLDER).resolve(OWN));
            CLAIMS.merge(key, 1, Integer::sum);
            return new Claim(key, folder);
        }
    }

    /**
     * Removes from {@code dir}'s {@value #FOLDER} what processes no longer running left (killed
     * midway), and the folder itself when nothing else is in it.
     */
    public static void sweep(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                return;
            }
            Path key = dir.toRealPath();
            removeLeftovers(key);
            synchronized (CLAIMS) {
                deleteIfEmpty(key.resolve(FOLDER));
            }
        } catch (NoSuchFileException e) {
            // Removed meanwhile by whoever owned it: nothing left to sweep.
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
        } catch (NoSuchFileException | NotDirectoryException e) {
            return;
        }
        for (Path p : left) {
            deleteTree(p);
        }
    }

    private static Path create(Path folder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return Files.createDirectories(folder);
            } catch (NoSuchFileException e) {
                // Another process removed the empty FOLDER between its creation and that of ours in it.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void release(Path key) throws IOException {
        synchronized (CLAIMS) {
            int open = CLAIMS.merge(key, -1, Integer::sum);
            if (open > 0) {
                return;
            }
            CLAIMS.remove(key);
            deleteIfEmpty(key.resolve(FOLDER).resolve(OWN));
            deleteIfEmpty(key.resolve(FOLDER));
        }
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
            // Another process (or another claim) is writing into the same folder right now.
        }
    }

    /**
     * Deletes a file or a folder with everything in it; a link is removed, never followed. What
     * another thread or process removes meanwhile (two sweeps of one dead process's folder, or a web server's removal of
     * a refused upload's parts) is skipped, and a root that does not exist is nothing to delete.
     */
    public static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * One use of this process's staging folder in a directory. Closing it (once; later closes do
     * nothing) removes the folder when it was the last open claim there and the folder is empty.
     */
    public static final class Claim implements AutoCloseable {

        private final Path dir;
        private final Path folder;
        private boolean closed;

        private Claim(Path dir, Path folder) {
            this.dir = dir;
            this.folder = folder;
        }

        /** This process's staging folder, which stays while the claim is open. */
        public Path folder() {
            return folder;
        }

        @Override
        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                release(dir);
            }
        }
    }
}
