package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Fits and sweeps of the contrast-variation model (two data sets, film in D2O and film in H2O) started over
 * real HTTP with files chosen per data set, from JSON and from the start form: each run's model.json names the
 * files it read, which are the files chosen (or the model's own where none was chosen), and the mistakes are
 * refused with what was expected.
 */
class DataSetStartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String D2O = "film in D2O";
    private static final String H2O = "film in H2O";
    private static final String MODEL = "models/model.yaml";

    @TempDir
    Path data;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
        client.postJson("/api/projects", "{\"name\":\"contrast\"}");
        Path example = repoFile("examples/contrast-variation");
        HttpResponse<String> up = client.upload("/api/projects/contrast/files", example.resolve("model.yaml"),
                example.resolve("d2o.dat"), example.resolve("h2o.dat"), example.resolve("sweep/d2o-65A.dat"),
                example.resolve("sweep/d2o-80A.dat"), example.resolve("sweep/h2o-65A.dat"), example.resolve("sweep/h2o-80A.dat"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJsonFitReadsTheFileChosenForEachDataSet() throws Exception {
        JsonNode s = started(client.postJson("/api/projects/contrast/runs", "{\"model\":\"" + MODEL + "\",\"data\":{\""
                + D2O + "\":\"data/d2o-65A.dat\",\"" + H2O + "\":\"data/h2o-80A.dat\"},\"generations\":3,\"seed\":2}"));
        assertThat(s.get("kind").asText()).isEqualTo("fit");
        assertThat(s.get("dataSets").toString()).isEqualTo("{\"" + D2O + "\":[\"data/d2o-65A.dat\"],\"" + H2O
                + "\":[\"data/h2o-80A.dat\"]}");
        String id = s.get("id").asText();
        assertThat(Files.readString(data.resolve("projects/contrast/sweeps").resolve(id + ".yaml")))
                .contains("data:\n  \"" + D2O + "\": [\"../data/d2o-65A.dat\"]\n  \"" + H2O + "\": [\"../data/h2o-80A.dat\"]\n");
        assertThat(finish(id)).isEqualTo("succeeded");
        assertThat(filesRead(id)).containsExactly(Map.of(D2O, "d2o-65A.dat", H2O, "h2o-80A.dat"));
    }

    @Test
    void aFitReadsTheModelsOwnFileForEachDataSetNoFileIsChosenFor() throws Exception {
        JsonNode own = started(client.postJson("/api/projects/contrast/runs",
                "{\"model\":\"" + MODEL + "\",\"generations\":3}"));
        JsonNode some = started(client.postJson("/api/projects/contrast/runs",
                "{\"model\":\"" + MODEL + "\",\"data\":{\"" + H2O + "\":[\"data/h2o-65A.dat\"]},\"generations\":3}"));
        assertThat(finish(own.get("id").asText())).isEqualTo("succeeded");
        assertThat(finish(some.get("id").asText())).isEqualTo("succeeded");
        assertThat(filesRead(own.get("id").asText())).containsExactly(Map.of(D2O, "d2o.dat", H2O, "h2o.dat"));
        assertThat(filesRead(some.get("id").asText())).containsExactly(Map.of(D2O, "d2o.dat", H2O, "h2o-65A.dat"));
        // The submission records every file the fit reads, the model's own included.
        assertThat(some.get("dataSets").get(D2O).toString()).isEqualTo("[\"data/d2o.dat\"]");
    }

    @Test
    void theStartFormHasAChooserPerDataSetAndFitsWithTheFilesChosen() throws Exception {
        String page = client.get("/projects/contrast").body();
        assertThat(page).contains("film in D2O (sample d2o)", "film in H2O (sample h2o)",
                "name=\"data@models/model.yaml@film in D2O\"", "name=\"data@models/model.yaml@film in H2O\"");
        HttpResponse<String> r = client.postForm("/projects/contrast/runs", form("model", MODEL, "kind", "fit",
                "data@" + MODEL + "@" + D2O, "data/d2o-80A.dat", "data@" + MODEL + "@" + H2O, "",
                "data@models/other.yaml@" + D2O, "data/d2o-65A.dat", "generations", "3", "valueFrom", "regex",
                "keepFromLast", "false"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String url = r.headers().firstValue("Location").orElseThrow();
        assertThat(url).startsWith("/runs/");
        String id = url.substring("/runs/".length());
        assertThat(finish(id)).isEqualTo("succeeded");
        // The chooser of another model is not read; the chooser left empty reads the model's own file.
        assertThat(filesRead(id)).containsExactly(Map.of(D2O, "d2o-80A.dat", H2O, "h2o.dat"));
        assertThat(client.get(url).body()).contains("film in D2O: data/d2o-80A.dat; film in H2O: data/h2o.dat");
    }

    @Test
    void aJsonSweepRunsFileKOfEveryDataSetsList() throws Exception {
        JsonNode s = started(client.postJson("/api/projects/contrast/runs", "{\"model\":\"" + MODEL + "\",\"data\":{\""
                + D2O + "\":[\"data/d2o-65A.dat\",\"data/d2o-80A.dat\"],\"" + H2O + "\":[\"data/h2o-65A.dat\","
                + "\"data/h2o-80A.dat\"]},\"generations\":3}"));
        assertThat(s.get("kind").asText()).isEqualTo("sweep");
        String id = s.get("id").asText();
        assertThat(Files.readString(data.resolve("projects/contrast/sweeps").resolve(id + ".yaml"))).contains("data:\n  \""
                + D2O + "\": [\"../data/d2o-65A.dat\", \"../data/d2o-80A.dat\"]\n  \"" + H2O
                + "\": [\"../data/h2o-65A.dat\", \"../data/h2o-80A.dat\"]\n");
        assertThat(finish(id)).isEqualTo("succeeded");
        assertThat(filesRead(id)).containsExactlyInAnyOrder(Map.of(D2O, "d2o-65A.dat", H2O, "h2o-65A.dat"),
                Map.of(D2O, "d2o-80A.dat", H2O, "h2o-80A.dat"));
        JsonNode runs = JSON.readTree(data.resolve("service/runs").resolve(id).resolve("sweep.json").toFile()).get("runs");
        assertThat(runs).hasSize(2);
        // The sweep's page names each run's file per data set.
        assertThat(client.get("/sweeps/" + id).body()).contains("film in D2O: d2o-65A.dat, film in H2O: h2o-65A.dat",
                "film in D2O: d2o-80A.dat, film in H2O: h2o-80A.dat");
    }

    @Test
    void theStartFormSweepsWithAListPerDataSet() throws Exception {
        HttpResponse<String> r = client.postForm("/projects/contrast/runs", form("model", MODEL, "kind", "sweep",
                "data@" + MODEL + "@" + D2O, "data/d2o-80A.dat", "data@" + MODEL + "@" + D2O, "data/d2o.dat",
                "data@" + MODEL + "@" + H2O, "data/h2o-80A.dat", "data@" + MODEL + "@" + H2O, "data/h2o.dat",
                "generations", "3", "valueFrom", "regex", "pattern", "", "keepFromLast", "true"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String id = r.headers().firstValue("Location").orElseThrow().substring("/sweeps/".length());
        assertThat(finish(id)).isEqualTo("succeeded");
        assertThat(filesRead(id)).containsExactlyInAnyOrder(Map.of(D2O, "d2o-80A.dat", H2O, "h2o-80A.dat"),
                Map.of(D2O, "d2o.dat", H2O, "h2o.dat"));
    }

    @Test
    void mistakesInTheFilesPerDataSetAreRefusedSayingWhatWasExpected() throws Exception {
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"data\":{\"film in D20\":\"data/d2o.dat\"}}"))
                .contains("has no data set 'film in D20'", "expected one of its data sets: film in D2O, film in H2O");
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"kind\":\"fit\",\"data\":{\"" + D2O
                + "\":[\"data/d2o.dat\",\"data/d2o-65A.dat\"]}}")).contains("one data file per data set", "'film in D2O' has 2");
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"data\":{\"" + D2O + "\":[\"data/d2o.dat\",\"data/d2o-65A.dat\"],\""
                + H2O + "\":[\"data/h2o.dat\"]}}")).contains("'film in D2O' has 2 files", "'film in H2O' has 1",
                "as many files for each");
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"data\":{\"" + D2O + "\":[\"data/d2o.dat\",\"data/d2o-65A.dat\"]},"
                + "\"valueFrom\":\"list\",\"values\":[1,2]}")).contains("values: a sweep of files per data set takes no sequence");
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"data\":{\"" + D2O + "\":\"data/none.dat\"}}"))
                .contains("project contrast has no file data/none.dat");
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"data\":{\"" + D2O + "\":{\"file\":\"data/d2o.dat\"}}}"))
                .contains("data set 'film in D2O' has", "expected a data file's project path");
        Path own = data.resolve("projects/contrast/data/h2o.dat");
        Files.delete(own);
        assertThat(refusal("{\"model\":\"" + MODEL + "\",\"data\":{\"" + H2O + "\":\"data/h2o-65A.dat\"}}"))
                .contains("models/model.yaml names h2o.dat for its data set 'film in H2O'", "has no data/h2o.dat", "upload it");
        // Nothing of a refused start is kept: no submission, no sweep file.
        assertThat(client.get("/api/projects/contrast/runs").body()).isEqualTo("[]");
        Path sweeps = data.resolve("projects/contrast/sweeps");
        if (Files.exists(sweeps)) {
            try (Stream<Path> kept = Files.list(sweeps)) {
                assertThat(kept).isEmpty();
            }
        }
    }

    @Test
    void aModelOfOneDataSetStillTakesItsDataFileAndAPolarisedModelsChoosersNameTheirChannels() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"peaks\"}");
        client.upload("/api/projects/peaks/files", repoFile("examples/peaks/model.yaml"),
                repoFile("examples/peaks/peakfit_gauss.dat"));
        HttpResponse<String> none = client.postJson("/api/projects/peaks/runs", "{\"model\":\"" + MODEL + "\"}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(none.body()).get("message").asText()).contains("no data file chosen");
        assertThat(client.get("/projects/peaks").body()).doesNotContain("data-sets");

        client.postJson("/api/projects", "{\"name\":\"polarised\"}");
        Path example = repoFile("examples/polarised");
        client.upload("/api/projects/polarised/files", example.resolve("model.yaml"), example.resolve("pp.dat"),
                example.resolve("mm.dat"), example.resolve("pm.dat"), example.resolve("mp.dat"));
        assertThat(client.get("/projects/polarised").body()).contains("R++ (channel ++)", "R-- (channel --)",
                "R+- (channel +-)", "R-+ (channel -+)", "(its own: pm.dat)");
    }

    /**
     * A polarised model whose one data entry names an ORSO file of two polarisation channels fits two data
     * sets, {@code pnr ++} and {@code pnr --}, as the model reader names them: the service lists them so too,
     * with a chooser each on the start form and by name where a start names a data set the model lacks.
     */
    @Test
    void aPolarisedOrsoFilesChannelsAreListedAsTheDataSetsTheyFit() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"pnr\"}");
        Path example = repoFile("server/src/test/resources/polarised");
        HttpResponse<String> up = client.upload("/api/projects/pnr/files", example.resolve("model.yaml"),
                example.resolve("pnr.ort"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);

        assertThat(client.get("/projects/pnr").body()).contains("pnr ++ (channel ++)", "pnr -- (channel --)",
                "name=\"data@models/model.yaml@pnr ++\"", "name=\"data@models/model.yaml@pnr --\"",
                "(its own: pnr.ort)");
        HttpResponse<String> r = client.postJson("/api/projects/pnr/runs",
                "{\"model\":\"" + MODEL + "\",\"data\":{\"pnr\":\"data/pnr.ort\"},\"generations\":3}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("message").asText())
                .isEqualTo("model " + MODEL + " has no data set 'pnr'; expected one of its data sets: pnr ++, pnr --");
    }

    private String refusal(String json) throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/contrast/runs", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        return JSON.readTree(r.body()).get("message").asText();
    }

    private static JsonNode started(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private String finish(String id) throws Exception {
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        return JSON.readTree(done[1]).get("status").asText();
    }

    /** Each run's data files by data set name, as its model.json names them (file names only). */
    private List<Map<String, String>> filesRead(String id) throws Exception {
        List<Path> models;
        try (Stream<Path> walk = Files.walk(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            models = walk.filter(p -> p.getFileName().toString().equals("model.json")).toList();
        }
        List<Map<String, String>> out = new java.util.ArrayList<>();
        for (Path model : models) {
            Map<String, String> files = new LinkedHashMap<>();
            JSON.readTree(model.toFile()).get("dataSets").forEach(set -> files.put(set.get("name").asText(),
                    Path.of(set.get("file").asText()).getFileName().toString()));
            out.add(files);
        }
        return out;
    }

    private static String form(String... pairs) {
        return Stream.iterate(0, i -> i + 2).limit(pairs.length / 2).map(i -> encode(pairs[i]) + "=" + encode(pairs[i + 1]))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
