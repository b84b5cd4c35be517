package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A fit the service runs names its model and data files as the user uploaded them ({@code models/model.yaml},
 * {@code data/d2o-65A.dat}) in everything a user sees or downloads: the run page's provenance table, result.json,
 * model.json and the report PDF, and no file of the run names the server's data directory or its
 * {@code runs/ID/input/} folder. The model is the contrast-variation example: one data set fitted to a file
 * chosen at the start, the other to the file the model names beside itself, which the service lays out in
 * {@code models/} as a link to the uploaded {@code data/h2o.dat}. A run that fails on a bad line of a data file
 * names the file so in its error too, wherever the submitter sees it.
 */
class UploadedNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "models/model.yaml";
    private static final String BAD = "data/bad.dat";
    /** What a run that reads {@link #BAD} fails with. */
    private static final String BAD_LINE = BAD + ":5:10: expected a number in column 2 (y) but found 'not-a-number'";

    @TempDir
    Path data;

    @TempDir
    Path uploads;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
        client.postJson("/api/projects", "{\"name\":\"contrast\"}");
        Path example = repoFile("examples/contrast-variation");
        List<String> lines = new ArrayList<>(Files.readAllLines(example.resolve("sweep/d2o-65A.dat")));
        // Line 5 of data/bad.dat: its fourth point, with a reflectivity that is no number.
        lines.set(4, "0.017190 not-a-number 2.781671e-03");
        Path bad = Files.write(uploads.resolve("bad.dat"), lines);
        HttpResponse<String> up = client.upload("/api/projects/contrast/files", example.resolve("model.yaml"),
                example.resolve("d2o.dat"), example.resolve("h2o.dat"), example.resolve("sweep/d2o-65A.dat"),
                example.resolve("sweep/d2o-80A.dat"), bad);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFitsPageResultFilesAndReportNameItsFilesAsUploaded() throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/contrast/runs", "{\"model\":\"" + MODEL
                + "\",\"data\":{\"film in D2O\":\"data/d2o-65A.dat\"},\"generations\":3,\"seed\":5}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).isEqualTo("succeeded");

        String page = client.get("/runs/" + id).body();
        String provenance = page.substring(page.indexOf("<h2>Provenance</h2>"));
        provenance = provenance.substring(0, provenance.indexOf("</table>"));
        assertThat(provenance).contains("<td>" + MODEL + "</td>");
        assertNoServerPath(provenance);

        String resultText = download(id, "result.json");
        JsonNode result = JSON.readTree(resultText);
        assertThat(result.get("model").asText()).isEqualTo(MODEL);
        assertThat(result.get("provenance").get("modelFile").asText()).isEqualTo(MODEL);
        assertNoServerPath(resultText);

        List<String> files = new ArrayList<>();
        JSON.readTree(download(id, "model.json")).get("dataSets").forEach(set -> files.add(set.get("file").asText()));
        assertThat(files).containsExactly("data/d2o-65A.dat", "data/h2o.dat");

        String report = pdfText(downloadBytes(id, "report.pdf"));
        assertThat(report).contains(MODEL);
        assertNoServerPath(report);

        try (Stream<Path> walk = Files.walk(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                assertNoServerPath(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void aSweepsPlanAndSummaryNameItsFilesAsUploaded() throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/contrast/runs", "{\"model\":\"" + MODEL
                + "\",\"kind\":\"sweep\",\"data\":{\"film in D2O\":[\"data/d2o-65A.dat\",\"data/d2o-80A.dat\"]},"
                + "\"generations\":3,\"seed\":5}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).isEqualTo("succeeded");

        String planText = client.get("/api/sweeps/" + id + "/files/sweep.json").body();
        List<String> read = new ArrayList<>();
        for (JsonNode run : JSON.readTree(planText).get("runs")) {
            assertThat(run.get("model").asText()).isEqualTo(MODEL);
            read.add(run.get("dataSets").get("film in D2O").asText());
        }
        assertThat(read).containsExactlyInAnyOrder("data/d2o-65A.dat", "data/d2o-80A.dat");
        assertNoServerPath(planText);

        HttpResponse<String> summary = client.get("/api/sweeps/" + id + "/files/summary.csv");
        assertThat(summary.statusCode()).isEqualTo(200);
        List<String> rows = summary.body().lines().skip(1).toList();
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).contains("," + MODEL + ",", ",ok,"))
                .anySatisfy(row -> assertThat(row).contains(",data/d2o-65A.dat"))
                .anySatisfy(row -> assertThat(row).contains(",data/d2o-80A.dat"));
        assertNoServerPath(summary.body());
    }

    /**
     * A fit that fails on a bad line of a data file says so naming the file as uploaded, with its line
     * ({@code data/bad.dat:5:10}), on its page, in the JSON API's status and error.txt: not by the submission's
     * {@code input/} copy it read.
     */
    @Test
    void aFitThatFailsOnABadDataLineNamesTheFileAsUploaded() throws Exception {
        String id = failed("{\"model\":\"" + MODEL + "\",\"data\":{\"film in D2O\":\"" + BAD
                + "\"},\"generations\":3,\"seed\":5}");
        String page = client.get("/runs/" + id).body();
        String failure = page.substring(page.indexOf("<p>The run failed:</p>"));
        assertThat(failure.substring(0, failure.indexOf("</pre>"))).contains(BAD_LINE.replace("'", "&#39;"));
        assertNoServerPath(page);

        String error = client.get("/api/runs/" + id + "/files/error.txt").body();
        assertThat(error).startsWith(BAD_LINE);
        JsonNode status = JSON.readTree(client.get("/api/runs/" + id).body());
        assertThat(status.get("error").asText()).isEqualTo(error.strip());
        assertNoServerPath(status.toString());
    }

    /** A sweep's run that fails so is named so in the sweep's status, its summary, its report and the run's page. */
    @Test
    void aSweepRunThatFailsOnABadDataLineNamesTheFileAsUploaded() throws Exception {
        String id = failed("{\"model\":\"" + MODEL + "\",\"kind\":\"sweep\",\"data\":{\"film in D2O\":[\"" + BAD
                + "\",\"data/d2o-80A.dat\"]},\"generations\":3,\"seed\":5}");
        JsonNode status = JSON.readTree(client.get("/api/sweeps/" + id).body());
        assertThat(status.get("runErrors")).hasSize(1);
        String run = status.get("runErrors").fieldNames().next();
        assertThat(status.get("runErrors").get(run).asText()).startsWith(BAD_LINE);
        assertNoServerPath(status.toString());

        String summary = client.get("/api/sweeps/" + id + "/files/summary.csv").body();
        assertThat(summary.lines().filter(l -> l.startsWith(run + ",")).findFirst().orElseThrow())
                .contains(",failed,").endsWith("," + BAD_LINE);
        assertNoServerPath(summary);
        // The report's table may wrap the error over lines.
        String report = pdfText(bytes("/api/sweeps/" + id + "/report.pdf")).replaceAll("\\s+", " ");
        assertThat(report).contains(BAD_LINE);
        assertNoServerPath(report);
        String page = client.get("/sweeps/" + id + "/runs/" + run).body();
        assertThat(page).contains(BAD_LINE.replace("'", "&#39;"));
        assertNoServerPath(page);
    }

    /** Starts the submission {@code request} asks for and waits for it to end, failed; its id. */
    private String failed(String request) throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/contrast/runs", request);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).isEqualTo("failed");
        return id;
    }

    /** Neither the server's data directory nor a submission's folder ({@code runs/ID/}) appears in {@code text}. */
    private void assertNoServerPath(String text) throws IOException {
        assertThat(text).doesNotContain(data.toString()).doesNotContain(data.toRealPath().toString())
                .doesNotContain("/runs/").doesNotContain("/input/");
    }

    private String download(String id, String name) throws Exception {
        return new String(downloadBytes(id, name), StandardCharsets.UTF_8);
    }

    private byte[] downloadBytes(String id, String name) throws Exception {
        return bytes("/api/runs/" + id + "/files/" + name);
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve(path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    /** The text of every page of a PDF, as OpenPDF's extractor reads it. */
    private static String pdfText(byte[] pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                out.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return out.toString();
    }
}
