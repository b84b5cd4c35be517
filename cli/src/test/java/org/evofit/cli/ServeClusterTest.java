package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.SweepCounts;
import org.evofit.server.EvofitServer;
import org.evofit.server.RequestIds;
import org.evofit.server.ServerOptions;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit serve --db}: fits and sweeps started over the REST API are fitted by the cluster's
 * {@code evofit worker} processes (child JVMs on a PostgreSQL database of this test's own), and come back
 * into the service's pages and the project's git as a local run's would; two services share the database.
 */
class ServeClusterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEQUENCE_PATTERN = "T(\\d+)K";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fitsAndSweepsOfTwoServicesOnOneDatabaseAreFittedByTheWorkersAndEqualLocalRuns() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("w1");
            cluster.startWorker("w2");
            cluster.awaitJoined("w1", "w2");
            try (EvofitServer first = serve(cluster, "data1"); EvofitServer second = serve(cluster, "data2")) {
                URI a = first.url();
                URI b = second.url();
                project(a, "peaks", "examples/peaks/model.yaml", "examples/peaks/peakfit_gauss.dat");
                List<String> sequence = new ArrayList<>(List.of("examples/sequence/model.yaml"));
                try (Stream<Path> files = Files.list(Path.of(Cli.repo("examples/sequence/data")))) {
                    files.map(f -> "examples/sequence/data/" + f.getFileName()).sorted().forEach(sequence::add);
                }
                project(a, "sequence", sequence.toArray(String[]::new));
                project(b, "peaks", "examples/peaks/model.yaml", "examples/peaks/peakfit_gauss.dat");

                String fit = start(a, "peaks", "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=100&seed=7",
                        "req-fit-1");
                StringBuilder sweepForm = new StringBuilder("model=models/model.yaml&kind=sweep&valueFrom=regex&pattern=")
                        .append(java.net.URLEncoder.encode(SEQUENCE_PATTERN, StandardCharsets.UTF_8));
                sequence.stream().skip(1).forEach(f -> sweepForm.append("&data=data/").append(Path.of(f).getFileName()));
                String sweep = start(a, "sequence", sweepForm.toString(), "req-sweep-1");
                String other = start(b, "peaks", "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=60&seed=3",
                        "req-other-1");

                JsonNode fitStatus = awaitEnded(cluster, a, fit);
                JsonNode sweepStatus = awaitEnded(cluster, a, sweep);
                JsonNode otherStatus = awaitEnded(cluster, b, other);
                assertThat(fitStatus.path("status").asText()).as(fitStatus.toString()).isEqualTo("succeeded");
                assertThat(sweepStatus.path("status").asText()).as(sweepStatus.toString()).isEqualTo("succeeded");
                assertThat(otherStatus.path("status").asText()).as(otherStatus.toString()).isEqualTo("succeeded");
                assertThat(sweepStatus.path("clusterRuns")).hasSize(6);
                assertThat(sweepStatus.path("runsDone").asInt()).isEqualTo(6);

                Path data1 = dir.resolve("data1");
                assertEqualsLocalLoop(data1, fit);
                assertEqualsLocalLoop(data1, sweep);
                assertEqualsLocalLoop(dir.resolve("data2"), other);

                cluster.awaitFinishedLines(8);
                List<String> events = cluster.events();
                for (JsonNode status : List.of(fitStatus, sweepStatus, otherStatus)) {
                    String clusterSweep = status.path("submission").path("clusterSweep").asText();
                    String request = status.path("submission").path("requestId").asText();
                    for (JsonNode run : status.path("clusterRuns")) {
                        assertThat(run.path("status").asText()).isEqualTo("done");
                        // The worker the status names is the one whose log has the run's start, with the request id.
                        String worker = run.path("worker").asText();
                        assertThat(worker).isIn("w1", "w2");
                        assertThat(events).anyMatch(l -> l.contains(" started sweep=" + clusterSweep + " run="
                                + run.path("id").asText() + " worker=" + worker + " ") && l.endsWith(" request=" + request));
                    }
                }

                assertThat(commitMessages(data1.resolve("projects/peaks")).get(0)).startsWith("results/" + fit);
                assertThat(commitMessages(data1.resolve("projects/sequence")).get(0)).startsWith("results/" + sweep);
                assertThat(commitMessages(dir.resolve("data2/projects/peaks")).get(0)).startsWith("results/" + other);
                // Each service lists and finishes its own submissions only.
                assertThat(get(a, "/api/projects/peaks/runs").findValuesAsText("id")).containsExactly(fit);
                assertThat(http.send(HttpRequest.newBuilder(a.resolve("/api/runs/" + other)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
                assertThat(get(b, "/api/projects/peaks/runs").findValuesAsText("id")).containsExactly(other);
            }
        }
    }

    @Test
    void aSubmissionFollowedByAServiceThatStopsIsFinishedByItsNextStart() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            String fit;
            try (EvofitServer before = serve(cluster, "data")) {
                project(before.url(), "peaks", "examples/peaks/model.yaml", "examples/peaks/peakfit_gauss.dat");
                fit = start(before.url(), "peaks", "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=80&seed=5",
                        "req-restart");
                cluster.await("the fit is submitted to the cluster",
                        () -> status(before.url(), fit).path("submission").path("clusterSweep").isTextual());
            }
            // No worker was up while the first service ran: the sweep waits in the store.
            String clusterSweep = JSON.readTree(dir.resolve("data/service/runs").resolve(fit).resolve("submission.json")
                    .toFile()).path("clusterSweep").asText();
            cluster.startWorker("w1");
            try (EvofitServer after = serve(cluster, "data")) {
                JsonNode status = awaitEnded(cluster, after.url(), fit);
                assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("succeeded");
                assertThat(status.path("submission").path("clusterSweep").asText()).isEqualTo(clusterSweep);
            }
            assertThat(cluster.store().queue().sweeps()).containsExactly(clusterSweep);
            assertEqualsLocalLoop(dir.resolve("data"), fit);
        }
    }

    @Test
    void aCancelCancelsTheClusterSweepAsEvofitCancelDoes() throws Exception {
        try (Cluster cluster = new Cluster(dir); EvofitServer service = serve(cluster, "data")) {
            URI a = service.url();
            project(a, "peaks", "examples/peaks/model.yaml", "examples/peaks/peakfit_gauss.dat");
            // No worker is up: the fit waits in the cluster's queue.
            String fit = start(a, "peaks", "model=models/model.yaml&data=data/peakfit_gauss.dat&seed=2", "req-cancel");
            cluster.await("the fit is submitted to the cluster",
                    () -> status(a, fit).path("submission").path("clusterSweep").isTextual());
            String clusterSweep = status(a, fit).path("submission").path("clusterSweep").asText();
            send(HttpRequest.newBuilder(a.resolve("/api/runs/" + fit + "/cancel")).POST(HttpRequest.BodyPublishers.noBody()), 200);
            assertThat(status(a, fit).path("status").asText()).isEqualTo("cancelled");
            SweepCounts counts = cluster.store().queue().counts(clusterSweep);
            assertThat(counts.count(RunStatus.CANCELLED)).isEqualTo(counts.total()).isEqualTo(1);
            send(HttpRequest.newBuilder(a.resolve("/api/runs/" + fit + "/cancel")).POST(HttpRequest.BodyPublishers.noBody()), 409);
        }
    }

    @Test
    void aSweepOfFilesPerDataSetIsFittedByTheWorkersAsALocalLoopFitsIt() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("w1");
            cluster.awaitJoined("w1");
            try (EvofitServer service = serve(cluster, "data")) {
                URI a = service.url();
                String example = "examples/contrast-variation/";
                project(a, "contrast", example + "model.yaml", example + "d2o.dat", example + "h2o.dat",
                        example + "sweep/d2o-65A.dat", example + "sweep/d2o-80A.dat", example + "sweep/h2o-65A.dat",
                        example + "sweep/h2o-80A.dat");
                String d2o = java.net.URLEncoder.encode("data@models/model.yaml@film in D2O", StandardCharsets.UTF_8);
                String h2o = java.net.URLEncoder.encode("data@models/model.yaml@film in H2O", StandardCharsets.UTF_8);
                String sweep = start(a, "contrast", "model=models/model.yaml&kind=sweep&generations=20&seed=4&" + d2o
                        + "=data/d2o-65A.dat&" + d2o + "=data/d2o-80A.dat&" + h2o + "=data/h2o-65A.dat&" + h2o
                        + "=data/h2o-80A.dat", "req-joint");
                JsonNode status = awaitEnded(cluster, a, sweep);
                assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("succeeded");
                assertThat(status.path("clusterRuns")).hasSize(2);
                // Each run shipped both data sets' files: the pair it read is the pair listed k-th.
                List<String> pairs = new ArrayList<>();
                for (JsonNode run : JSON.readTree(dir.resolve("data/service/runs").resolve(sweep).resolve("sweep.json")
                        .toFile()).path("runs")) {
                    pairs.add(Path.of(run.path("dataSets").path("film in D2O").asText()).getFileName() + " "
                            + Path.of(run.path("dataSets").path("film in H2O").asText()).getFileName());
                }
                assertThat(pairs).containsExactlyInAnyOrder("d2o-65A.dat h2o-65A.dat", "d2o-80A.dat h2o-80A.dat");
                assertNamedAsUploaded(dir.resolve("data/service/runs").resolve(sweep));
                assertEqualsLocalLoop(dir.resolve("data"), sweep);
            }
        }
    }

    /**
     * A worker's run that fails on a bad line of a data file says so naming the file as uploaded, as a local run's
     * error does (server's FailedRunNamesTest): not by the worker's input cache nor by the service's folder.
     */
    @Test
    void aClusterRunThatFailsOnABadDataLineNamesTheFileAsUploaded() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(Cli.repo("examples/peaks/peakfit_gauss.dat"))));
        int bad = lines.size() / 2;
        lines.set(bad - 1, "1.0 not-a-number 1.0");
        Path file = Files.write(Files.createDirectories(dir.resolve("upload")).resolve("bad.dat"), lines);
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("w1");
            cluster.awaitJoined("w1");
            try (EvofitServer service = serve(cluster, "data")) {
                URI a = service.url();
                project(a, "peaks", "examples/peaks/model.yaml", "examples/peaks/peakfit_gauss.dat", file.toString());
                String fit = start(a, "peaks", "model=models/model.yaml&data=data/bad.dat&generations=5&seed=1", "req-bad");
                JsonNode status = awaitEnded(cluster, a, fit);
                assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("failed");
                assertThat(status.path("error").asText()).startsWith("data/bad.dat:" + bad + ":");
                Path runs = dir.resolve("data/service/runs").resolve(fit).resolve("runs");
                try (Stream<Path> walk = Files.walk(runs)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString())
                                .doesNotContain(dir.toString()).doesNotContain("/input/");
                    }
                }
            }
        }
    }

    /** A service in this JVM on the cluster's database, its files under {@code dir/data}. */
    private EvofitServer serve(Cluster cluster, String data) {
        return Service.start(new ServerOptions("127.0.0.1", 0, dir.resolve(data), cluster.config(), 1));
    }

    /** Creates project {@code name} and uploads the repository files into it. */
    private void project(URI service, String name, String... files) throws Exception {
        send(HttpRequest.newBuilder(service.resolve("/api/projects")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")), 201);
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String f : files) {
            Path file = Path.of(Cli.repo(f));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(HttpRequest.newBuilder(service.resolve("/api/projects/" + name + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 201);
    }

    /** Starts a fit or sweep with the form {@code form} under request id {@code requestId}; its id. */
    private String start(URI service, String project, String form, String requestId) throws Exception {
        String body = send(HttpRequest.newBuilder(service.resolve("/api/projects/" + project + "/runs"))
                .header("Content-Type", "application/x-www-form-urlencoded").header(RequestIds.HEADER, requestId)
                .POST(HttpRequest.BodyPublishers.ofString(form)), 201);
        return JSON.readTree(body).path("id").asText();
    }

    private JsonNode status(URI service, String id) {
        try {
            return get(service, "/api/runs/" + id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the submission's status while the cluster makes progress, until it has ended. */
    private JsonNode awaitEnded(Cluster cluster, URI service, String id) throws Exception {
        cluster.await("submission " + id + " ends", () -> List.of("succeeded", "failed", "cancelled")
                .contains(status(service, id).path("status").asText()));
        return status(service, id);
    }

    private JsonNode get(URI service, String path) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(service.resolve(path)), 200));
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        return r.body();
    }

    /**
     * Runs the submission's sweep file ({@code input/sweeps/ID.yaml}, beside its copies of the model and data)
     * with a local {@code evofit loop}: every run's fitted curve and parameters must be the cluster's bytes.
     */
    private void assertEqualsLocalLoop(Path data, String id) throws Exception {
        Path local = dir.resolve("local-" + id);
        Path served = data.resolve("service/runs").resolve(id);
        Cli.Run loop = Cli.run("loop", served.resolve("input/sweeps").resolve(id + ".yaml").toString(), "--out", local.toString(),
                "--quiet");
        assertThat(loop.exitCode()).as(loop.err()).isZero();
        List<String> runs;
        try (Stream<Path> dirs = Files.list(local.resolve("runs"))) {
            runs = dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(runs).isNotEmpty();
        for (String run : runs) {
            for (String file : List.of("fit.csv", "parameters.csv")) {
                assertThat(Files.readAllBytes(served.resolve("runs").resolve(run).resolve(file))).as(run + "/" + file)
                        .isEqualTo(Files.readAllBytes(local.resolve("runs").resolve(run).resolve(file)));
            }
        }
        // The summary names the files where each ran (the service's input copy, the project): its rows only count.
        assertThat(Files.readAllLines(served.resolve("summary.csv"))).hasSameSizeAs(Files.readAllLines(local.resolve("summary.csv")));
    }

    /**
     * The workers' run files and the sweep's plan and summary name the model and data files as uploaded
     * ({@code models/model.yaml}, {@code data/d2o-65A.dat}), as a local run's do, and no file names a folder of
     * this test's (the service's data directory, the workers' input cache) or a submission's {@code runs/ID/input/}.
     */
    private void assertNamedAsUploaded(Path served) throws Exception {
        for (JsonNode run : JSON.readTree(served.resolve("sweep.json").toFile()).path("runs")) {
            assertThat(run.path("model").asText()).isEqualTo("models/model.yaml");
            run.path("dataSets").forEach(file -> assertThat(file.asText()).startsWith("data/").endsWith("A.dat"));
            Path runDir = served.resolve("runs").resolve(run.path("id").asText());
            JsonNode result = JSON.readTree(runDir.resolve("result.json").toFile());
            assertThat(result.path("model").asText()).isEqualTo("models/model.yaml");
            assertThat(result.path("provenance").path("modelFile").asText()).isEqualTo("models/model.yaml");
            JsonNode model = JSON.readTree(runDir.resolve("model.json").toFile());
            List<String> read = new ArrayList<>();
            model.path("dataSets").forEach(set -> read.add(set.path("file").asText()));
            assertThat(read).containsExactly(run.path("dataSets").path("film in D2O").asText(),
                    run.path("dataSets").path("film in H2O").asText());
        }
        assertThat(Files.readString(served.resolve("summary.csv"))).contains(",models/model.yaml,");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(served)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !served.relativize(f).startsWith("input")
                    && !f.getFileName().toString().endsWith(".db")).toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(text).as(served.relativize(f).toString()).doesNotContain(dir.toString())
                    .doesNotContain(dir.toRealPath().toString()).doesNotContain("/input/");
        }
    }

    private static List<String> commitMessages(Path repository) throws Exception {
        List<String> out = new ArrayList<>();
        try (Git git = Git.open(repository.toFile())) {
            for (RevCommit c : git.log().call()) {
                out.add(c.getFullMessage());
            }
        }
        return out;
    }
}
