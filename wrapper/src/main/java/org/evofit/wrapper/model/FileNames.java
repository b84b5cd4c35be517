package org.evofit.wrapper.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How the files a run writes (result.json, model.json, the ORSO results, and so the reports and pages made
 * from them) name the files the run read: its model file and data files. A command-line fit names them as
 * they were given ({@link #AS_GIVEN}; the provenance's model file is the absolute path it was given as); the
 * web service names them as the user uploaded them, so that no result shows the server's directory layout, nor
 * any error a run fails with ({@link #inText}).
 */
@FunctionalInterface
public interface FileNames {

    /** Each file named by its path as it was given (an absolute path stays absolute). */
    FileNames AS_GIVEN = Path::toString;

    /** The name the run's files give {@code file} (never null). */
    String of(Path file);

    /**
     * {@code text} (the error a run failed with) naming the files as {@link #of} does; these names leave it as it
     * is, which is right for names that are the files' paths.
     */
    default String inText(String text) {
        return text;
    }

    /**
     * What a run (or a submission) that failed with {@code failure} says: its message, or the failure itself when it
     * has none, naming the files as {@link #inText} does.
     */
    default String errorText(Throwable failure) {
        return inText(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    /** {@code names}, its {@link #inText} being {@code inText}'s (applied to non-null text only). */
    static FileNames withText(FileNames names, UnaryOperator<String> inText) {
        return new FileNames() {
            @Override
            public String of(Path file) {
                return names.of(file);
            }

            @Override
            public String inText(String text) {
                return text == null ? null : inText.apply(text);
            }
        };
    }

    /**
     * {@code text} with every occurrence of each path that {@code named} holds replaced by its name, the longest
     * paths first so that a path is never taken for the start of a longer one ({@code /a/x.dat} of
     * {@code /a/x.dat.bak}).
     */
    static String replacing(String text, Map<String, String> named) {
        String out = text;
        for (String path : named.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList()) {
            out = out.replace(path, named.get(path));
        }
        return out;
    }

    /**
     * Files under {@code base} named by their path relative to it ({@code data/example.ort}, with {@code /}
     * on every platform); a file elsewhere by its file name alone, so that no name says where {@code base} is.
     */
    static FileNames relativeTo(Path base) {
        Path root = base.toAbsolutePath().normalize();
        return file -> {
            Path absolute = file.toAbsolutePath().normalize();
            Path named = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
            return String.valueOf(named).replace(file.getFileSystem().getSeparator(), "/");
        };
    }
}
