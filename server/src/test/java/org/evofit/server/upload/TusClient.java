package org.evofit.server.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tus 1.0 client written from the protocol, as the tests speak it (HTTP/1.1, as browsers do). */
final class TusClient {

    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TusClient(URI server) {
        this.server = server;
    }

    HttpResponse<String> create(String project, String fileName, long length) throws IOException, InterruptedException {
        return send(request("/api/projects/" + project + "/uploads")
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(fileName.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The upload's path from a creation's answer. */
    static String location(HttpResponse<String> created) {
        return created.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + created));
    }

    HttpResponse<String> head(String upload) throws IOException, InterruptedException {
        return send(request(upload).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    long offset(String upload) throws IOException, InterruptedException {
        HttpResponse<String> head = head(upload);
        if (head.statusCode() != 200) {
            throw new AssertionError("HEAD " + upload + ": " + head.statusCode() + " " + head.body());
        }
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    HttpResponse<String> patch(String upload, long offset, byte[] bytes) throws IOException, InterruptedException {
        return patch(upload, offset, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    /** A PATCH whose body is streamed from {@code body} (chunked: its length is not declared). */
    HttpResponse<String> patch(String upload, long offset, InputStream body) throws IOException, InterruptedException {
        return patch(upload, offset, HttpRequest.BodyPublishers.ofInputStream(() -> body));
    }

    private HttpResponse<String> patch(String upload, long offset, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send(request(upload).header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream").method("PATCH", body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request to {@code path} that speaks tus 1.0.0. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).header("Tus-Resumable", "1.0.0");
    }
}
