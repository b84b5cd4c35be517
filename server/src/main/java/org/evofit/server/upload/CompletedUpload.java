package org.evofit.server.upload;

import java.nio.file.Path;

/**
 * An upload whose last byte has arrived, ready to be taken into its project.
 *
 * @param project   the project it was uploaded to
 * @param name      the file's name as the user picked it (a plain name, checked at creation)
 * @param file      where its bytes are, under {@code data/uploads/}; the handoff moves or copies it away
 * @param length    its size in bytes
 * @param requestId the correlation id of the request that brought the last byte
 */
public record CompletedUpload(String project, String name, Path file, long length, String requestId) {
}
