package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep started with JSON: sequence values as a JSON list, optimizer settings from the whole
 * OptimizerSettings vocabulary (restarts), the figure of merit, and its status at {@code /api/sweeps/ID}.
 */
class SweepStartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
        client.postJson("/api/projects", "{\"name\":\"film\"}");
        HttpResponse<String> up = client.upload("/api/projects/film/files", repoFile("examples/sequence/model.yaml"),
                repoFile("examples/sequence/data/film_T50K.dat"), repoFile("examples/sequence/data/film_T100K.dat"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJsonSweepTakesItsValuesAsAListWithRestartsAndAFigureOfMerit() throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/film/runs", "{\"model\":\"models/model.yaml\","
                + "\"data\":[\"data/film_T50K.dat\",\"data/film_T100K.dat\"],\"kind\":\"sweep\",\"valueFrom\":\"list\","
                + "\"values\":[50,100.5],\"generations\":4,\"restarts\":2,\"seed\":3,\"fom\":\"log\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode submission = JSON.readTree(r.body());
        String id = submission.get("id").asText();
        assertThat(submission.get("fom").asText()).isEqualTo("log");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/sweeps/" + id);
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).isEqualTo("succeeded");

        HttpResponse<String> status = client.get("/api/sweeps/" + id);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(status.body()).get("status").asText()).isEqualTo("succeeded");
        assertThat(client.get("/api/sweeps/" + id + "/status").body()).isEqualTo(status.body());

        Path sweepFile = data.resolve("projects/film/sweeps").resolve(id + ".yaml");
        assertThat(Files.readString(sweepFile)).contains("value: 50", "value: 100.5", "restarts: 2", "generations: 4",
                "figure of merit: log");
        List<Path> results;
        try (Stream<Path> walk = Files.walk(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            results = walk.filter(p -> p.getFileName().toString().equals("result.json")).toList();
        }
        assertThat(results).hasSize(2);
        for (Path result : results) {
            JsonNode json = JSON.readTree(result.toFile());
            assertThat(json.get("fomName").asText()).as(result.toString()).isEqualTo("log");
            // Two restarts of 4 generations each: restarts reached the optimizer.
            assertThat(json.get("generations").asInt()).isEqualTo(8);
        }
        // The project's own model keeps its figure of merit: only the run's copy was changed.
        assertThat(Files.readString(data.resolve("projects/film/models/model.yaml")))
                .isEqualTo(Files.readString(repoFile("examples/sequence/model.yaml")));
    }

    @Test
    void aFitIsNotASweepAndMisspeltOrUnknownSettingsAreRefused() throws Exception {
        HttpResponse<String> fit = client.postJson("/api/projects/film/runs",
                "{\"model\":\"models/model.yaml\",\"data\":\"data/film_T50K.dat\",\"generations\":2}");
        assertThat(fit.statusCode()).as(fit.body()).isEqualTo(201);
        String id = JSON.readTree(fit.body()).get("id").asText();
        client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(client.get("/api/sweeps/" + id).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/runs/" + id).statusCode()).isEqualTo(200);

        HttpResponse<String> typo = client.postJson("/api/projects/film/runs",
                "{\"model\":\"models/model.yaml\",\"data\":\"data/film_T50K.dat\",\"restart\":2}");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(typo.body()).get("message").asText()).contains("unknown key 'restart'", "restarts");
        HttpResponse<String> fom = client.postJson("/api/projects/film/runs",
                "{\"model\":\"models/model.yaml\",\"data\":\"data/film_T50K.dat\",\"fom\":\"nope\"}");
        assertThat(fom.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(fom.body()).get("message").asText()).contains("nope", "chi2");
        HttpResponse<String> values = client.postJson("/api/projects/film/runs", "{\"model\":\"models/model.yaml\","
                + "\"data\":[\"data/film_T50K.dat\",\"data/film_T100K.dat\"],\"valueFrom\":\"list\",\"values\":[50]}");
        assertThat(values.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(values.body()).get("message").asText()).contains("1 values for 2 data files");
    }
}
