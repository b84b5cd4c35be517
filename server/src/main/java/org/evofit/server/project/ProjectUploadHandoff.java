package org.evofit.server.project;

import io.javalin.http.Context;

import org.evofit.server.DataDirectory;
import org.evofit.server.UploadLimits;
import org.evofit.server.upload.CompletedUpload;
import org.evofit.server.upload.UploadHandoff;

/**
 * Finished resumable uploads go into their project as a one-file upload: the file name and kind are
 * checked before a byte is sent, and the finished file passes the same checks (GenX import, model
 * loading, project size) and becomes the same commit as a multipart upload of it would.
 */
public final class ProjectUploadHandoff implements UploadHandoff {

    private final Projects projects;
    private final DataDirectory data;
    private final UploadLimits limits;
    private final ProjectAccess access;

    /**
     * Hands uploads to {@code projects}, staging them under {@code data}'s uploads, with the upload rules
     * {@code limits}; a model script only from a requester {@code access} lets upload code.
     */
    public ProjectUploadHandoff(Projects projects, DataDirectory data, UploadLimits limits, ProjectAccess access) {
        this.projects = projects;
        this.data = data;
        this.limits = limits;
        this.access = access;
    }

    @Override
    public void check(Context ctx, String project, String name, long length) {
        projects.get(project);
        if (StagedUpload.kindOf(name) == FileKind.SCRIPT) {
            access.checkScripts(ctx, java.util.List.of(name));
        }
    }

    @Override
    public void accept(CompletedUpload upload) {
        Project project = projects.get(upload.project());
        try (StagedUpload staged = StagedUpload.ofFile(data.uploads(), upload.name(), upload.file(), limits)) {
            Uploads.store(project, staged, limits, false, upload.requestId());
        }
    }
}
