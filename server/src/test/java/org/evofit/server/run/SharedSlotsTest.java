package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.LocalOptions;
import org.evofit.dispatch.LocalRecorder;
import org.evofit.dispatch.LocalSweep;
import org.evofit.looper.RunSpec;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fit takes one of the service's slots, not every submission: a sweep's independent runs fit
 * side by side on free slots, a fit submitted after a long sweep does not wait for all of it, and a
 * shutdown checkpoints each of a sweep's running fits, which resume to the uninterrupted results.
 */
class SharedSlotsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("a.dat", "b.dat", "c.dat");

    @TempDir
    Path data;
    @TempDir
    Path scratch;

    private EvofitServer server;
    private ServiceClient client;

    private void open(int slots) throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, slots));
        client = new ServiceClient(server.url());
    }

    /** Project peaks with the model and the same measurement under three names: three independent runs. */
    private void project() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"peaks\"}");
        List<Path> files = new ArrayList<>(List.of(repoFile("examples/peaks/model.yaml"),
                repoFile("examples/peaks/peakfit_gauss.dat")));
        for (String name : FILES) {
            files.add(Files.copy(repoFile("examples/peaks/peakfit_gauss.dat"), scratch.resolve(name)));
        }
        HttpResponse<String> up = client.upload("/api/projects/peaks/files", files.toArray(Path[]::new));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String startSweep(List<String> names, int generations) throws Exception {
        String data = String.join(",", names.stream().map(n -> "\"data/" + n + "\"").toList());
        String values = String.join(",", names.stream().map(n -> String.valueOf(names.indexOf(n) + 1)).toList());
        HttpResponse<String> r = client.postJson("/api/projects/peaks/runs", "{\"model\":\"models/model.yaml\",\"data\":["
                + data + "],\"kind\":\"sweep\",\"valueFrom\":\"list\",\"values\":[" + values
                + "],\"keepFromLast\":false,\"generations\":" + generations + ",\"seed\":7}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    private String startFit(int generations) throws Exception {
        HttpResponse<String> r = client.postForm("/api/projects/peaks/runs",
                "model=models/model.yaml&data=data/a.dat&generations=" + generations + "&seed=7", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    private JsonNode awaitProgress(String id, java.util.function.Predicate<JsonNode> until) throws Exception {
        String[] event = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("progress") && until.test(json(e[1])));
        assertThat(event).as("a progress event of " + id).isNotNull();
        return json(event[1]);
    }

    private String awaitEnd(String id) throws Exception {
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(done).as("the event stream ends with done").isNotNull();
        return json(done[1]).get("status").asText();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path submissionFolder(String id) {
        return data.resolve("service/runs").resolve(id);
    }

    @Test
    void withTwoSlotsASweepsIndependentRunsFitSideBySideAndEachCheckpointsAtAShutdownAndResumes() throws Exception {
        open(2);
        project();
        int generations = 8000;
        String id = startSweep(FILES.subList(0, 2), generations);
        JsonNode both = awaitProgress(id, p -> p.path("runsRunning").asInt() == 2 && p.path("generation").asInt() >= 20);
        assertThat(both.get("runsTotal").asInt()).isEqualTo(2);
        assertThat(both.get("runsDone").asInt()).as("neither has ended: they fit at the same moment").isZero();
        server.close();
        server = null;

        List<RunSpec> runs = LocalSweep.plan(Starts.inputSweep(submissionFolder(id), id), scratch.resolve("plan")).runs();
        try (Database db = Database.open(DbConfig.sqlite(submissionFolder(id).resolve(LocalRecorder.DB_FILE)), 1)) {
            for (RunSpec run : runs) {
                assertThat(db.store().checkpoints().latest(LocalRecorder.SWEEP, run.id())).as(run.id() + " checkpointed")
                        .isPresent();
            }
        }
        open(2);
        assertThat(awaitEnd(id)).isEqualTo("succeeded");
        // The same sweep, one fit after another and never interrupted: what the resumed fits must equal.
        Path reference = scratch.resolve("reference");
        assertThat(LocalSweep.plan(Starts.inputSweep(submissionFolder(id), id), reference)
                .run(new LocalOptions(1, 1, Duration.ZERO), o -> { }).allSucceeded()).isTrue();
        for (RunSpec run : runs) {
            for (String file : List.of("fit.csv", "parameters.csv")) {
                assertThat(Files.readAllBytes(submissionFolder(id).resolve("runs").resolve(run.id()).resolve(file)))
                        .as(run.id() + " " + file).isEqualTo(Files.readAllBytes(reference.resolve("runs").resolve(run.id()).resolve(file)));
            }
        }
    }

    @Test
    void withOneSlotAFitSubmittedAfterASweepFitsBeforeTheSweepsLastRun() throws Exception {
        open(1);
        project();
        int generations = 3000;
        String sweep = startSweep(FILES, generations);
        awaitProgress(sweep, p -> p.path("generation").asInt() >= 1);
        String fit = startFit(generations);
        assertThat(awaitEnd(fit)).isEqualTo("succeeded");
        JsonNode sweepNow = json(client.get("/api/runs/" + sweep).body());
        assertThat(sweepNow.get("runsDone").asInt()).as("the sweep's last run has not ended").isLessThan(FILES.size());
        assertThat(sweepNow.get("runsRunning").asInt()).as("one slot, one fit at a time").isLessThanOrEqualTo(1);
        assertThat(awaitEnd(sweep)).isEqualTo("succeeded");

        Path reference = RunsFeatureTest.referenceFit(scratch.resolve("fit"), generations);
        Path run;
        try (var dirs = Files.list(submissionFolder(fit).resolve("runs"))) {
            run = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(run.resolve("parameters.csv"))).isEqualTo(Files.readAllBytes(reference.resolve("parameters.csv")));
    }
}
