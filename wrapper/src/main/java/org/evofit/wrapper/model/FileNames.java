package org.evofit.wrapper.model;

import java.nio.file.Path;

/**
 * How the files a run writes (result.json, model.json, the ORSO results, and so the reports and pages made
 * from them) name the files the run read: its model file and data files. A command-line fit names them as
 * they were given ({@link #AS_GIVEN}; the provenance's model file is the absolute path it was given as); the
 * web service names them as the user uploaded them, so that no result shows the server's directory layout.
 */
@FunctionalInterface
public interface FileNames {

    /** Each file named by its path as it was given (an absolute path stays absolute). */
    FileNames AS_GIVEN = Path::toString;

    /** The name the run's files give {@code file} (never null). */
    String of(Path file);

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
