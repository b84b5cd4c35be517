package org.evofit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The requests {@code bench --serve} sends, with the JDK's HTTP client: JSON calls, pages, a multipart
 * upload and a resumable (tus) upload of a generated stream. Each call records its latency in
 * {@link Latencies}; an answer other than the expected status fails the benchmark with the service's message.
 */
final class ServeClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final Latencies latencies;

    ServeClient(HttpClient http, URI base, Latencies latencies) {
        this.http = http;
        this.base = base;
        this.latencies = latencies;
    }

    /** POSTs {@code body} as JSON to {@code path}, expecting {@code status}; the answer's JSON. */
    JsonNode postJson(String path, Map<String, ?> body, int status) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))).build();
        return MAPPER.readTree(send(request, status, false));
    }

    /** GETs JSON from {@code path}. */
    JsonNode getJson(String path) throws IOException, InterruptedException {
        return MAPPER.readTree(send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), 200, false));
    }

    /** GETs the page at {@code path}, counted among the page latencies. */
    void page(String path) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), 200, true);
    }

    /** Uploads {@code files} (name to content) to project {@code project} as one multipart request. */
    void upload(String project, Map<String, byte[]> files) throws IOException, InterruptedException {
        String boundary = "evofit-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(HttpRequest.newBuilder(base.resolve("/api/projects/" + project + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), 201, false);
    }

    /**
     * Sends {@code length} bytes from {@code stream} to project {@code project} as file {@code name} through the
     * resumable-upload endpoint, in one PATCH streamed as it is generated.
     */
    void resumableUpload(String project, String name, long length, Supplier<InputStream> stream)
            throws IOException, InterruptedException {
        String metadata = "filename " + Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/projects/" + project + "/uploads"))
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", metadata).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(created, 201);
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("the resumable upload's creation answered no Location"));
        HttpResponse<String> patched = http.send(HttpRequest.newBuilder(base.resolve(location))
                .header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(stream),
                        length)).build(), HttpResponse.BodyHandlers.ofString());
        expect(patched, 204);
    }

    private String send(HttpRequest request, int status, boolean page) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.add(page, System.nanoTime() - start);
        expect(response, status);
        return response.body();
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
    }
}
