package org.evofit.server.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.server.ServiceException;

/**
 * A handoff for testing the protocol alone: a project is a folder under {@code projects}, and a finished
 * file is moved into its {@code data/}; an existing file there is a refusal (409), as a project's own
 * checks may refuse a finished file.
 */
final class FolderHandoff implements UploadHandoff {

    private final Path projects;

    FolderHandoff(Path projects) {
        this.projects = projects;
    }

    @Override
    public void check(io.javalin.http.Context ctx, String project, String name, long length) {
        if (!Files.isDirectory(projects.resolve(project))) {
            throw ServiceException.notFound("no project named '" + project + "'");
        }
    }

    @Override
    public void accept(CompletedUpload upload) {
        Path target = projects.resolve(upload.project()).resolve("data").resolve(upload.name());
        try {
            Files.createDirectories(target.getParent());
            Files.move(upload.file(), target);
        } catch (FileAlreadyExistsException e) {
            throw ServiceException.conflict("project " + upload.project() + " already has data/" + upload.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
