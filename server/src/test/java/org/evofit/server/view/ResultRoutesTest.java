package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The download routes, served by the whole service over the fixtures' data directory. */
class ResultRoutesTest {

    private static EvofitServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Service.start(new ServerOptions("127.0.0.1", 0, ResultFixtures.data(), null, 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyFileOfARunDownloadsByteForByte() throws Exception {
        Path run = ResultFixtures.onlyRun(ResultFixtures.ORT);
        assertThat(Listing.files(run)).contains("result.json", "fit.csv", "parameters.csv", "history.csv", "fit.ort");
        for (String name : Listing.files(run)) {
            HttpResponse<byte[]> answer = get(RunLinks.ofFit(ResultFixtures.ORT).file(name));
            assertThat(answer.statusCode()).as(name).isEqualTo(200);
            assertThat(answer.body()).as(name).isEqualTo(Files.readAllBytes(run.resolve(name)));
        }
        assertThat(get(RunLinks.ofFit(ResultFixtures.ORT).file("fit.csv")).headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    }

    @Test
    void theReportAndChartsAreMadeOnTheFirstRequestIntoTheRunDirectory() throws Exception {
        Path run = ResultFixtures.onlyRun(ResultFixtures.XRAY);
        RunLinks links = RunLinks.ofFit(ResultFixtures.XRAY);
        assertThat(run.resolve("report.pdf")).doesNotExist();

        HttpResponse<byte[]> svg = get(links.file("charts/sld.svg"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<svg");
        HttpResponse<byte[]> pdf = get(links.file("report.pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(Files.readAllBytes(run.resolve("report.pdf")));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> png = get(links.file("charts/fit.png"));
        assertThat(png.body()).isEqualTo(Files.readAllBytes(run.resolve("charts/fit.png")));
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void theZipHoldsEveryFileOfTheRunDirectory() throws Exception {
        Path run = ResultFixtures.onlyRun(ResultFixtures.PEAKS);
        HttpResponse<byte[]> zip = get("/api/runs/" + ResultFixtures.PEAKS + "/zip");
        assertThat(zip.statusCode()).isEqualTo(200);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String folder = run.getFileName() + "/";
        assertThat(entries.keySet()).containsExactlyElementsOf(Listing.files(run).stream().map(n -> folder + n).toList());
        for (String name : Listing.files(run)) {
            assertThat(entries.get(folder + name)).as(name).isEqualTo(Files.readAllBytes(run.resolve(name)));
        }
    }

    @Test
    void aSweepsRunsFilesReportAndSummaryDownload() throws Exception {
        Path sweep = ResultFixtures.submission(ResultFixtures.SEQUENCE);
        String runId = Files.readAllLines(sweep.resolve("summary.csv")).get(3).split(",")[0];
        String base = "/api/sweeps/" + ResultFixtures.SEQUENCE;

        assertThat(get(RunLinks.ofSweepRun(ResultFixtures.SEQUENCE, runId).file("parameters.csv")).body())
                .isEqualTo(Files.readAllBytes(sweep.resolve("runs").resolve(runId).resolve("parameters.csv")));
        assertThat(get(base + "/files/summary.csv").body()).isEqualTo(Files.readAllBytes(sweep.resolve("summary.csv")));
        HttpResponse<byte[]> pdf = get(base + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(Files.readAllBytes(sweep.resolve("report.pdf")));
        assertThat(get(base + "/files/charts/fom.png").body()).isEqualTo(Files.readAllBytes(sweep.resolve("charts/fom.png")));
        assertThat(get(base + "/files/runs/" + runId + "/result.json").statusCode()).isEqualTo(404);
        // A sweep is not a fit: its runs' files are under the sweep.
        HttpResponse<byte[]> asFit = get("/api/runs/" + ResultFixtures.SEQUENCE + "/files/result.json");
        assertThat(asFit.statusCode()).isEqualTo(404);
        assertThat(new String(asFit.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("is a sweep of 6 runs");
    }

    @Test
    void namesThatLeadOutsideTheDirectoryAreNotFound() throws Exception {
        String fit = "/api/runs/" + ResultFixtures.PEAKS;
        String sweep = "/api/sweeps/" + ResultFixtures.SEQUENCE;
        for (String path : new String[] {fit + "/files/..%2Fsweep.json", fit + "/files/..%2F..%2Fevofit.db",
                fit + "/files/%2Fetc%2Fpasswd", fit + "/files/.evofit-staging", "/api/runs/..%2F" + ResultFixtures.PEAKS
                + "/files/result.json", sweep + "/runs/..%2F..%2F" + ResultFixtures.PEAKS + "/files/result.json",
                sweep + "/files/evofit.db", sweep + "/files/runs%2F" + "x/result.json", fit + "/files/nothing.csv"}) {
            HttpResponse<byte[]> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).as(path).doesNotContain("root:");
        }
        Path run = ResultFixtures.onlyRun(ResultFixtures.PEAKS);
        assertThat(Listing.file(run, "../sweep.json")).isEmpty();
        assertThat(Listing.file(run, "/etc/passwd")).isEmpty();
        assertThat(Listing.file(run, "result.json")).hasValue(run.resolve("result.json"));
    }
}
