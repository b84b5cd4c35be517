package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.server.EvofitServer;
import org.evofit.server.Html;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose data have points left out of the fit says so on its page and in {@code /api/runs/ID}, each
 * warning as its result.json records it, naming the data file as uploaded ({@code data/example.ort}), never by
 * the server's absolute path (which a run recorded before the service's runs named their files so still shows
 * as uploaded); a file name a user chose cannot become markup; a run without warnings shows none. The data: the ORSO example with {@code nan} rows, fitted with the exponential
 * decay model the cli's ExcludedDataWarningTest fits.
 */
class RunWarningsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORT = "wrapper/src/test/resources/ort/example.ort";
    // No slash, so one file name. Uploads refuse such names; the page must not rely on every file having come that way.
    private static final String HOSTILE = "<script>alert('x')&<b>.ort";

    @TempDir
    Path data;

    private EvofitServer server;
    private ServiceClient client;
    private String leftOut;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
        client.postJson("/api/projects", "{\"name\":\"decay\"}");
        Path model = data.resolve("model.yaml");
        Files.copy(repoFile("wrapper/src/test/resources/ort/example-decay.yaml"), model);
        HttpResponse<String> up = client.upload("/api/projects/decay/files", model, repoFile(ORT));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        // The counts from the file's text, not from evofit's reader.
        List<String[]> rows = Files.readAllLines(repoFile(ORT)).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.strip().split("\\s+")).toList();
        long nan = rows.stream().filter(f -> f[1].equals("nan")).count();
        assertThat(nan).isPositive();
        leftOut = ": " + nan + " of " + rows.size() + " points have a non-finite R and are left out of the fit";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFitWithLeftOutPointsShowsItsWarningsOnItsPageAndInTheApi() throws Exception {
        String id = finished("{\"model\":\"models/model.yaml\",\"data\":\"data/example.ort\",\"generations\":5,\"seed\":3}");

        Path run = onlyRun(id);
        List<String> recorded = recordedWarnings(run);
        // result.json, the page and the API all name the file as uploaded.
        List<String> shown = List.of("data/example.ort" + leftOut);
        assertThat(recorded).isEqualTo(shown);
        // A run recorded before names the server's absolute path; it is shown as uploaded too.
        String serverPath = data.resolve("service/runs").resolve(id).resolve("input/data/example.ort").toString();
        assertThat(RunWarnings.shown(List.of(serverPath + leftOut), run)).isEqualTo(shown);
        String page = client.get("/runs/" + id).body();
        assertThat(page).contains("<ul class=\"warnings\" id=\"data-warnings\">\n<li>" + Html.text(shown.get(0))
                + "</li>\n</ul>");
        String answer = client.get("/api/runs/" + id).body();
        assertThat(answer).doesNotContain(data.toString());
        JsonNode status = JSON.readTree(answer);
        assertThat(texts(status.get("warnings"))).isEqualTo(shown);
        assertThat(status.has("runWarnings")).isFalse();
    }

    @Test
    void aHostileDataFileNameIsEscapedOnTheRunPageAndKeptWholeInTheApi() throws Exception {
        Files.copy(repoFile(ORT), data.resolve("projects/decay/data").resolve(HOSTILE));
        String id = finished("{\"model\":\"models/model.yaml\",\"data\":[\"data/example.ort\",\"data/" + HOSTILE
                + "\"],\"kind\":\"sweep\",\"valueFrom\":\"list\",\"values\":[1,2],\"generations\":3,\"seed\":4}");

        String answer = client.get("/api/sweeps/" + id).body();
        assertThat(answer).doesNotContain(data.toString());
        JsonNode byRun = JSON.readTree(answer).get("runWarnings");
        assertThat(byRun).isNotNull();
        assertThat(byRun.has("warnings")).isFalse();
        List<Path> runs = runs(id);
        assertThat(runs).hasSize(2);
        boolean hostileSeen = false;
        for (Path run : runs) {
            String runId = run.getFileName().toString();
            List<String> recorded = recordedWarnings(run);
            assertThat(recorded).singleElement().satisfies(w -> assertThat(w).endsWith(leftOut));
            // Recorded as uploaded, so shown as recorded.
            List<String> shown = recorded;
            assertThat(shown.get(0)).startsWith("data/");
            assertThat(texts(byRun.get(runId))).as(runId).isEqualTo(shown);
            String page = client.get("/sweeps/" + id + "/runs/" + runId).body();
            assertThat(page).contains("<li>" + Html.text(shown.get(0)) + "</li>");
            hostileSeen |= recorded.get(0).contains(HOSTILE);
        }
        assertThat(hostileSeen).as("a run names the hostile file").isTrue();
        String summary = client.get("/sweeps/" + id).body();
        assertThat(summary).doesNotContain("<script>alert").doesNotContain(data.toString()).contains("<li>data/");
        for (Path run : runs) {
            assertThat(client.get("/sweeps/" + id + "/runs/" + run.getFileName()).body()).doesNotContain("<script>alert");
        }
    }

    @Test
    void aRunWithoutWarningsShowsNone() throws IOException {
        Path run = ResultFixtures.onlyRun(ResultFixtures.PEAKS);
        assertThat(recordedWarnings(run)).isEmpty();
        assertThat(ResultsView.html(run, RunLinks.ofFit(ResultFixtures.PEAKS), null))
                .doesNotContain("data-warnings").doesNotContain("Data warnings");
        assertThat(SweepView.html(ResultFixtures.submission(ResultFixtures.PEAKS), ResultFixtures.PEAKS))
                .doesNotContain("warn");
        assertThat(new RunWarnings(id -> java.util.Optional.of(ResultFixtures.submission(id))).ofFit(ResultFixtures.PEAKS))
                .isEmpty();
    }

    /** Starts {@code json} and waits for it to succeed; its id. */
    private String finished(String json) throws Exception {
        return finished(client, json);
    }

    /** Starts {@code json} in project decay through {@code client} and waits for it to succeed; its id. */
    static String finished(ServiceClient client, String json) throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/decay/runs", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).as(client.get("/api/runs/" + id).body())
                .isEqualTo("succeeded");
        return id;
    }

    private List<Path> runs(String id) throws IOException {
        try (Stream<Path> runs = Files.list(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            return runs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private Path onlyRun(String id) throws IOException {
        List<Path> runs = runs(id);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    /** The warnings of result.json as its text has them: each left-out data set's, then the others. */
    static List<String> recordedWarnings(Path run) throws IOException {
        JsonNode result = JSON.readTree(run.resolve("result.json").toFile());
        List<String> out = new ArrayList<>();
        result.path("excludedPoints").forEach(e -> out.add(e.get("warning").asText()));
        result.path("warnings").forEach(w -> out.add(w.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array).as("a list of warnings").isNotNull();
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
