package org.evofit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evofit.core.fit.FitSettings;
import org.evofit.wrapper.run.FitPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In a real browser, fits from the pages. The README's "from the browser" step: a project, the X-ray
 * example uploaded, a fit started with a fixed seed, its progress moving, its results drawn, and its report
 * and CSVs downloaded equal to what the fit pipeline (the one {@code evofit fit} runs) writes with the same
 * settings. And a GenX project uploaded and fitted, and a series of data files fitted as a sweep.
 */
class FitInBrowserTest {

    private static final int SEED = 7;
    private static final int GENERATIONS = 40;

    @TempDir
    Path data;
    @TempDir
    Path downloads;
    @TempDir
    Path reference;

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
    void theXrayExampleFitsFromTheBrowserAsTheCliFitsIt() throws Exception {
        Path model = shortXrayExample();
        steps.createProject("xray");
        steps.upload(model, model.resolveSibling("xray-tutorial.dat"));
        steps.start("xray", "models/model.yaml", List.of("data/xray-tutorial.dat"),
                "generations", String.valueOf(GENERATIONS), "seed", String.valueOf(SEED));

        // The progress moves: the generation cell changes from its first value, or the run ends first.
        String firstGeneration = steps.driver().findElement(By.id("generation")).getText();
        steps.waitUpTo(Duration.ofMinutes(10)).until(d -> !d.findElements(By.id("generation")).isEmpty()
                && !d.findElement(By.id("generation")).getText().equals(firstGeneration)
                || !d.findElements(By.cssSelector("figure.plot canvas")).isEmpty());
        // The run ends, the page reloads with its results: the plots are drawn.
        assertThat(steps.awaitResults(3)).isEqualTo("succeeded");
        steps.screenshot("serve-run");

        Path ref = referenceFit(model);
        for (String csv : csvFiles(ref)) {
            assertThat(download(csv)).as(csv).isEqualTo(Files.readAllBytes(ref.resolve(csv)));
        }
        String report;
        try (PDDocument pdf = Loader.loadPDF(download("report.pdf"))) {
            report = new PDFTextStripper().getText(pdf);
        }
        assertThat(fittedParameters(ref)).isNotEmpty().allSatisfy(name -> assertThat(report).contains(name));
    }

    @Test
    void genxsXrayProjectIsImportedOnUploadAndFits() {
        steps.createProject("genx");
        steps.upload(ServiceClient.repoFile("wrapper/src/test/resources/genx/X-ray_Reflectivity.hgx"));
        List<String> files = steps.projectFiles("genx");
        assertThat(files).contains("genx/X-ray_Reflectivity.hgx", "models/X-ray_Reflectivity.yaml");
        List<String> dataFiles = files.stream().filter(f -> f.startsWith("data/")).toList();
        assertThat(dataFiles).hasSize(1);

        steps.start("genx", "models/X-ray_Reflectivity.yaml", dataFiles, "generations", "5", "seed", "3");

        assertThat(steps.awaitResults(3)).isEqualTo("succeeded");
        assertThat(steps.driver().findElements(By.linkText("result.json"))).hasSize(1);
    }

    @Test
    void theSequenceExampleIsASweepWithARowPerDataFileAndTrendPlots() throws Exception {
        List<Path> series;
        try (Stream<Path> s = Files.list(ServiceClient.repoFile("examples/sequence/data"))) {
            series = s.sorted().toList();
        }
        steps.createProject("sequence");
        steps.upload(series.toArray(Path[]::new));
        steps.open("/projects/sequence");
        steps.upload(ServiceClient.repoFile("examples/sequence/model.yaml"));
        List<String> dataFiles = series.stream().map(p -> "data/" + p.getFileName()).toList();

        steps.start("sequence", "models/model.yaml", dataFiles, "generations", "10", "seed", "5", "pattern", "T(\\d+)K");

        assertThat(steps.awaitResults(1)).isEqualTo("succeeded");
        List<String> runs = steps.driver().findElements(By.cssSelector("table.summary tr td:first-child")).stream()
                .map(td -> td.getText()).toList();
        assertThat(runs).hasSize(series.size());
        assertThat(steps.driver().findElements(By.cssSelector("figure.plot canvas"))).isNotEmpty();
    }
    /** The X-ray example (a copy of examples/xray-multilayer) with one run of DE instead of 16 screening restarts. */
    private Path shortXrayExample() throws Exception {
        Path dir = Files.createDirectories(reference.resolve("example"));
        String text = Files.readString(ServiceClient.repoFile("examples/xray-multilayer/model.yaml"));
        assertThat(text).contains("\n  restarts: 16\n");
        Files.writeString(dir.resolve("model.yaml"), text.replace("\n  restarts: 16\n", "\n  restarts: 1\n"));
        Files.copy(ServiceClient.repoFile("examples/xray-multilayer/xray-tutorial.dat"), dir.resolve("xray-tutorial.dat"));
        return dir.resolve("model.yaml");
    }

    /** The same fit through the fit pipeline on one thread, as the service's slots fit. */
    private Path referenceFit(Path model) {
        Path dir = reference.resolve("fit");
        FitPipeline.lone().execute(model, null, m -> {
            FitSettings s = m.settings();
            return m.withSettings(s.withDe(s.de().withSeed(SEED).withGenerations(GENERATIONS)).withThreads(1));
        }, dir);
        return dir;
    }

    private static List<String> csvFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> csv = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
            assertThat(csv).contains("fit.csv", "parameters.csv", "history.csv");
            return csv;
        }
    }

    /** The names in the first column of the reference's parameters.csv rows whose fit flag is set. */
    private static List<String> fittedParameters(Path ref) throws Exception {
        List<String> lines = Files.readAllLines(ref.resolve("parameters.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int fitted = header.indexOf("fit");
        assertThat(fitted).as("parameters.csv has a fit column: " + header).isNotNegative();
        return lines.stream().skip(1).map(l -> l.split(",")).filter(c -> Boolean.parseBoolean(c[fitted]))
                .map(c -> c[0]).toList();
    }

    /** Fetches the page's download link named {@code name} from within the page, as the browser gets it. */
    private byte[] download(String name) {
        String href = steps.driver().findElement(By.linkText(name)).getAttribute("href");
        Object base64 = ((JavascriptExecutor) steps.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok ? r.blob() : Promise.reject(r.status))
                  .then(b => { const f = new FileReader(); f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); })
                  .catch(e => done('failed: ' + e));
                """, href);
        assertThat(String.valueOf(base64)).as(name).doesNotStartWith("failed");
        return Base64.getDecoder().decode(String.valueOf(base64));
    }
}
