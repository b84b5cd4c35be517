package org.evofit.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tus 1.0 protocol as a client meets it: creation, offsets, limits, refusals, termination, expiry. */
class ResumableUploadsTest {

    private static final long LIMIT = 1 << 20;

    @TempDir
    Path data;

    private Path uploads;
    private EvofitServer server;
    private TusClient tus;

    @BeforeEach
    void start() throws Exception {
        uploads = Files.createDirectories(data.resolve("uploads"));
        Files.createDirectories(data.resolve("projects/demo"));
        server = EvofitServer.start(new ServerOptions("127.0.0.1", 0, data, null, 1), List.of(new ResumableUploads(
                uploads, new FolderHandoff(data.resolve("projects")), LIMIT, Duration.ofHours(24), Clock.systemUTC())));
        tus = new TusClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFileSentInPiecesEndsUpInTheProjectByteForByte() throws Exception {
        HttpResponse<String> created = tus.create("demo", "scan 1.dat", 100_000);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
        String upload = TusClient.location(created);
        assertThat(upload).matches("/api/projects/demo/uploads/[0-9a-f]{32}");
        assertThat(tus.offset(upload)).isZero();

        HttpResponse<String> first = tus.patch(upload, 0, GeneratedBytes.range(0, 60_000));
        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(first.headers().firstValue("Upload-Offset")).hasValue("60000");
        assertThat(tus.offset(upload)).isEqualTo(60_000);
        assertThat(data.resolve("projects/demo/data/scan 1.dat")).doesNotExist();

        HttpResponse<String> last = tus.patch(upload, 60_000, GeneratedBytes.range(60_000, 100_000));
        assertThat(last.statusCode()).isEqualTo(204);
        assertThat(last.headers().firstValue("Upload-Offset")).hasValue("100000");
        assertThat(Files.readAllBytes(data.resolve("projects/demo/data/scan 1.dat"))).isEqualTo(GeneratedBytes.range(0, 100_000));
        assertThat(tus.head(upload).statusCode()).isEqualTo(404);
        assertThat(filesIn(uploads)).isEmpty();
    }

    @Test
    void anUploadAboveTheLimitIsRefusedBeforeAnyByteWithItsSizeAndTheLimit() throws Exception {
        HttpResponse<String> refused = tus.create("demo", "big.dat", LIMIT + 1);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("an upload of " + (LIMIT + 1) + " bytes is larger than the limit of " + LIMIT + " bytes");
        assertThat(filesIn(uploads)).isEmpty();
        assertThat(tus.create("demo", "fits.dat", LIMIT).statusCode()).isEqualTo(201);
    }

    @Test
    void theServerSaysWhatItSpeaksAndRefusesOtherVersions() throws Exception {
        HttpResponse<String> options = tus.send(tus.request("/api/projects/demo/uploads")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Tus-Version")).hasValue("1.0.0");
        assertThat(options.headers().firstValue("Tus-Max-Size")).hasValue(Long.toString(LIMIT));
        assertThat(options.headers().firstValue("Tus-Extension").orElseThrow()).contains("creation");

        HttpResponse<String> old = tus.send(tus.request("/api/projects/demo/uploads").setHeader("Tus-Resumable", "0.2.2")
                .header("Upload-Length", "10").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(old.statusCode()).isEqualTo(412);
        assertThat(old.headers().firstValue("Tus-Version")).hasValue("1.0.0");
        assertThat(filesIn(uploads)).isEmpty();
    }

    @Test
    void wrongOffsetsBodiesAndNamesAreRefusedAndChangeNothing() throws Exception {
        String upload = TusClient.location(tus.create("demo", "a.dat", 1000));
        tus.patch(upload, 0, GeneratedBytes.range(0, 400));

        HttpResponse<String> behind = tus.patch(upload, 0, GeneratedBytes.range(0, 400));
        assertThat(behind.statusCode()).isEqualTo(409);
        assertThat(behind.body()).contains("400 bytes have arrived");
        HttpResponse<String> tooLong = tus.patch(upload, 400, GeneratedBytes.range(400, 1001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        HttpResponse<String> tooLongChunked = tus.patch(upload, 400, new GeneratedBytes(2000));
        assertThat(tooLongChunked.statusCode()).isEqualTo(400);
        assertThat(tooLongChunked.body()).contains("more bytes than the 600 still missing");
        HttpResponse<String> untyped = tus.send(tus.request(upload).header("Upload-Offset", "400")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[10])));
        assertThat(untyped.statusCode()).isEqualTo(415);
        assertThat(tus.offset(upload)).isEqualTo(400);

        assertThat(tus.create("demo", "../escape.dat", 10).statusCode()).isEqualTo(400);
        assertThat(tus.create("demo", ".git", 10).statusCode()).isEqualTo(400);
        assertThat(tus.create("nope", "a.dat", 10).statusCode()).isEqualTo(404);
        assertThat(tus.head("/api/projects/demo/uploads/0123456789abcdef0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(tus.head(upload.replace("/demo/", "/other/")).statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusalOfTheFinishedFileIsTheLastPatchsAnswerAndTheUploadIsGone() throws Exception {
        Path kept = Files.createDirectories(data.resolve("projects/demo/data")).resolve("a.dat");
        Files.writeString(kept, "kept");
        String upload = TusClient.location(tus.create("demo", "a.dat", 10));

        HttpResponse<String> last = tus.patch(upload, 0, GeneratedBytes.range(0, 10));

        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(last.body()).contains("already has data/a.dat");
        assertThat(Files.readString(kept)).isEqualTo("kept");
        assertThat(filesIn(uploads)).isEmpty();
    }

    @Test
    void aClientCanAbandonItsUpload() throws Exception {
        String upload = TusClient.location(tus.create("demo", "a.dat", 1000));
        tus.patch(upload, 0, GeneratedBytes.range(0, 10));

        assertThat(tus.send(tus.request(upload).DELETE()).statusCode()).isEqualTo(204);

        assertThat(tus.head(upload).statusCode()).isEqualTo(404);
        assertThat(filesIn(uploads)).isEmpty();
    }

    @Test
    void uploadsUntouchedLongerThanTheExpiryAreRemovedOnStartup() throws Exception {
        String stale = TusClient.location(tus.create("demo", "stale.dat", 1000));
        tus.patch(stale, 0, GeneratedBytes.range(0, 10));
        String fresh = TusClient.location(tus.create("demo", "fresh.dat", 1000));
        String staleId = stale.substring(stale.lastIndexOf('/') + 1);
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofHours(25)));
        for (Path file : filesIn(uploads)) {
            if (file.getFileName().toString().startsWith(staleId)) {
                Files.setLastModifiedTime(file, dayAgo);
            }
        }
        server.close();

        server = EvofitServer.start(new ServerOptions("127.0.0.1", 0, data, null, 1), List.of(new ResumableUploads(
                uploads, new FolderHandoff(data.resolve("projects")), LIMIT, Duration.ofHours(24), Clock.systemUTC())));
        tus = new TusClient(server.url());

        assertThat(tus.head(stale).statusCode()).isEqualTo(404);
        assertThat(filesIn(uploads)).noneMatch(f -> f.getFileName().toString().startsWith(staleId));
        assertThat(tus.offset(fresh)).isZero();
    }

    static List<Path> filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
