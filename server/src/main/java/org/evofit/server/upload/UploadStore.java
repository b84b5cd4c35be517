package org.evofit.server.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The uploads in progress, on disk only (a restart loses none): the bytes received so far in
 * {@code uploads/<id>} and what the upload is in {@code uploads/<id>.json}. An upload's offset is its
 * data file's size, so what reached the disk before a connection dropped is where it resumes.
 */
final class UploadStore {

    /** One upload: where it goes and how long it will be. */
    record Upload(String id, String project, String name, long length) {
    }

    /** What one append did: the bytes written, and whether the body ran past the limit or broke off. */
    record Appended(long bytes, boolean overflow, boolean dropped) {
    }

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final String INFO = ".json";
    private static final int BUFFER = 64 * 1024;

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    UploadStore(Path directory) {
        this.directory = directory;
    }

    /** A new, empty upload; its description is written atomically, then its empty data file. */
    Upload create(String project, String name, long length) throws IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        Upload upload = new Upload(HexFormat.of().formatHex(bytes), project, name, length);
        Path temporary = Files.createTempFile(directory, upload.id(), ".tmp");
        json.writeValue(temporary.toFile(), upload);
        Files.createFile(data(upload));
        Files.move(temporary, info(upload.id()), StandardCopyOption.ATOMIC_MOVE);
        return upload;
    }

    /** The upload {@code id}, if there is one (an id that is not one of ours names nothing). */
    Optional<Upload> find(String id) throws IOException {
        if (id == null || !ID.matcher(id).matches() || !Files.isRegularFile(info(id)) || !Files.isRegularFile(directory.resolve(id))) {
            return Optional.empty();
        }
        Upload upload = json.readValue(info(id).toFile(), Upload.class);
        return upload.id().equals(id) ? Optional.of(upload) : Optional.empty();
    }

    /** The bytes received so far. */
    long offset(Upload upload) throws IOException {
        return Files.size(data(upload));
    }

    /** When the upload last received bytes (or was created). */
    Instant lastActivity(Upload upload) throws IOException {
        return Files.getLastModifiedTime(data(upload)).toInstant();
    }

    /** The upload's data file. */
    Path data(Upload upload) {
        return directory.resolve(upload.id());
    }

    /**
     * Appends {@code body} to the upload, at most {@code limit} bytes, through one small buffer. A body
     * longer than that is reported, not written past the limit; a body that breaks off (the client went
     * away) keeps what arrived. What was written is on the disk when this returns.
     */
    Appended append(Upload upload, InputStream body, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        try (FileChannel out = FileChannel.open(data(upload), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            boolean overflow = false;
            boolean dropped = false;
            while (true) {
                int n;
                try {
                    // One byte more than allowed is asked for, to see whether the body is too long.
                    n = body.read(buffer, 0, (int) Math.min(buffer.length, limit - written + 1));
                } catch (IOException clientGone) {
                    dropped = true;
                    break;
                }
                if (n < 0) {
                    break;
                }
                if (written + n > limit) {
                    overflow = true;
                    break;
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                written += n;
            }
            out.force(false);
            return new Appended(written, overflow, dropped);
        }
    }

    /** Cuts the upload back to {@code size} bytes (a refused request's part is taken back). */
    void truncate(Upload upload, long size) throws IOException {
        try (FileChannel out = FileChannel.open(data(upload), StandardOpenOption.WRITE)) {
            out.truncate(size);
            out.force(false);
        }
    }

    /** Deletes the upload's files (its description first, so a half-removed upload is no longer found). */
    void remove(String id) throws IOException {
        Files.deleteIfExists(info(id));
        Files.deleteIfExists(directory.resolve(id));
    }

    /**
     * Removes every upload (and every left-over file) untouched since {@code cutoff}; returns how many
     * uploads went.
     */
    int removeExpired(Instant cutoff) throws IOException {
        Map<String, List<Path>> byUpload = new HashMap<>();
        Map<String, FileTime> newest = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                byUpload.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
                newest.merge(id, Files.getLastModifiedTime(file), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        int removed = 0;
        for (Map.Entry<String, List<Path>> upload : byUpload.entrySet()) {
            if (newest.get(upload.getKey()).toInstant().isBefore(cutoff)) {
                removed += Files.exists(info(upload.getKey())) ? 1 : 0;
                for (Path file : upload.getValue()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return removed;
    }

    private Path info(String id) {
        return directory.resolve(id + INFO);
    }
}
