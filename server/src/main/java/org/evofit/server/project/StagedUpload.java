package org.evofit.server.project;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.evofit.server.FileLocation;
import org.evofit.server.ServiceException;
import org.evofit.server.UploadLimits;

/**
 * The files of one multipart upload, streamed into a scratch folder under {@code uploads/} (never held in
 * memory) and checked against the file-set rules as they arrive. Closing removes the folder, so a refused
 * or failed upload leaves nothing.
 */
final class StagedUpload implements AutoCloseable {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ +-]{0,127}");
    private static final int COPY_BUFFER = 64 * 1024;
    private static final int IN_MEMORY_PART = 64 * 1024;
    /** Room for the part headers of an upload as large as a whole project. */
    private static final long MULTIPART_OVERHEAD = 1 << 20;

    private final Path folder;
    private final Map<String, FileKind> files = new LinkedHashMap<>();

    private StagedUpload(Path folder) {
        this.folder = folder;
    }

    /**
     * Receives the request's file parts into a new folder under {@code uploads}.
     *
     * @throws ServiceException 400 for a file name or kind not accepted, too few or too many files; 413 for a
     *                          file larger than the limit
     */
    static StagedUpload receive(Context ctx, Path uploads, UploadLimits limits) {
        StagedUpload upload;
        try {
            upload = new StagedUpload(Files.createTempDirectory(uploads, "upload-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive an upload: " + e.getMessage(), e);
        }
        ctx.req().setAttribute(ServletContextRequest.MULTIPART_CONFIG_ELEMENT, multipart(upload.folder, limits));
        try {
            for (Part part : ctx.req().getParts()) {
                if (part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty()) {
                    upload.accept(part, limits);
                }
            }
            upload.checkCount(limits);
            return upload;
        } catch (IOException | ServletException e) {
            upload.close();
            tooLarge(e, limits);
            throw ServiceException.badInput("the upload could not be read (" + withoutServerPaths(e.getMessage(), uploads)
                    + "); expected a multipart/form-data request with one part per file", null);
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    /**
     * The reason a multipart body could not be read, without the server's own folders: a disk error's message
     * names the scratch file it failed on, which is the server's business, not the uploader's.
     */
    static String withoutServerPaths(String message, Path uploads) {
        if (message == null) {
            return "no reason given";
        }
        String hidden = message;
        for (Path root : new Path[] {uploads.toAbsolutePath().normalize(), uploads}) {
            String text = root.toString();
            if (!text.isEmpty()) {
                hidden = hidden.replace(text, "<upload folder>");
            }
        }
        return hidden;
    }

    /**
     * Refuses with 413 an upload Jetty stopped reading at a size limit (a request whose length was not declared,
     * such as a chunked one, is only found too large as it arrives): Jetty says so only deep in its causes, and
     * only in words: Jetty 12.1's multipart parser (MultiPartFormData) throws a plain IllegalStateException
     * ("max file size exceeded: N" for a part, "max length exceeded: N" for the whole body), neither an
     * HttpException with a status nor a type of its own, so its message is what tells a size refusal from a
     * malformed body (HostileUploadTest fails if a Jetty upgrade rewords them).
     */
    private static void tooLarge(Throwable e, UploadLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.startsWith("max file size exceeded")) {
                throw new ServiceException(413, "a file of the upload is larger than the limit of " + limits.maxFileBytes()
                        + " bytes per file; it was not read further and nothing of the upload was kept");
            }
            if (m.startsWith("max length exceeded")) {
                throw new ServiceException(413, "the upload is larger than the limit of " + limits.maxProjectBytes()
                        + " bytes; it was not read further and nothing of it was kept");
            }
        }
    }

    /**
     * Parts go to disk past 64 KiB, into the upload's folder: an upload is never held in memory. Jetty's own
     * limits only stop what no rule could accept (a file a mebibyte past the limit per file, a request past the
     * project limit: an upload of undeclared length, such as a chunked one, is cut off there and not read on);
     * the rules are checked part by part, naming the file.
     */
    private static MultipartConfigElement multipart(Path folder, UploadLimits limits) {
        return new MultipartConfigElement(folder.toString(), limits.maxFileBytes() + MULTIPART_OVERHEAD,
                limits.maxProjectBytes() + MULTIPART_OVERHEAD, IN_MEMORY_PART);
    }

    /**
     * A one-file upload of {@code file}, received elsewhere (a resumable upload), checked by the same rules
     * as a multipart upload's files and moved into a new folder under {@code uploads}.
     */
    static StagedUpload ofFile(Path uploads, String name, Path file, UploadLimits limits) {
        FileKind kind = kindOf(name);
        StagedUpload upload;
        try {
            upload = new StagedUpload(Files.createTempDirectory(uploads, "upload-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive an upload: " + e.getMessage(), e);
        }
        try {
            long bytes = Files.size(file);
            if (bytes > limits.maxFileBytes()) {
                throw tooLarge(name, bytes, limits);
            }
            Files.move(file, upload.folder.resolve(name));
            upload.files.put(name, kind);
            upload.checkCount(limits);
            return upload;
        } catch (IOException e) {
            upload.close();
            throw new UncheckedIOException("cannot receive an upload: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    /**
     * The kind of an uploaded file called {@code name}.
     *
     * @throws ServiceException 400 for a name the rule refuses or an ending no kind has
     */
    static FileKind kindOf(String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw ServiceException.badInput(name + ": file names may hold letters, digits, ' ', '.', '_', '+' and '-' "
                    + "(at most 128, starting with a letter or digit)", FileLocation.of(name));
        }
        return FileKind.ofUpload(name).orElseThrow(() -> ServiceException.badInput(name
                + ": not a kind of file a project takes; expected " + FileKind.uploadEndings(), FileLocation.of(name)));
    }

    private void accept(Part part, UploadLimits limits) throws IOException {
        String name = Path.of(part.getSubmittedFileName().replace('\\', '/')).getFileName().toString();
        FileKind kind = kindOf(name);
        if (files.containsKey(name)) {
            throw ServiceException.badInput(name + ": uploaded twice in one upload", FileLocation.of(name));
        }
        if (part.getSize() > limits.maxFileBytes()) {
            throw tooLarge(name, part.getSize(), limits);
        }
        long copied = 0;
        try (InputStream in = part.getInputStream(); OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            byte[] buffer = new byte[COPY_BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                copied += n;
                if (copied > limits.maxFileBytes()) {
                    throw tooLarge(name, copied, limits);
                }
                out.write(buffer, 0, n);
            }
        }
        files.put(name, kind);
        part.delete();
    }

    private static ServiceException tooLarge(String name, long bytes, UploadLimits limits) {
        return new ServiceException(413, name + ": " + bytes + " bytes" + (bytes > limits.maxFileBytes() ? "" : " or more")
                + " is larger than the limit of " + limits.maxFileBytes() + " bytes per file (--upload-max-file-bytes)",
                FileLocation.of(name));
    }

    private void checkCount(UploadLimits limits) {
        if (files.size() < limits.minFiles()) {
            throw ServiceException.badInput("the upload holds " + files.size() + " file(s); at least " + limits.minFiles()
                    + " expected (--upload-min-files)", null);
        }
        if (files.size() > limits.maxFiles()) {
            throw ServiceException.badInput("the upload holds " + files.size() + " files; at most " + limits.maxFiles()
                    + " per upload (--upload-max-files)", null);
        }
    }

    /** The scratch folder holding the files. */
    Path folder() {
        return folder;
    }

    /** The files received, by name, in order, with their kinds. */
    Map<String, FileKind> files() {
        return files;
    }

    /** The bytes received. */
    long bytes() {
        long total = 0;
        for (String name : files.keySet()) {
            try {
                total += Files.size(folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** Removes the scratch folder and whatever is still in it. */
    @Override
    public void close() {
        ModelInputs.delete(folder);
    }
}
