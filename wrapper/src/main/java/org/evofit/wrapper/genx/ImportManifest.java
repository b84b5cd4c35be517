package org.evofit.wrapper.genx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The hidden file {@value #NAME} an import writes into its output directory: the names of the files it
 * wrote there, one a line. An import into a directory that holds an earlier import removes the earlier
 * one's files it does not write again, so the directory holds one import's files: a reimport of a
 * project whose data sets were renamed, or of another project, would otherwise keep the earlier data
 * files beside its own, and nothing would tell which belong to the model.
 */
final class ImportManifest {

    /** The manifest's file name inside the output directory. */
    static final String NAME = ".evofit-import";

    /** More is not a manifest evofit wrote (a GenX batch of 10,000 entries lists about 300 kB). */
    private static final long MAX_BYTES = 16L << 20;

    private ImportManifest() {
    }

    /**
     * Which entries of {@code dir} are an earlier import's files: regular files (never a folder or a
     * link) that its manifest lists by a plain name. Nothing, when {@code dir} holds no manifest.
     */
    static Predicate<String> earlierFiles(Path dir) {
        Set<String> listed = listed(dir.resolve(NAME));
        return name -> listed.contains(name) && Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** The manifest's text for the files written (all in one directory). */
    static String text(List<Path> written) {
        return written.stream().map(p -> p.getFileName().toString() + "\n").collect(Collectors.joining());
    }

    private static Set<String> listed(Path manifest) {
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > MAX_BYTES) {
                return Set.of();
            }
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(ImportManifest::isPlainName).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** A file name of the directory itself: no separator, not hidden (so never the manifest or staging). */
    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.contains("/") && !name.contains("\\");
    }
}
