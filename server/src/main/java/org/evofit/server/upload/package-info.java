/**
 * Resumable uploads of big files: the tus 1.0 protocol's core with its creation, expiration and
 * termination extensions at {@code /api/projects/{p}/uploads}. Bytes stream straight to
 * {@code data/uploads/<id>} (never held in memory), a dropped connection is resumed from the offset the
 * server reports, and a finished file is handed to the project through {@link
 * org.evofit.server.upload.UploadHandoff}, which the project store implements (and which also
 * checks the project, the file's name and kind and its size before a byte is sent).
 *
 * <p>{@link org.evofit.server.upload.ResumableUploads} is the {@link org.evofit.server.ServerFeature};
 * {@link org.evofit.server.upload.UploadStore} keeps the uploads in progress on disk.
 */
package org.evofit.server.upload;
