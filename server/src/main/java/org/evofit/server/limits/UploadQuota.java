package org.evofit.server.limits;

import org.evofit.server.Quotas;
import org.evofit.server.Quota;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Function;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Requester;

/**
 * The upload quotas of an account's role, checked before a byte of the upload is read: {@code largest-upload} against
 * the size the request declares (a resumable upload's Upload-Length, a form's Content-Length, which holds all its
 * files), and {@code stored-bytes} against that plus what the projects the account owns hold on disk (their files and
 * history). An upload that declares no size (chunked) is bounded by the service's own upload limits only.
 */
final class UploadQuota {

    private final Quotas quotas;
    private final Path projects;
    private final Function<String, List<String>> owned;

    /** Quotas of {@code quotas}; the projects under {@code projects}, those of an account as {@code owned} says. */
    UploadQuota(Quotas quotas, Path projects, Function<String, List<String>> owned) {
        this.quotas = quotas;
        this.projects = projects;
        this.owned = owned;
    }

    /** Refuses (413, naming the quota) an upload by {@code by} over its role's quotas. */
    void check(Context ctx, Requester by) {
        if (by.user() == null) {
            return;
        }
        Quota quota = quotas.of(by.role());
        String role = by.role().key();
        long size = declared(ctx);
        if (size > quota.largestUpload()) {
            throw new ServiceException(413, "over your quota largest-upload (" + role + "): this upload is " + size
                    + " bytes, the most a " + role + " may upload at once is " + quota.largestUpload() + " bytes");
        }
        long stored = stored(by.user());
        if (stored + Math.max(0, size) > quota.storedBytes()) {
            throw new ServiceException(413, "over your quota stored-bytes (" + role + "): your projects hold " + stored
                    + " bytes" + (size > 0 ? " and this upload adds " + size : "") + ", more than the "
                    + quota.storedBytes() + " bytes a " + role + " may store; remove files or ask an admin");
        }
    }

    private static long declared(Context ctx) {
        String length = ctx.header("Upload-Length");
        if (length == null) {
            length = ctx.header("Content-Length");
        }
        return length != null && length.matches("[0-9]{1,18}") ? Long.parseLong(length) : -1;
    }

    /** Bytes on disk of the projects {@code user} owns, git's history included. */
    long stored(String user) {
        long[] total = {0};
        for (String name : owned.apply(user)) {
            Path dir = projects.resolve(name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        total[0] += attrs.isRegularFile() ? attrs.size() : 0;
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        // A temporary file of a commit running meanwhile, gone by now: it holds nothing.
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total[0];
    }
}
