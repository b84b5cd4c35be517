package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.evofit.core.fit.FitSettings;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.evofit.wrapper.run.FitPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fits started over HTTP on the embedded slots: results, live progress, cancel, resume after a restart. */
class RunsFeatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path reference;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() throws Exception {
        open();
        client.postJson("/api/projects", "{\"name\":\"peaks\"}");
        HttpResponse<String> up = client.upload("/api/projects/peaks/files", repoFile("examples/peaks/model.yaml"),
                repoFile("examples/peaks/peakfit_gauss.dat"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    }

    private void open() {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static final int LONG_FIT = 8000;

    private String startFit(String settings, String requestId) throws Exception {
        HttpResponse<String> r = client.postForm("/api/projects/peaks/runs",
                "model=models/model.yaml&data=data/peakfit_gauss.dat" + settings, requestId);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/runs/" + id);
        return id;
    }

    private String awaitEnd(String id) throws Exception {
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(done).as("the event stream ends with done").isNotNull();
        return JSON.readTree(done[1]).get("status").asText();
    }

    /** The same fit through the fit pipeline, on one thread: what the service's result must equal. */
    private Path referenceFit(int generations) {
        return referenceFit(reference.resolve("fit"), generations);
    }

    /** The peaks example fitted with seed 7 for {@code generations} on one thread into {@code dir}. */
    static Path referenceFit(Path dir, int generations) {
        FitPipeline.lone().execute(repoFile("examples/peaks/model.yaml"), null, m -> {
            FitSettings s = m.settings();
            return m.withSettings(s.withDe(s.de().withSeed(7).withGenerations(generations)).withThreads(1));
        }, dir);
        return dir;
    }

    private Path runDir(String id) throws Exception {
        try (var runs = Files.list(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void aFitEndsWithThePipelinesResultCommittedIntoItsProject() throws Exception {
        String id = startFit("&generations=150&seed=7", "corr-42");
        assertThat(id).matches("[0-9a-f]{10}");
        assertThat(awaitEnd(id)).isEqualTo("succeeded");
        Path ref = referenceFit(150);
        Path run = runDir(id);
        for (String file : List.of("fit.csv", "parameters.csv", "history.csv")) {
            assertThat(Files.readAllBytes(run.resolve(file))).as(file).isEqualTo(Files.readAllBytes(ref.resolve(file)));
        }
        JsonNode status = JSON.readTree(client.get("/api/runs/" + id).body());
        assertThat(status.get("status").asText()).isEqualTo("succeeded");
        assertThat(status.get("submission").get("status").asText()).as("one spelling in the record too").isEqualTo("succeeded");
        assertThat(status.get("submission").get("requestId").asText()).isEqualTo("corr-42");
        Path project = data.resolve("projects/peaks");
        assertThat(Files.readAllBytes(project.resolve("results").resolve(id).resolve("fit.csv")))
                .isEqualTo(Files.readAllBytes(ref.resolve("fit.csv")));
        assertThat(Files.readString(project.resolve("sweeps").resolve(id + ".yaml"))).contains("generations: 150")
                .contains("\"../models/model.yaml\"").contains("request corr-42");
        List<String> messages = commitMessages(project);
        assertThat(messages.get(0)).startsWith("results/" + id + ":");
        assertThat(messages.get(1)).startsWith("fit " + id + " started").contains("request: corr-42");
        assertThat(client.get("/runs/" + id).body()).contains("id=\"status\">succeeded<");
        assertThat(client.get("/projects/peaks").body()).contains("href=\"/runs/" + id + "\"");
    }

    @Test
    void progressArrivesLiveAndACancelStopsTheFit() throws Exception {
        String id = startFit("&generations=100000&seed=7", null);
        String[] progress = client.follow("/api/runs/" + id + "/events",
                e -> e[0].equals("progress") && generation(e[1]) >= 3);
        JsonNode p = JSON.readTree(progress[1]);
        assertThat(p.get("maxGenerations").asInt()).isEqualTo(100000);
        assertThat(p.get("bestFom").asDouble()).isPositive();
        assertThat(p.get("evaluationsPerSecond").asDouble()).isPositive();
        assertThat(p.get("etaSeconds").asDouble()).isPositive();
        assertThat(p.get("points").size()).isGreaterThanOrEqualTo(3);
        HttpResponse<String> cancel = client.postForm("/api/runs/" + id + "/cancel", "", null);
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(awaitEnd(id)).isEqualTo("cancelled");
        assertThat(client.postForm("/api/runs/" + id + "/cancel", "", null).statusCode()).isEqualTo(409);
        assertThat(data.resolve("projects/peaks/results").resolve(id)).doesNotExist();
    }

    @Test
    void aFitClosedMidwayResumesOnTheNextStartWithTheUninterruptedResult() throws Exception {
        // Long enough that the fit cannot end between its 20th generation and the close on a quiet
        // machine (600 generations of this model take ~0.3 s there; each generation is ~0.5 ms).
        String id = startFit("&generations=" + LONG_FIT + "&seed=7", null);
        client.follow("/api/runs/" + id + "/events",
                e -> e[0].equals("progress") && generation(e[1]) >= 20);
        server.close();
        JsonNode record = JSON.readTree(data.resolve("service/runs").resolve(id).resolve("submission.json").toFile());
        assertThat(record.get("status").asText()).as("submission.json spells it as the API does").isEqualTo("running");
        try (var files = Files.walk(data.resolve("service/runs").resolve(id))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no result before the restart")
                    .doesNotContain("result.json").contains("evofit.db");
        }
        open();
        assertThat(awaitEnd(id)).isEqualTo("succeeded");
        Path ref = referenceFit(LONG_FIT);
        Path run = runDir(id);
        for (String file : List.of("fit.csv", "parameters.csv")) {
            assertThat(Files.readAllBytes(run.resolve(file))).as(file).isEqualTo(Files.readAllBytes(ref.resolve(file)));
        }
    }

    @Test
    void badStartsAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> noModel = client.postForm("/api/projects/peaks/runs", "model=models/none.yaml&data=data/peakfit_gauss.dat", null);
        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noModel.body()).get("message").asText()).isEqualTo("project peaks has no file models/none.yaml");
        HttpResponse<String> badSetting = client.postForm("/api/projects/peaks/runs",
                "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=-5", null);
        assertThat(badSetting.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badSetting.body()).get("message").asText()).contains("generations");
        assertThat(data.resolve("service/runs").toFile().list()).isEmpty();
        assertThat(client.get("/api/runs/0123456789").statusCode()).isEqualTo(404);
        assertThat(client.get("/runs/..%2F..").statusCode()).isEqualTo(404);
    }

    @Test
    void anEditedModelIsSavedAsANewFileTheOldOneKept() throws Exception {
        String page = client.get("/projects/peaks/files/models/model.yaml").body();
        assertThat(page).contains("id=\"edit-model\"");
        StringBuilder form = new StringBuilder("file=edited.yaml&fom=chi2bars");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"((?:value|min|max)\\.[^\"]+)\" size=\"10\" value=\"([^\"]*)\"")
                .matcher(page);
        while (m.find()) {
            String value = m.group(1).equals("value.bkg.value") ? "110" : m.group(2);
            form.append('&').append(m.group(1)).append('=').append(value);
        }
        java.util.regex.Matcher fit = java.util.regex.Pattern.compile("name=\"(fit\\.[^\"]+)\" value=\"true\" checked").matcher(page);
        while (fit.find()) {
            if (!fit.group(1).equals("fit.g3.height")) {
                form.append('&').append(fit.group(1)).append("=true");
            }
        }
        // What the page's hidden field sends for the box the user unticked.
        assertThat(page).contains("name=\"fit.g3.height\" value=\"false\"");
        form.append("&fit.g3.height=false");
        HttpResponse<String> saved = client.postForm("/api/projects/peaks/edits/models/model.yaml", form.toString(), null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(JSON.readTree(saved.body()).get("path").asText()).isEqualTo("models/edited.yaml");
        assertThat(saved.headers().firstValue("Location")).hasValue("/api/projects/peaks/files/models/edited.yaml");
        Path project = data.resolve("projects/peaks");
        assertThat(Files.readString(project.resolve("models/model.yaml")))
                .isEqualTo(Files.readString(repoFile("examples/peaks/model.yaml")));
        Path copy = reference.resolve("edited");
        Files.createDirectories(copy);
        Files.copy(project.resolve("models/edited.yaml"), copy.resolve("edited.yaml"));
        Files.copy(repoFile("examples/peaks/peakfit_gauss.dat"), copy.resolve("peakfit_gauss.dat"));
        var loaded = org.evofit.wrapper.ModelFiles.load(copy.resolve("edited.yaml"));
        var original = org.evofit.wrapper.ModelFiles.load(repoFile("examples/peaks/model.yaml"));
        for (var p : original.problem().parameters()) {
            var e = loaded.problem().parameters().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow();
            assertThat(e.value()).as(p.name()).isEqualTo(p.name().equals("bkg.value") ? 110 : p.value());
            assertThat(e.fit()).as(p.name()).isEqualTo(p.fit() && !p.name().equals("g3.height"));
        }
        HttpResponse<String> again = client.postForm("/api/projects/peaks/edits/models/model.yaml", form.toString(), null);
        assertThat(again.statusCode()).isEqualTo(409);
        HttpResponse<String> outside = client.postForm("/api/projects/peaks/edits/models/model.yaml",
                form.toString().replace("file=edited.yaml", "file=other.yaml").replace("value.bkg.value=110", "value.bkg.value=900"), null);
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(outside.body()).get("message").asText()).contains("bkg.value").contains("900");
    }

