package org.evofit.looper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Turns a path or glob written in a sweep file into files. A pattern without glob characters names
 * one file; a glob ({@code *}, {@code ?}, {@code [..]}, {@code {..}}, {@code **} across folders)
 * is matched below the folders it starts with. Matches are sorted, so a sweep expands the same way
 * on every machine; a pattern that matches nothing is a mistake, not an empty sweep.
 */
final class Globs {

    private Globs() {
    }

    /** The regular files the pattern at {@code node} names, relative to {@code base}. */
    static List<Path> expand(ScalarNode node, Path base) {
        String pattern = node.asString().replace('\\', '/');
        if (!isGlob(pattern)) {
            Path file = base.resolve(pattern).normalize();
            if (!Files.isRegularFile(file)) {
                throw node.error("no file " + file + "; expected an existing file or a glob that matches one");
            }
            return List.of(file);
        }
        // The folders before the first glob segment are where matching starts.
        String[] segments = pattern.split("/");
        StringBuilder fixed = new StringBuilder();
        int first = 0;
        while (first < segments.length - 1 && !isGlob(segments[first])) {
            fixed.append(segments[first]).append('/');
            first++;
        }
        Path root = base.resolve(fixed.toString()).normalize();
        String rest = String.join("/", java.util.Arrays.copyOfRange(segments, first, segments.length));
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        } catch (java.util.regex.PatternSyntaxException e) {
            // The JDK says "Missing ']" for an unclosed bracket; say which bracket in words.
            String why = e.getDescription().replace("Missing ']", "a '[' is never closed")
                    .replace("Missing '}", "a '{' is never closed");
            throw node.error("'" + node.asString() + "' is not a valid glob: " + why
                    + "; expected a path or a glob such as data/*.dat, with [ and { closed");
        }
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> matcher.matches(root.relativize(f)))
                        .map(Path::normalize)
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            throw node.error("the glob '" + node.asString() + "' matches no file under " + root
                    + "; expected at least one");
        }
        return out;
    }

    private static boolean isGlob(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
