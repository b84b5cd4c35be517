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
 * A JSON body that does not parse, or parses to something other than the object a route reads (a list, a
 * string), is refused as bad input (400, saying what was expected and where), not answered as the
 * server's own failure (500), and changes nothing.
 */
class MalformedJsonTest {

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
