package org.evofit.server.upload;

/**
 * Where finished uploads go: the project store implements this to take a completed file into a
 * project (checking it, committing it). The uploads part knows nothing of projects beyond this.
 */
public interface UploadHandoff {

    /** Whether project {@code project} exists; uploads to any other name are refused before a byte is sent. */
    boolean hasProject(String project);

    /**
     * Takes {@code upload} into its project. The file is the upload's own: move it (same file system),
     * copy it or leave it; whatever is left under {@code data/uploads/} is deleted afterwards. A refusal is
     * a {@link org.evofit.server.ServiceException}, answered to the client's last request; the upload is
     * deleted either way.
     */
    void accept(CompletedUpload upload);
}
