package org.evofit.server.project;

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
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.app.Service;
import org.evofit.server.ServiceClient;
import org.evofit.server.UploadLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects and uploads over HTTP: each project a git work tree, each upload checked whole and one commit. */
class ProjectsFeatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SMALL_FILE_LIMIT = 2000;

    @TempDir
    Path data;
    @TempDir
    Path scratch;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() {
        // The peaks data file (2645 bytes) is over the per-file limit; its model (1349 bytes) is under it.
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1,
                new UploadLimits(1, 3, SMALL_FILE_LIMIT, 1_000_000)));
        client = new ServiceClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void createsListsAndRefusesBadOrTakenNames() throws Exception {
        HttpResponse<String> created = client.postJson("/api/projects", "{\"name\":\"films\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/projects/films");
        assertThat(json(client.get("/api/projects/films")).get("name").asText()).isEqualTo("films");
        HttpResponse<String> bad = client.postJson("/api/projects", "{\"name\":\"Films/..\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("message").asText()).contains("Films/..").contains("lower-case");
        assertThat(client.postJson("/api/projects", "{\"name\":\"films\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> form = client.postForm("/projects", "name=second", null);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValue("/projects/second");
        assertThat(json(client.get("/api/projects")).findValuesAsText("name")).containsExactly("films", "second");
        assertThat(client.get("/").body()).contains("href=\"/projects/films\"").contains("id=\"create-project\"");
        assertThat(client.get("/api/projects/nope").statusCode()).isEqualTo(404);
        assertThat(Files.isDirectory(data.resolve("projects/films/.git"))).isTrue();
    }

    @Test
    void uploadsAModelWithItsDataAsOneCommit() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"peaks\"}");
        Path model = repoFile("examples/peaks/model.yaml");
        Path dat = copy(repoFile("examples/peaks/peakfit_gauss.dat"), "gauss.dat");
        Path renamed = Files.writeString(scratch.resolve("gauss.yaml"),
                Files.readString(model).replace("file: peakfit_gauss.dat", "file: gauss.dat"));
        // The per-file limit is for this test small; raise it by starting a service with defaults on the same data.
        restartWithDefaultLimits();
        HttpResponse<String> up = client.upload("/api/projects/peaks/files", renamed, dat);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(up.headers().firstValue("Location")).hasValue("/api/projects/peaks/files");
        JsonNode files = json(client.get(up.headers().firstValue("Location").orElseThrow()));
        assertThat(files.findValuesAsText("path")).containsExactly("data/gauss.dat", "models/gauss.yaml");
        assertThat(files.findValuesAsText("kind")).containsExactly("data", "model");
        assertThat(files.findValues("bytes").stream().map(JsonNode::asLong).toList())
                .containsExactly(Files.size(dat), Files.size(renamed));
        assertThat(client.get("/api/projects/peaks/files/models/gauss.yaml").body()).isEqualTo(Files.readString(renamed));
        assertThat(headFiles("peaks")).containsExactly("data/gauss.dat", "models/gauss.yaml");
        assertThat(commitMessages("peaks").get(0)).startsWith("upload: gauss.yaml, gauss.dat");
        String page = client.get("/projects/peaks").body();
        assertThat(page).contains("models/gauss.yaml").contains("<td class=\"kind\">model</td>")
                .contains("<td class=\"num size\">" + Files.size(dat) + "</td>");
        assertThat(client.get("/projects/peaks/files/models/gauss.yaml").body()).contains("kind: curve")
                .doesNotContain("model-error");
    }

    @Test
    void aBrokenModelIsRefusedAtItsLineAndNothingIsStored() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"p\"}");
        // Line 4, column 11: a bound that is not a number.
        Path bad = Files.writeString(scratch.resolve("bad.yaml"), "kind: curve\ncomponents:\n  - {name: c, kind: constant,\n"
                + "     value: {value: 1, min: x, max: 2}}\n");
        List<String> before = commitMessages("p");
        HttpResponse<String> up = client.upload("/api/projects/p/files", bad);
        assertThat(up.statusCode()).isEqualTo(400);
        JsonNode error = json(up);
        assertThat(error.get("file").asText()).isEqualTo("models/bad.yaml");
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("message").asText()).startsWith("models/bad.yaml:4:");
        assertThat(json(client.get("/api/projects/p/files"))).isEmpty();
        assertThat(commitMessages("p")).isEqualTo(before);
        assertThat(leftInUploads()).isEmpty();
    }

    @Test
    void aModelWithoutItsDataIsRefusedNamingTheDataFile() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"p\"}");
        HttpResponse<String> up = client.upload("/api/projects/p/files", repoFile("examples/peaks/model.yaml"));
        assertThat(up.statusCode()).isEqualTo(400);
        assertThat(json(up).get("message").asText()).contains("peakfit_gauss.dat");
        assertThat(json(client.get("/api/projects/p/files"))).isEmpty();
    }

    @Test
    void fileSetRulesNameTheFileAndTheRuleAndStoreNothing() throws Exception {
        client.postJson("/api/projects", "{\"name\":\"p\"}");
        HttpResponse<String> big = client.upload("/api/projects/p/files", repoFile("examples/peaks/model.yaml"),
                repoFile("examples/peaks/peakfit_gauss.dat"));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("message").asText()).isEqualTo("peakfit_gauss.dat: 2645 bytes is larger than the limit of "
                + SMALL_FILE_LIMIT + " bytes per file (--upload-max-file-bytes)");
        Path odd = Files.writeString(scratch.resolve("notes.pdf"), "x");
        HttpResponse<String> kind = client.upload("/api/projects/p/files", odd);
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(json(kind).get("message").asText()).startsWith("notes.pdf: not a kind of file a project takes");
        Path[] four = new Path[4];
        for (int i = 0; i < 4; i++) {
            four[i] = Files.writeString(scratch.resolve("d" + i + ".dat"), "1 2 0.1\n");
        }
        HttpResponse<String> many = client.upload("/api/projects/p/files", four);
        assertThat(json(many).get("message").asText()).contains("4 files; at most 3 per upload (--upload-max-files)");
        assertThat(json(client.get("/api/projects/p/files"))).isEmpty();
        assertThat(leftInUploads()).isEmpty();
    }

    @Test
    void aGenxProjectIsImportedIntoAModelAndItsData() throws Exception {
        restartWithDefaultLimits();
        client.postJson("/api/projects", "{\"name\":\"genx\"}");
        HttpResponse<String> up = client.upload("/api/projects/genx/files",
                repoFile("wrapper/src/test/resources/genx/X-ray_Reflectivity.hgx"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        List<String> paths = json(client.get("/api/projects/genx/files")).findValuesAsText("path");
        assertThat(paths).contains("genx/X-ray_Reflectivity.hgx", "models/X-ray_Reflectivity.yaml");
        assertThat(paths.stream().filter(p -> p.startsWith("data/"))).isNotEmpty();
        assertThat(client.get("/projects/genx/files/models/X-ray_Reflectivity.yaml").body()).contains("kind: reflectivity")
                .doesNotContain("model-error");
    }

    @Test
    void instrumentFilesAndGenx2ProjectsAreTakenAsEvofitReadsThem() throws Exception {
        restartWithDefaultLimits();
        client.postJson("/api/projects", "{\"name\":\"lab\"}");
        HttpResponse<String> data = client.upload("/api/projects/lab/files",
                repoFile("wrapper/src/test/resources/formats/XRDML_attenuation.xrdml"),
                repoFile("wrapper/src/test/resources/formats/D17_SiO.out"));
        assertThat(data.statusCode()).as(data.body()).isEqualTo(201);
        HttpResponse<String> gx = client.upload("/api/projects/lab/files",
                repoFile("wrapper/src/test/resources/genx/X-ray_Reflectivity.gx"));
        assertThat(gx.statusCode()).as(gx.body()).isEqualTo(201);

        List<String> paths = json(client.get("/api/projects/lab/files")).findValuesAsText("path");
        assertThat(paths).contains("data/XRDML_attenuation.xrdml", "data/D17_SiO.out", "genx/X-ray_Reflectivity.gx",
                "models/X-ray_Reflectivity.yaml");
        assertThat(client.get("/projects/lab/files/models/X-ray_Reflectivity.yaml").body()).contains("kind: reflectivity")
                .doesNotContain("model-error");
    }

    @Test
    void aGenxBatchKeepsItsSweepInTheProjectRunnableFromThere() throws Exception {
        restartWithDefaultLimits();
        client.postJson("/api/projects", "{\"name\":\"batch\"}");
        HttpResponse<String> up = client.upload("/api/projects/batch/files",
                repoFile("wrapper/src/test/resources/genx/XRR_batch_made.hgx"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(json(up).get("notes").toString()).contains("sweeps/XRR_batch_made-batch.yaml");
        List<String> paths = json(client.get("/api/projects/batch/files")).findValuesAsText("path");
        assertThat(paths).contains("models/XRR_batch_made.yaml", "sweeps/XRR_batch_made-batch.yaml",
                "data/0-sample_T10K.dat", "data/1-sample_T25K.dat", "data/2-sample_T40K.dat");
        assertThat(headFiles("batch")).contains("sweeps/XRR_batch_made-batch.yaml");
        Path sweep = data.resolve("projects/batch/sweeps/XRR_batch_made-batch.yaml");
        assertThat(Files.readString(sweep)).contains("\"../models/XRR_batch_made.yaml\"", "\"../data/1-sample_T25K.dat\"");
        // The stored sweep plans where the service runs a project's sweeps (its model with the project's data
        // laid out beside it): the model and every entry's data with its value.
        Path project = data.resolve("projects/batch");
        List<Path> dataFiles;
        try (var d = Files.list(project.resolve("data"))) {
            dataFiles = d.toList();
        }
        Path input = scratch.resolve("input");
        ModelInputs.arrange(input, project.resolve("models/XRR_batch_made.yaml"), dataFiles);
        Path planned = Files.createDirectories(input.resolve("sweeps")).resolve(sweep.getFileName());
        Files.copy(sweep, planned);
        org.evofit.dispatch.LocalSweep plan = org.evofit.dispatch.LocalSweep.plan(planned, scratch.resolve("plan"));
        assertThat(plan.runs()).hasSize(3);
        assertThat(plan.runs().stream().map(r -> r.sequence()).toList()).containsExactly(10.0, 25.0, 40.0);
    }

    /** The per-file limit is for most tests here small; a service with the defaults on the same data takes bigger files. */
    private void restartWithDefaultLimits() {
        server.close();
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
    }

    private Path copy(Path from, String name) throws Exception {
        return Files.copy(from, scratch.resolve(name));
    }

    private List<String> leftInUploads() throws Exception {
        try (var s = Files.list(data.resolve("uploads"))) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private List<String> commitMessages(String project) throws Exception {
        List<String> out = new ArrayList<>();
        try (Git git = Git.open(data.resolve("projects").resolve(project).toFile())) {
            for (RevCommit c : git.log().call()) {
                out.add(c.getFullMessage());
            }
        }
        return out;
    }

    private List<String> headFiles(String project) throws Exception {
        List<String> out = new ArrayList<>();
        try (Git git = Git.open(data.resolve("projects").resolve(project).toFile());
             TreeWalk walk = new TreeWalk(git.getRepository())) {
            ObjectId head = git.getRepository().resolve("HEAD^{tree}");
            walk.addTree(head);
            walk.setRecursive(true);
            while (walk.next()) {
                out.add(walk.getPathString());
            }
        }
        return out;
    }
}
