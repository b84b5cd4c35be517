package org.evofit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame every feature relies on: correlation ids, JSON and page errors, WebJars, the stylesheet. */
class EvofitServerTest {

    @TempDir
    Path data;

    private EvofitServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersOnTheLoopbackAddressItWasGiven() throws Exception {
        assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
        HttpResponse<String> health = get("/api/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
    }

    @Test
    void keepsTheCallersRequestIdAndMakesOneOtherwise() throws Exception {
        assertThat(get("/api/health", RequestIds.HEADER, "abc-123").headers().firstValue(RequestIds.HEADER))
                .hasValue("abc-123");
        String made = get("/api/health").headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(made).matches("[0-9a-f]{16}");
        // An id that could forge a log line is replaced, not echoed.
        assertThat(get("/api/health", RequestIds.HEADER, "<script> x").headers().firstValue(RequestIds.HEADER).orElseThrow())
                .matches("[0-9a-f]{16}");
    }

    @Test
    void unknownApiPathsAnswerJsonAndPagesAnswerHtml() throws Exception {
        HttpResponse<String> api = get("/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(api.body()).contains("\"message\":\"nothing at /api/no-such-thing\"").contains("\"requestId\"");

        HttpResponse<String> page = get("/no-such-page", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>404</h1>").contains("nothing at /no-such-page");
    }

    @Test
    void servesTheBrowserLibrariesFromWebJarsAndItsStylesheet() throws Exception {
        assertThat(get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/static/evofit.css").body()).contains("font-family");
    }

    @Test
    void escapesWhatUsersSupplied() {
        assertThat(Html.text("<b a=\"1\">&'")).isEqualTo("&lt;b a=&quot;1&quot;&gt;&amp;&#39;");
        assertThat(Html.page("<x>", "")).contains("<title>&lt;x&gt; · evofit</title>");
    }
}
