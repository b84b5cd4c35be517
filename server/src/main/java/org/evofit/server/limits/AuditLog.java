package org.evofit.server.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The audit log: {@code service/audit.jsonl} in the data directory, one JSON object per line, only ever appended.
 * Each record is one write of one whole line, forced to the disk before the request's answer leaves, so a crash
 * loses no answered event and leaves no half line that a reader would take for one (a torn last line is skipped).
 */
public final class AuditLog {

    /** The file's name in the service directory. */
    public static final String FILE = "audit.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    /** The log in {@code serviceDir}. */
    public AuditLog(Path serviceDir) {
        this.file = serviceDir.resolve(FILE);
    }

    /** Appends {@code record}. */
    public synchronized void append(AuditRecord record) {
        try {
            byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the audit log cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** The last {@code limit} records, oldest first. */
    public synchronized List<AuditRecord> last(int limit) {
        Deque<AuditRecord> kept = new ArrayDeque<>();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                AuditRecord record = parse(line);
                if (record == null) {
                    continue;
                }
                kept.addLast(record);
                if (kept.size() > limit) {
                    kept.removeFirst();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the audit log cannot be read (" + e.getMessage() + ")", e);
        }
        return new ArrayList<>(kept);
    }

    /** A line's record, or null for a line torn by a crash in its write (the only way one can be wrong). */
    private static AuditRecord parse(String line) {
        try {
            return JSON.readValue(line, AuditRecord.class);
        } catch (IOException e) {
            return null;
        }
    }
}
