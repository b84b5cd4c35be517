package org.evofit.server.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory's files as the service offers them: regular files (no links), hidden names (staging
 * folders of writes in progress) left out, named by their path relative to the directory with
 * {@code /}. A requested name is only ever looked up in this listing, so no name reaches outside.
 */
final class Listing {

    // A run directory holds its files and charts/ (two levels); deeper is room to spare, not a need.
    private static final int DEPTH = 4;

    private Listing() {
    }

    /** The entry of {@code dir} named exactly {@code name}, if there is one (hidden names never match). */
    static Optional<Path> child(Path dir, String name) {
        if (name == null || name.isEmpty() || name.startsWith(".") || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().equals(name)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every regular file under {@code dir}, by relative name, sorted. */
    static List<String> files(Path dir) {
        return files(dir, DEPTH);
    }

    /** The regular files at most {@code depth} levels under {@code dir} (1: its own files), sorted. */
    static List<String> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        try {
            // Walked by hand, not with Files.walk: a fit writing its results makes and removes hidden staging
            // folders meanwhile, and a folder gone between being seen and being read must not fail the page.
            Files.walkFileTree(dir, java.util.Set.of(), depth, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                    return d.equals(dir) || visible(dir.relativize(d)) ? java.nio.file.FileVisitResult.CONTINUE
                            : java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isRegularFile() && visible(dir.relativize(f))) {
                        names.add(name(dir.relativize(f)));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                    if (e instanceof java.nio.file.NoSuchFileException) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        java.util.Collections.sort(names);
        return List.copyOf(names);
    }

    /** The file of {@code dir} listed under {@code name}, if it is listed. */
    static Optional<Path> file(Path dir, String name) {
        return files(dir).contains(name) ? Optional.of(dir.resolve(name)) : Optional.empty();
    }

    private static boolean visible(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String name(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path part : relative) {
            out.append(out.length() == 0 ? "" : "/").append(part);
        }
        return out.toString();
    }
}
