package org.evofit.wrapper.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that a reader never sees a half-written one: every file is first written
 * in full to a temporary file beside its target, and only when all of them are complete are they
 * renamed into place. If writing fails, the temporary files are removed and no target is touched.
 */
public final class AtomicFiles {

    private final Map<Path, byte[]> pending = new LinkedHashMap<>();

    /** Queues a text file (UTF-8). */
    public AtomicFiles text(Path target, String content) {
        pending.put(target, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Queues a binary file. */
    public AtomicFiles bytes(Path target, byte[] content) {
        pending.put(target, content.clone());
        return this;
    }

    /** Writes every queued file; creates parent directories as needed. */
    public void commit() {
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : pending.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                staged.add(new Path[] {tmp, target});
                Files.write(tmp, e.getValue());
            }
            for (Path[] s : staged) {
                move(s[0], s[1]);
            }
        } catch (IOException e) {
            for (Path[] s : staged) {
                try {
                    Files.deleteIfExists(s[0]);
                } catch (IOException ignored) {
                    // Best effort: the original error is the one worth reporting.
                }
            }
            throw new UncheckedIOException("could not write " + e.getMessage(), e);
        }
        pending.clear();
    }

    /** Writes one text file atomically. */
    public static void writeText(Path target, String content) {
        new AtomicFiles().text(target, content).commit();
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
