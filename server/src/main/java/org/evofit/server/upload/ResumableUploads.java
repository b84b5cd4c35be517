package org.evofit.server.upload;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.evofit.server.RequestIds;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumable uploads at {@code /api/projects/{p}/uploads}, the tus 1.0 core protocol with creation,
 * expiration and termination: {@code POST} creates an upload of a declared {@code Upload-Length}
 * (refused up front with 413 above the limit), {@code HEAD} tells how many bytes arrived,
 * {@code PATCH} appends from exactly that offset, {@code DELETE} abandons it. Bytes go from the socket
 * to {@code data/uploads/<id>} through one small buffer; the last byte hands the file to the project
 * ({@link UploadHandoff}). Uploads untouched for longer than the expiry are removed when the service starts.
 */
public final class ResumableUploads implements ServerFeature {

    private static final Logger LOG = LoggerFactory.getLogger(ResumableUploads.class);

    /** Where a project's uploads are created. */
    public static final String COLLECTION = "/api/projects/{p}/uploads";
    private static final String UPLOAD = COLLECTION + "/{id}";
    private static final String EXTENSIONS = "creation,expiration,termination";
    /** How long a request waits for another one on the same upload (a dropped one still ending) to let go. */
    private static final long LOCK_WAIT_SECONDS = 10;

