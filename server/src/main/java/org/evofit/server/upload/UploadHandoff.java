package org.evofit.server.upload;

import io.javalin.http.Context;

/**
 * Where finished uploads go: the project store implements this to take a completed file into a
 * project with the same checks and commit as any upload. The uploads part knows nothing of projects
 * beyond this.
 */
public interface UploadHandoff {

    /**
     * Checks, before a byte is sent, that project {@code project} would take a file called {@code name}
     * of {@code length} bytes (it exists and takes that kind of file; the upload's own size limit is
     * checked before this). A refusal is a {@link org.evofit.server.ServiceException}: 404 for no such
     * project, 400 for a name or kind it does not take, 403 for a kind the requester of {@code ctx} may not
     * upload (a model script).
     */
    void check(Context ctx, String project, String name, long length);

    /**
     * Takes {@code upload} into its project. The file is the upload's own: move it (same file system),
     * copy it or leave it; whatever is left under {@code data/uploads/} is deleted afterwards. A refusal is
     * a {@link org.evofit.server.ServiceException}, answered to the client's last request; the upload is
     * deleted either way.
     */
    void accept(CompletedUpload upload);
}
