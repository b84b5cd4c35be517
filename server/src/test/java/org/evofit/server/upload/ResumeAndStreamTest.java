package org.evofit.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big files: a dropped connection resumes where the bytes stopped, and nothing of a file sits in the heap. */
class ResumeAndStreamTest {

    private static final long MIB = 1 << 20;

    @TempDir
    Path data;

    private EvofitServer server;
    private TusClient tus;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(data.resolve("projects/demo"));
        server = EvofitServer.start(new ServerOptions("127.0.0.1", 0, data, null, 1), List.of(new ResumableUploads(
                Files.createDirectories(data.resolve("uploads")), new FolderHandoff(data.resolve("projects")),
                1024 * MIB, Duration.ofHours(1), Clock.systemUTC())));
        tus = new TusClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUploadCutOffHalfWayResumesFromTheOffsetAndEndsByteIdentical() throws Exception {
        long length = 8 * MIB;
        long half = length / 2;
        String upload = TusClient.location(tus.create("demo", "series.dat", length));

        // The whole length is announced, half is sent, then the connection is dropped.
        try (Socket socket = new Socket(server.url().getHost(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + upload + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
                    + "Content-Type: application/offset+octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(GeneratedBytes.range(0, half));
            out.flush();
        }

        long offset = awaitOffset(upload, half);
        assertThat(offset).isEqualTo(half);
        HttpResponse<String> rest = tus.patch(upload, offset, GeneratedBytes.range(offset, length));
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);

        Path stored = data.resolve("projects/demo/data/series.dat");
        assertThat(Files.size(stored)).isEqualTo(length);
        assertThat(Files.readAllBytes(stored)).isEqualTo(GeneratedBytes.range(0, length));
    }

    @Test
    void a200MegabyteUploadStreamsToDiskWithTheHeapFlat() throws Exception {
        long length = 200 * MIB;
        String upload = TusClient.location(tus.create("demo", "big.dat", length));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] most = {before};
        // While the bytes flow (the server writes as the client sends), what survives a full collection
        // is measured every 20 MiB: a server holding the file would show it growing towards 200 MiB.
        GeneratedBytes body = new GeneratedBytes(length) {
            private long nextLook = 20 * MIB;

            @Override
            void afterRead() {
                if (position() >= nextLook) {
                    nextLook += 20 * MIB;
                    memory.gc();
                    most[0] = Math.max(most[0], memory.getHeapMemoryUsage().getUsed());
                }
            }
        };

        HttpResponse<String> sent = tus.patch(upload, 0, body);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
        assertThat(sent.headers().firstValue("Upload-Offset")).hasValue(Long.toString(length));
        assertThat(most[0] - before).as("heap growth while 200 MiB went through, bytes").isLessThan(32 * MIB);
        Path stored = data.resolve("projects/demo/data/big.dat");
        assertThat(Files.size(stored)).isEqualTo(length);
        assertSameBytes(stored, length);
    }

    private long awaitOffset(String upload, long expected) throws Exception {
        // The server notices the dropped connection on its own time; its offset is polled until it stops
        // short of the whole (what it got is kept) or reaches what was sent.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long offset = tus.offset(upload);
        while (offset < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            offset = tus.offset(upload);
        }
        return offset;
    }

    private static void assertSameBytes(Path file, long length) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[1 << 16];
            long position = 0;
            int n;
            while ((n = in.read(block)) > 0) {
                for (int i = 0; i < n; i++, position++) {
                    if (block[i] != GeneratedBytes.at(position)) {
                        throw new AssertionError(file + " differs from what was sent at byte " + position);
                    }
                }
            }
            assertThat(position).isEqualTo(length);
        }
    }
}
