package org.evofit.server.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.evofit.server.ServiceException;

/**
 * The handoff used until a project store takes uploads itself: a finished file is moved into
 * {@code projects/<p>/data/} (a rename: the uploads are on the same file system), never over an existing
 * file. It does not commit: the project store's handoff does that.
 */
public final class MoveIntoProject implements UploadHandoff {

    private final Path projects;

    /** Moves finished uploads into the projects under {@code projects}. */
    public MoveIntoProject(Path projects) {
        this.projects = projects;
    }

    @Override
    public boolean hasProject(String project) {
        return project.matches("[a-z0-9][a-z0-9._-]{0,63}") && Files.isDirectory(projects.resolve(project), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void accept(CompletedUpload upload) {
        Path target = projects.resolve(upload.project()).resolve("data").resolve(upload.name());
        try {
            Files.createDirectories(target.getParent());
            // Without REPLACE_EXISTING the move refuses an existing target: nothing already there is lost.
            Files.move(upload.file(), target);
        } catch (FileAlreadyExistsException e) {
            throw ServiceException.conflict("project " + upload.project() + " already has data/" + upload.name()
                    + "; upload under another name");
        } catch (IOException e) {
            throw new UncheckedIOException("upload of " + upload.name() + " cannot be moved into project " + upload.project(), e);
        }
    }
}
