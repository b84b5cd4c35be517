package org.evofit.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of answer (a page, the API, a static file, a refusal, an unknown path, a git refusal) carries the
 * security headers; Strict-Transport-Security only when the browser came over TLS; refusals show no stack trace, and a
 * malformed JSON body is the client's mistake, not the server's failure.
 */
class SecurityHeadersTest {

    @TempDir
    Path data;

    private EvofitServer server;
    private Browserless client;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new Browserless(server.url());
        assertThat(client.postForm("/projects", "name=p").statusCode()).isEqualTo(302);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyAnswerCarriesThePolicyAndNoneLeaksAStackTrace() throws Exception {
        List<String> paths = List.of("/", "/projects/p", "/api/projects", "/static/evofit.css", "/api/projects/nope",
                "/no/such/page", "/projects/nope.git/info/refs?service=git-upload-pack",
                "/projects/p.git/info/refs?service=git-receive-pack");
        for (String path : paths) {
            HttpResponse<String> r = client.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.POLICY);
            assertThat(SecurityHeaders.POLICY).contains("frame-ancestors 'none'").contains("script-src 'self';");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
            if (r.statusCode() >= 400) {
                assertThat(r.body()).as(path).doesNotContainPattern("(Exception|\\bat [a-z]+\\.[a-z]+\\.)");
            }
        }
        assertThat(client.get("/api/projects/nope").statusCode()).isEqualTo(404);
        assertThat(client.get("/projects/nope.git/info/refs?service=git-upload-pack").statusCode()).isEqualTo(404);
        // No page of the service holds an inline script the policy would block.
        assertThat(client.get("/projects/p").body()).doesNotContainPattern("<script>");
    }

    @Test
    void strictTransportSecurityOnlyBehindTls() throws Exception {
        HttpResponse<String> overTls = client.send(client.request("/").header("X-Forwarded-Proto", "https").GET());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValue(SecurityHeaders.HSTS);
        HttpResponse<String> plain = client.send(client.request("/").header("X-Forwarded-Proto", "http").GET());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /**
     * A JSON body that does not parse, or parses to something other than the object a route reads (a list, a
     * string), is refused as bad input (400, saying what was expected and where), not answered as the server's own
     * failure (500), and changes nothing.
     */
    @Test
    void aBodyThatIsNotTheExpectedObjectIsBadInput() throws Exception {
        List<String> routes = List.of("/api/projects", "/api/projects/p/runs");
        List<String> bodies = List.of("[1, 2]", "\"a string\"", "{\"name\": ", "not json at all");
        for (String route : routes) {
            for (String body : bodies) {
                HttpResponse<String> r = client.send(client.request(route).header("Content-Type", "application/json")
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
                assertThat(r.statusCode()).as(route + " " + body).isEqualTo(400);
                assertThat(r.body()).as(route + " " + body).contains("not the JSON object expected")
                        .contains("\"file\":\"request body\"").contains("\"line\":1")
                        .doesNotContainPattern("(Exception|\\bat [a-z]+\\.[a-z]+\\.)");
            }
        }
        assertThat(client.get("/api/projects").body()).contains("\"p\"").doesNotContain("a string");
    }
}