    /** How long an abandoned upload is kept by default: a day, so an overnight break can still be resumed. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofHours(24);

    private final UploadStore store;
    private final UploadHandoff handoff;
    private final long maxBytes;
    private final Duration expiry;
    private final Map<String, ReentrantLock> busy = new ConcurrentHashMap<>();

    /**
     * Uploads of at most {@code maxBytes} kept in {@code directory} (the data directory's {@code uploads/}),
     * handed to {@code handoff} when complete; those untouched for longer than {@code expiry} are removed now.
     */
    public ResumableUploads(Path directory, UploadHandoff handoff, long maxBytes, Duration expiry, Clock clock) {
        if (maxBytes < 1 || expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("uploads need a size limit of at least 1 byte and a positive expiry, got "
                    + maxBytes + " and " + expiry);
        }
        this.store = new UploadStore(directory);
        this.handoff = handoff;
        this.maxBytes = maxBytes;
        this.expiry = expiry;
        try {
            int removed = store.removeExpired(clock.instant().minus(expiry));
            if (removed > 0) {
                LOG.info("removed {} upload(s) untouched for more than {}", removed, expiry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": expired uploads cannot be removed (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.options(COLLECTION, this::describe);
        config.routes.post(COLLECTION, this::create);
        config.routes.head(UPLOAD, this::status);
        config.routes.patch(UPLOAD, this::append);
        config.routes.delete(UPLOAD, this::terminate);
    }

    private void describe(Context ctx) {
        ctx.header(TusHeaders.RESUMABLE, TusHeaders.PROTOCOL);
        ctx.header(TusHeaders.VERSION, TusHeaders.PROTOCOL);
        ctx.header(TusHeaders.EXTENSION, EXTENSIONS);
        ctx.header(TusHeaders.MAX_SIZE, Long.toString(maxBytes));
        ctx.status(204);
    }

    private void create(Context ctx) throws IOException {
        TusHeaders.requireProtocol(ctx);
        String project = ctx.pathParam("p");
        Long length = TusHeaders.number(ctx, TusHeaders.LENGTH);
        if (length == null) {
            throw ServiceException.badInput("a new upload needs " + TusHeaders.LENGTH + " (the file's size in bytes)"
                    + (ctx.header(TusHeaders.DEFER_LENGTH) != null ? "; a length given later is not supported" : ""), null);
        }
        if (length > maxBytes) {
            throw new ServiceException(413, "an upload of " + length + " bytes is larger than the limit of "
                    + maxBytes + " bytes per file");
        }
        String name = UploadNames.check(TusHeaders.metadata(ctx.header(TusHeaders.METADATA)).get("filename"));
        handoff.check(ctx, project, name, length);
        UploadStore.Upload upload = store.create(project, name, length);
        LOG.info("upload {} of {} ({} bytes) to project {} created", upload.id(), name, length, project);
        ctx.header("Location", "/api/projects/" + project + "/uploads/" + upload.id());
        ctx.header(TusHeaders.EXPIRES, expires(upload));
        if (length == 0) {
            complete(upload, RequestIds.of(ctx));
        }
        ctx.status(201);
    }

    private void status(Context ctx) throws IOException {
        TusHeaders.requireProtocol(ctx);
        UploadStore.Upload upload = find(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.header(TusHeaders.OFFSET, Long.toString(store.offset(upload)));
        ctx.header(TusHeaders.LENGTH, Long.toString(upload.length()));
        ctx.header(TusHeaders.EXPIRES, expires(upload));
        ctx.status(200);
    }

    private void append(Context ctx) throws IOException, InterruptedException {
        TusHeaders.requireProtocol(ctx);
        String type = ctx.header("Content-Type");
        if (type == null || !type.trim().toLowerCase(Locale.ROOT).startsWith(TusHeaders.OFFSET_OCTET_STREAM)) {
            throw new ServiceException(415, "a PATCH of an upload sends Content-Type: " + TusHeaders.OFFSET_OCTET_STREAM);
        }
        Long offset = TusHeaders.number(ctx, TusHeaders.OFFSET);
        if (offset == null) {
            throw ServiceException.badInput("a PATCH of an upload says where its bytes go: " + TusHeaders.OFFSET, null);
        }
        ReentrantLock lock = lock(find(ctx).id());
        try {
            // Found again under the lock: the request it waited for may have finished or abandoned it.
            UploadStore.Upload upload = find(ctx);
            long received = store.offset(upload);
            if (offset != received) {
                throw ServiceException.conflict(TusHeaders.OFFSET + " " + offset + " is not where upload " + upload.id()
                        + " stands: " + received + " bytes have arrived (ask with HEAD)");
            }
            long rest = upload.length() - received;
            long declared = ctx.req().getContentLengthLong();
            if (declared > rest) {
                throw ServiceException.badInput("the PATCH sends " + declared + " bytes but only " + rest
                        + " of the upload's " + upload.length() + " are missing", null);
            }
            UploadStore.Appended appended = store.append(upload, ctx.bodyInputStream(), rest);
            if (appended.overflow()) {
                store.truncate(upload, received);
                throw ServiceException.badInput("the PATCH sends more bytes than the " + rest
                        + " still missing of the upload's " + upload.length(), null);
            }
            long now = received + appended.bytes();
            if (appended.dropped()) {
                LOG.info("upload {}: the connection broke off at {} of {} bytes; it can be resumed from there",
                        upload.id(), now, upload.length());
            }
            ctx.header(TusHeaders.OFFSET, Long.toString(now));
            ctx.header(TusHeaders.EXPIRES, expires(upload));
            if (now == upload.length()) {
                complete(upload, RequestIds.of(ctx));
            }
            ctx.status(204);
        } finally {
            lock.unlock();
        }
    }

    private void terminate(Context ctx) throws IOException, InterruptedException {
        TusHeaders.requireProtocol(ctx);
        ReentrantLock lock = lock(find(ctx).id());
        try {
            UploadStore.Upload upload = find(ctx);
            store.remove(upload.id());
            LOG.info("upload {} abandoned by its client", upload.id());
            ctx.status(204);
        } finally {
            lock.unlock();
        }
    }

    /** Hands the finished file over, and deletes the upload whether the project took it or refused it. */
    private void complete(UploadStore.Upload upload, String requestId) throws IOException {
        try {
            handoff.accept(new CompletedUpload(upload.project(), upload.name(), store.data(upload), upload.length(), requestId));
            LOG.info("upload {} complete: {} handed to project {}", upload.id(), upload.name(), upload.project());
        } finally {
            store.remove(upload.id());
            busy.remove(upload.id());
        }
    }

    private UploadStore.Upload find(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        return store.find(id).filter(upload -> upload.project().equals(ctx.pathParam("p")))
                .orElseThrow(() -> ServiceException.notFound("no upload " + id + " in project " + ctx.pathParam("p")
                        + " (finished, abandoned, expired or never created)"));
    }

    private ReentrantLock lock(String id) throws InterruptedException {
        ReentrantLock lock = busy.computeIfAbsent(id, k -> new ReentrantLock());
        if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw ServiceException.conflict("upload " + id + " is receiving another request; try again when it has ended");
        }
        return lock;
    }

    private String expires(UploadStore.Upload upload) throws IOException {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                store.lastActivity(upload).plus(expiry).atOffset(ZoneOffset.UTC));
    }
}
