package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.server.BrowserSteps;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: a sweep's summary page marks each run whose fit left data out and lists its warnings
 * there, word for word as the run's result.json records them, as its run page does; a file name a user chose
 * stays text; a run without warnings stays unmarked. The data: the ORSO example with {@code nan} rows under
 * its own name and under a hostile one, and the same file without those rows, fitted as RunWarningsTest fits
 * them.
 */
class SweepWarningsBrowserTest {

    private static final String ORT = "wrapper/src/test/resources/ort/example.ort";
    private static final String HOSTILE = "<script>alert('x')&<b>.ort";

    @TempDir
    Path data;
    @TempDir
    Path files;
    @TempDir
    Path downloads;

    private BrowserSteps steps;

    @BeforeEach
    void start() {
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", 0, data, null, 1), downloads);
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Test
    void theSummaryMarksTheRunsWithDataWarningsAndListsEachAsText() throws Exception {
        String id = finishedSweep();
        steps.open("/sweeps/" + id);
        WebDriver page = steps.driver();

        assertThat(page.findElements(By.cssSelector("table.summary th"))).extracting(WebElement::getText)
                .containsSubsequence("status", "data warnings", "FOM");
        int marked = 0;
        boolean hostileSeen = false;
        for (Path run : runs(id)) {
            String runId = run.getFileName().toString();
            // Recorded, and so shown, naming each file as uploaded, not by the server's path.
            List<String> recorded = RunWarningsTest.recordedWarnings(run);
            assertThat(recorded).allSatisfy(w -> assertThat(w).startsWith("data/"));
            WebElement row = page.findElement(By.xpath("//table[@class='summary']//tr[td/a[text()='" + runId + "']]"));
            assertThat(row.findElements(By.cssSelector("td.warnings li"))).as(runId).extracting(WebElement::getText)
                    .containsExactlyElementsOf(recorded);
            assertThat(java.util.Objects.requireNonNullElse(row.getAttribute("class"), "")).as(runId).isEqualTo(recorded.isEmpty() ? "" : "warned");
            marked += recorded.isEmpty() ? 0 : 1;
            hostileSeen |= recorded.stream().anyMatch(w -> w.contains(HOSTILE));
        }
        assertThat(marked).as("runs with warnings").isEqualTo(2);
        assertThat(hostileSeen).as("a warning names the hostile file").isTrue();
        assertThat(page.findElements(By.cssSelector("table.summary script, table.summary b"))).isEmpty();
        assertThat(page.getPageSource()).doesNotContain(data.toString());
        steps.screenshot("sweep-data-warnings");
    }

    /**
     * A finished sweep over the example with its {@code nan} rows, a copy of it named {@link #HOSTILE}
     * (placed directly: uploads refuse such names) and the example without those rows; its id.
     */
    private String finishedSweep() throws Exception {
        ServiceClient client = new ServiceClient(steps.url());
        client.postJson("/api/projects", "{\"name\":\"decay\"}");
        Path model = files.resolve("model.yaml");
        Files.copy(repoFile("wrapper/src/test/resources/ort/example-decay.yaml"), model);
        Path clean = files.resolve("clean.ort");
        Files.write(clean, Files.readAllLines(repoFile(ORT)).stream()
                .filter(l -> l.startsWith("#") || l.isBlank() || !l.strip().split("\\s+")[1].equals("nan")).toList());
        HttpResponse<String> up = client.upload("/api/projects/decay/files", model, repoFile(ORT), clean);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        Files.copy(repoFile(ORT), data.resolve("projects/decay/data").resolve(HOSTILE));
        return RunWarningsTest.finished(client, "{\"model\":\"models/model.yaml\",\"data\":[\"data/example.ort\","
                + "\"data/" + HOSTILE + "\",\"data/clean.ort\"],\"kind\":\"sweep\",\"valueFrom\":\"list\","
                + "\"values\":[1,2,3],\"generations\":3,\"seed\":4}");
    }

    private List<Path> runs(String id) throws Exception {
        try (Stream<Path> runs = Files.list(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            List<Path> all = runs.filter(Files::isDirectory).sorted().toList();
            assertThat(all).hasSize(3);
            return all;
        }
    }
}
