package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.evofit.server.EvofitServer;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.UploadLimits;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --max-queued N, a start while N submissions wait for a slot is refused with 429 and Retry-After. */
class QueueBoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "model=models/model.yaml&data=data/peakfit_gauss.dat&seed=7&generations=";

    @TempDir
    Path data;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1, UploadLimits.defaults(),
                new RunOptions(1, Duration.ofSeconds(10))));
        client = new ServiceClient(server.url());
        client.postJson("/api/projects", "{\"name\":\"peaks\"}");
        client.upload("/api/projects/peaks/files", repoFile("examples/peaks/model.yaml"),
                repoFile("examples/peaks/peakfit_gauss.dat"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> startFit(int generations) throws Exception {
        return client.postForm("/api/projects/peaks/runs", START + generations, null);
    }

    private String id(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    @Test
    void aStartBeyondTheBoundIsRefusedUntilTheQueueShrinks() throws Exception {
        // The one slot fits the first, so the second waits: the queue is at its bound of one.
        String running = id(startFit(100_000));
        client.follow("/api/runs/" + running + "/events", e -> e[0].equals("progress") && e[1].contains("\"generation\""));
        String waiting = id(startFit(10));
        assertThat(JSON.readTree(client.get("/api/runs/" + waiting).body()).get("status").asText()).isEqualTo("queued");

        HttpResponse<String> refused = startFit(10);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.get("message").asText()).contains("1 fits and sweeps are waiting", "--max-queued 1");
        assertThat(body.get("requestId").asText()).isNotBlank();
        assertThat(JSON.readTree(client.get("/api/projects/peaks/runs").body()).size()).as("nothing of the refused start kept")
                .isEqualTo(2);

        assertThat(client.postForm("/api/runs/" + waiting + "/cancel", "", null).statusCode()).isEqualTo(200);
        String next = id(startFit(10));
        assertThat(client.postForm("/api/runs/" + running + "/cancel", "", null).statusCode()).isEqualTo(200);
        String[] done = client.follow("/api/runs/" + next + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).isEqualTo("succeeded");
    }
}
