package org.evofit.wrapper.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Writes a set of files so that a reader never sees a half-written one: every file is first written
 * in full into the hidden folder {@value #STAGING} beside its target, and only when all of them are
 * complete are they renamed into place, in the order queued (so the file queued last, a run's
 * {@code result.json}, marks the set complete). If writing fails, the staged files are removed and no
 * target is touched.
 *
 * <p>Each process stages in a folder of its own, {@code STAGING/<pid>/} ({@link Staging}). A process
 * killed while writing leaves its staged files there, never beside the results: the next commit into
 * the same folder (the rerun) removes what processes no longer running left, and never what a live one
 * is writing. Files are created with the default permissions, so they honour the user's umask like any
 * other file the user makes.
 */
public final class AtomicFiles {

    /** The hidden folder, beside the targets, where files are staged before they are renamed into place. */
    public static final String STAGING = Staging.FOLDER;

    private final Map<Path, byte[]> pending = new LinkedHashMap<>();
    private final Map<Path, Predicate<String>> replaced = new LinkedHashMap<>();

    /** Queues a text file (UTF-8). */
    public AtomicFiles text(Path target, String content) {
        pending.put(target.toAbsolutePath().normalize(), content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Queues a binary file. */
    public AtomicFiles bytes(Path target, byte[] content) {
        pending.put(target.toAbsolutePath().normalize(), content.clone());
        return this;
    }

    /**
     * Makes the commit replace a set of files as a whole: the entries of {@code dir} whose names
     * {@code owned} accepts (files or folders) are removed just before the queued files are renamed
     * in, so {@code dir} then holds only this commit's files of that set, never an earlier one's.
     */
    public AtomicFiles replacing(Path dir, Predicate<String> owned) {
        replaced.put(dir.toAbsolutePath().normalize(), owned);
        return this;
    }

    /** Writes every queued file; creates parent directories as needed. */
    public void commit() {
        List<Staging.Claim> claims = new ArrayList<>();
        try {
            write(claims);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + e.getMessage(), e);
        } finally {
            release(claims);
        }
        pending.clear();
        replaced.clear();
    }

    /** Stages every file, then renames them into place; the staged files go again if that fails. */
    private void write(List<Staging.Claim> claims) throws IOException {
        List<Path[]> staged = new ArrayList<>();
        Map<Path, Path> stagingOf = new LinkedHashMap<>();
        try {
            for (Path folder : pending.keySet().stream().map(Path::getParent).distinct().toList()) {
                Staging.Claim claim = Staging.own(folder);
                claims.add(claim);
                stagingOf.put(folder, claim.folder());
            }
            for (Map.Entry<Path, byte[]> e : pending.entrySet()) {
                Path target = e.getKey();
                Path tmp = stagingOf.get(target.getParent()).resolve(target.getFileName() + "." + UUID.randomUUID()
                        + ".tmp");
                staged.add(new Path[] {tmp, target});
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    out.write(e.getValue());
                }
            }
            for (Map.Entry<Path, Predicate<String>> r : replaced.entrySet()) {
                removeOwned(r.getKey(), r.getValue());
            }
            for (Path[] s : staged) {
                move(s[0], s[1]);
            }
        } catch (IOException | RuntimeException e) {
            for (Path[] s : staged) {
                try {
                    Files.deleteIfExists(s[0]);
                } catch (IOException ignored) {
                    // Best effort: the original error is the one worth reporting.
                }
            }
            throw e;
        }
    }

    /**
     * Closes the claims on the staging folders, so the last one out removes them. A folder whose
     * removal fails stays empty and hidden, and goes with a later commit or once this process has
     * ended: not worth failing a commit whose files are in place.
     */
    private static void release(List<Staging.Claim> claims) {
        for (Staging.Claim claim : claims) {
            try {
                claim.close();
            } catch (IOException ignored) {
                // See above: an empty hidden folder is all that is left.
            }
        }
    }

    /** Writes one text file atomically. */
    public static void writeText(Path target, String content) {
        new AtomicFiles().text(target, content).commit();
    }

    /**
     * Removes from {@code dir/STAGING} what commits killed midway left behind (the folders of
     * processes no longer running), and the staging folder itself when nothing else is in it.
     */
    public static void removeStaging(Path dir) {
        Staging.sweep(dir);
    }

    private static void removeOwned(Path dir, Predicate<String> owned) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> old;
        try (Stream<Path> entries = Files.list(dir)) {
            old = entries.filter(p -> owned.test(p.getFileName().toString())).toList();
        }
        for (Path p : old) {
            Staging.deleteTree(p);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