    @Test
    void anEditChangesOnlyTheFieldsItGivesFromJsonOrAForm() throws Exception {
        var original = org.evofit.wrapper.ModelFiles.load(repoFile("examples/peaks/model.yaml"));
        HttpResponse<String> json = client.postJson("/api/projects/peaks/edits/models/model.yaml",
                "{\"file\":\"json.yaml\",\"parameters\":{\"bkg.value\":{\"value\":110}}}");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(201);
        HttpResponse<String> form = client.postForm("/api/projects/peaks/edits/models/model.yaml",
                "file=form.yaml&max.bkg.value=500&fit.g3.height=false", null);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
        for (var p : original.problem().parameters()) {
            var fromJson = savedParameter("json.yaml", p.name());
            var fromForm = savedParameter("form.yaml", p.name());
            if (p.name().equals("bkg.value")) {
                assertThat(fromJson).isEqualTo(new org.evofit.core.param.Parameter(p.name(), 110, p.fit(), p.min(), p.max()));
                assertThat(fromForm).isEqualTo(new org.evofit.core.param.Parameter(p.name(), p.value(), p.fit(), p.min(), 500));
            } else if (p.name().equals("g3.height")) {
                assertThat(fromJson).isEqualTo(p);
                assertThat(fromForm).isEqualTo(new org.evofit.core.param.Parameter(p.name(), p.value(), false, p.min(), p.max()));
            } else {
                assertThat(fromJson).as(p.name() + ": bounds and flag kept").isEqualTo(p);
                assertThat(fromForm).as(p.name()).isEqualTo(p);
            }
        }
        HttpResponse<String> unknown = client.postJson("/api/projects/peaks/edits/models/model.yaml",
                "{\"file\":\"other.yaml\",\"parameters\":{\"nope\":{\"value\":1}}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("message").asText()).contains("no parameter nope", "bkg.value");
        assertThat(data.resolve("projects/peaks/models/other.yaml")).doesNotExist();
    }

    private org.evofit.core.param.Parameter savedParameter(String file, String name) throws Exception {
        Path copy = reference.resolve(file + ".d");
        if (!Files.isDirectory(copy)) {
            Files.createDirectories(copy);
            Files.copy(data.resolve("projects/peaks/models").resolve(file), copy.resolve(file));
            Files.copy(repoFile("examples/peaks/peakfit_gauss.dat"), copy.resolve("peakfit_gauss.dat"));
        }
        return org.evofit.wrapper.ModelFiles.load(copy.resolve(file)).problem().parameters().stream()
                .filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static int generation(String progress) {
        try {
            return JSON.readTree(progress).path("generation").asInt();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> commitMessages(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        try (Git git = Git.open(project.toFile())) {
            for (RevCommit c : git.log().call()) {
                out.add(c.getFullMessage());
            }
        }
        return out;
    }
}
