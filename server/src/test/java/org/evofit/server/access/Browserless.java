package org.evofit.server.access;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test's HTTP client that keeps cookies by hand (so a test can plant one, drop one or read its attributes) and
 * never follows redirects (so a test sees where the service sends a browser).
 */
final class Browserless {

    private static final Pattern SESSION = Pattern.compile(Access.COOKIE + "=([^;]*)");
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    String session;

    Browserless(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", Access.COOKIE + "=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    HttpResponse<String> postForm(String path, String form, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** Posts the sign-in form; on success keeps the new session cookie. */
    HttpResponse<String> signIn(String user, String password, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> r = postForm(SignInFeature.SIGN_IN, "user=" + enc(user) + "&password=" + enc(password)
                + "&next=" + enc("/api/projects"), headers);
        String set = setCookie(r);
        if (set != null) {
            Matcher m = SESSION.matcher(set);
            if (m.find()) {
                session = m.group(1);
            }
        }
        return r;
    }

    /** The CSRF token the service put into a page for this session. */
    String token() throws IOException, InterruptedException {
        Matcher m = TOKEN.matcher(get("/").body());
        return m.find() ? m.group(1) : null;
    }

    static String setCookie(HttpResponse<?> r) {
        return r.headers().firstValue("Set-Cookie").orElse(null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
