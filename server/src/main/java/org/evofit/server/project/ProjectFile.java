package org.evofit.server.project;

/**
 * One file of a project.
 *
 * @param path  its path in the project, '/'-separated (e.g. {@code models/film.yaml})
 * @param kind  what it is ({@link FileKind#label()})
 * @param bytes its size
 */
public record ProjectFile(String path, String kind, long bytes) {
}
