package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evofit.core.fit.FitSettings;
import org.evofit.dispatch.AwaitProgress;
import org.evofit.wrapper.run.FitPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit serve} (a child JVM) killed with SIGKILL mid-fit and started again on the same {@code --data}:
 * the fit resumes from its checkpoint (the log says from which generation) and ends with the result of the
 * same fit run without interruption, byte for byte.
 */
class ServeKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Many seconds of fitting even on a quiet machine, so the kill lands mid-fit; the reference takes as long.
    private static final int GENERATIONS = 20_000;
    private static final int SEED = 11;
    private static final Pattern RESUMED = Pattern.compile("run \\S+ resumed from its checkpoint at generation (\\d+)");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aServiceKilledMidFitResumesFromItsCheckpointToTheUninterruptedResult() throws Exception {
        Path data = dir.resolve("data");
        Path firstLog = dir.resolve("first.log");
        Path secondLog = dir.resolve("second.log");
        try (BenchCleanup cleanup = BenchCleanup.inTemporaryDirectory("evofit-serve-kill-")) {
            ServeProcess first = ServeProcess.start(data, firstLog, cleanup, "INFO", "--slots", "1", "--checkpoint-seconds", "1");
            URI url = first.url();
            post(url, "api/projects", "application/json", "{\"name\":\"peaks\"}", 201);
            upload(url, Path.of(Cli.repo("examples/peaks/model.yaml")), Path.of(Cli.repo("examples/peaks/peakfit_gauss.dat")));
            String id = JSON.readTree(post(url, "api/projects/peaks/runs", "application/json", "{\"model\":\"models/model.yaml\","
                    + "\"data\":\"data/peakfit_gauss.dat\",\"seed\":" + SEED + ",\"generations\":" + GENERATIONS + "}", 201))
                    .get("id").asText();
            Path store = data.resolve("service/runs").resolve(id).resolve("evofit.db");

            int[] generation = {0};
            int[] checkpoint = {0};
            AwaitProgress.until("the fit is past generation 50 with a checkpoint saved", () -> {
                generation[0] = get(url, "api/runs/" + id).path("generation").asInt();
                checkpoint[0] = latestCheckpoint(store);
                return generation[0] >= 50 && checkpoint[0] > 0;
            }, () -> generation[0] + "/" + checkpoint[0], () -> read(firstLog));
            assertThat(generation[0]).as("the kill lands mid-fit").isLessThan(GENERATIONS);
            first.kill();   // SIGKILL: no shutdown hook, no last checkpoint, the run left as running
            assertThat(JSON.readTree(data.resolve("service/runs").resolve(id).resolve("submission.json").toFile())
                    .get("status").asText()).isEqualTo("running");

            ServeProcess second = ServeProcess.start(data, secondLog, cleanup, "INFO", "--slots", "1", "--checkpoint-seconds", "1");
            String[] status = {""};
            AwaitProgress.until("the resumed fit ends", () -> {
                JsonNode s = get(second.url(), "api/runs/" + id);
                status[0] = s.path("status").asText() + " " + s.path("generation").asInt();
                return s.path("status").asText().matches("succeeded|failed|cancelled");
            }, () -> status[0], () -> read(secondLog));
            assertThat(status[0]).startsWith("succeeded");
            second.stop();

            Matcher resumed = RESUMED.matcher(read(secondLog));
            assertThat(resumed.find()).as("the log says where the fit resumed:\n" + read(secondLog)).isTrue();
            int from = Integer.parseInt(resumed.group(1));
            assertThat(from).as("resumed from the checkpoint seen before the kill, or a later one")
                    .isGreaterThanOrEqualTo(checkpoint[0]).isPositive().isLessThan(GENERATIONS);
            assertThat(resumedFrom(store)).as("the run store's record of the resume").isEqualTo(from);

            Path reference = dir.resolve("reference");
            FitPipeline.lone().execute(Path.of(Cli.repo("examples/peaks/model.yaml")), null, m -> {
                FitSettings s = m.settings();
                return m.withSettings(s.withDe(s.de().withSeed(SEED).withGenerations(GENERATIONS)).withThreads(1));
            }, reference);
            Path run = runDir(data.resolve("service/runs").resolve(id));
            for (String file : List.of("fit.csv", "parameters.csv")) {
                assertThat(Files.readAllBytes(run.resolve(file))).as(file).isEqualTo(Files.readAllBytes(reference.resolve(file)));
            }
        }
    }

    private JsonNode get(URI url, String path) {
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(url.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String post(URI url, String path, String type, String body, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(expected);
        return r.body();
    }

    private void upload(URI url, Path... files) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Path f : files) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"").append(f.getFileName())
                    .append("\"\r\nContent-Type: text/plain\r\n\r\n").append(Files.readString(f)).append("\r\n");
        }
        post(url, "api/projects/peaks/files", "multipart/form-data; boundary=b", body.append("--b--\r\n").toString(), 201);
    }

    /** The newest checkpoint's generation in the submission's run store, 0 before there is one. */
    private static int latestCheckpoint(Path store) {
        return number(store, "SELECT COALESCE(MAX(generation), 0) FROM checkpoints");
    }

    private static int resumedFrom(Path store) {
        return number(store, "SELECT COALESCE(MAX(resumed_from), 0) FROM runs");
    }

    private static int number(Path store, String sql) {
        if (!Files.exists(store)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;   // not created yet, or busy with the service's write: asked again on the next poll
        }
    }

    private static Path runDir(Path submission) throws Exception {
        try (Stream<Path> runs = Files.list(submission.resolve("runs"))) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (java.io.IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
