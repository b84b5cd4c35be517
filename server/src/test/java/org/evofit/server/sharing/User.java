package org.evofit.server.sharing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One user of a service that requires sign-in, as a test drives it: signs in through the form, keeps the session
 * cookie and the CSRF token the pages carry, and sends requests with both (or, to attack, without the token). It
 * never follows redirects, so a test sees where the service sends a browser.
 */
final class User {

    private static final Pattern SESSION = Pattern.compile("evofit_session=([^;]*)");
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final String name;
    private String session;
    private String csrf;

    /** A user not signed in. */
    User(URI base, String name) {
        this.base = base;
        this.name = name;
    }

    /** Signs in with {@code password} and reads the session's CSRF token; the user afterwards. */
    User signIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=" + enc(name) + "&password=" + enc(password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = SESSION.matcher(r.headers().firstValue("Set-Cookie").orElseThrow(
                () -> new IllegalStateException(name + " could not sign in: " + r.statusCode() + " " + r.body())));
        session = m.find() ? m.group(1) : null;
        Matcher t = TOKEN.matcher(send(request("/"), true).body());
        csrf = t.find() ? t.group(1) : null;
        return this;
    }

    /** The user's name. */
    String name() {
        return name;
    }

    /** The headers that carry the session and the CSRF token, for a request written by hand on a socket. */
    String credentialHeaders() {
        return "Cookie: evofit_session=" + session + "\r\nX-CSRF-Token: " + csrf + "\r\n";
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    /** Sends {@code request} with the session cookie and, when {@code withToken}, the CSRF token. */
    HttpResponse<String> send(HttpRequest.Builder request, boolean withToken) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "evofit_session=" + session);
        }
        if (withToken && csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET(), true);
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), true);
    }

    /** Uploads {@code files} as one multipart request to {@code path}. */
    HttpResponse<String> upload(String path, Path... files) throws IOException, InterruptedException {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), true);
    }

    /** Reads the server-sent events at {@code path} until one named {@code name}; its data, or null if none came. */
    String awaitEvent(String path, String event) throws IOException, InterruptedException {
        return awaitEvent(path, event, "");
    }

    /** Reads the events at {@code path} until one named {@code event} whose data holds {@code holding}; its data. */
    String awaitEvent(String path, String event, String holding) throws IOException, InterruptedException {
        HttpRequest.Builder r = request(path).header("Accept", "text/event-stream").header("Cookie", "evofit_session=" + session);
        HttpResponse<Stream<String>> res = http.send(r.build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = res.body()) {
            String current = "message";
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event:")) {
                    current = line.substring(6).trim();
                } else if (line.startsWith("data:") && current.equals(event) && line.contains(holding)) {
                    return line.substring(5).trim();
                }
            }
        }
        return null;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
