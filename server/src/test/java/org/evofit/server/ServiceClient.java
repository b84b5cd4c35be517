package org.evofit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A test's HTTP client of a running service: GET, form and JSON POSTs, multipart uploads. */
public final class ServiceClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    /** A client of the service at {@code base}. */
    public ServiceClient(URI base) {
        this.base = base;
    }

    /** GET {@code path}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST a JSON body. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST a form ({@code a=1&b=2}, already encoded), with an optional request id. */
    public HttpResponse<String> postForm(String path, String form, String requestId) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (requestId != null) {
            b.header(RequestIds.HEADER, requestId);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST the files as a multipart upload, each part named {@code files}, under its own file name. */
    public HttpResponse<String> upload(String path, Path... files) throws IOException, InterruptedException {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Follows the server-sent events at {@code path} until {@code until} accepts one (or the stream ends);
     * each event is {@code [name, data]}.
     *
     * @return the event accepted, or null when the stream ended first
     */
    public String[] follow(String path, java.util.function.Predicate<String[]> until) throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = r.body()) {
            String name = "message";
            for (java.util.Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    String[] event = {name, line.substring(5).trim()};
                    if (until.test(event)) {
                        return event;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A file of the repository, such as an example's model or data ({@code examples/peaks/model.yaml}), read where
     * it is kept as the other modules' tests do (the tests run in the module's folder).
     */
    public static Path repoFile(String relative) {
        Path file = Path.of("").toAbsolutePath().getParent().resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist");
        }
        return file;
    }
}
