package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.server.Html;
import org.evofit.server.ServiceException;
import org.junit.jupiter.api.Test;

/** The results fragment of a run shows what the run's files hold, escaped, and its plot data are fit.csv's. */
class ResultsViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode plotData(String html, String id) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("plot data element").isTrue();
        return JSON.readTree(m.group(1));
    }

    @Test
    void everyParameterOfResultJsonIsInTheTableWithItsExactValueAndBounds() throws IOException {
        Path run = ResultFixtures.onlyRun(ResultFixtures.XRAY);
        String html = ResultsView.html(run, RunLinks.ofFit(ResultFixtures.XRAY), null);

        JsonNode result = JSON.readTree(run.resolve("result.json").toFile());
        String fixedPart = html.substring(html.indexOf("<details"), html.indexOf("</details>"));
        int fixed = 0;
        for (JsonNode p : result.get("parameters")) {
            String row = "<tr><td>" + Html.text(p.get("name").asText()) + "</td><td class=\"num\" title=\""
                    + Double.toString(p.get("value").asDouble()) + "\">";
            assertThat(html).contains(row);
            assertThat(html).contains("title=\"" + p.get("min").asDouble() + "\"", "title=\"" + p.get("max").asDouble() + "\"");
            // Fixed parameters are folded away, fitted ones are not.
            assertThat(fixedPart.contains(row)).as(p.get("name").asText()).isEqualTo(!p.get("fit").asBoolean());
            fixed += p.get("fit").asBoolean() ? 0 : 1;
        }
        assertThat(fixed).isPositive();
        assertThat(html).contains("<summary>" + fixed + " fixed parameters</summary>");
        assertThat(html).contains("<th>evaluations</th><td>" + result.get("evaluations").asLong() + "</td>");
        assertThat(html).contains("<th>seed</th><td>" + result.get("seed").asLong() + "</td>");
        assertThat(html).contains(result.at("/provenance/modelSha256").asText());
        assertThat(html).doesNotContain("request id");
    }

    @Test
    void thePlotDataAreTheNumbersOfFitCsv() throws IOException {
        Path run = ResultFixtures.onlyRun(ResultFixtures.PEAKS);
        String html = ResultsView.html(run, RunLinks.ofFit(ResultFixtures.PEAKS), null);

        JsonNode sets = plotData(html, ResultsView.PLOT_DATA).get("sets");
        List<String> csv = Files.readAllLines(run.resolve("fit.csv"));
        assertThat(csv.get(0)).isEqualTo("dataset,x,y,error,model,residual");
        assertThat(sets).hasSize(1);
        JsonNode set = sets.get(0);
        assertThat(set.get("name").asText()).isEqualTo("peaks <b> & 'co'");
        assertThat(set.get("x")).hasSize(csv.size() - 1);
        String[] columns = {"x", "y", "error", "model", "residual"};
        for (int i = 1; i < csv.size(); i++) {
            String[] f = csv.get(i).split(",");
            for (int c = 0; c < columns.length; c++) {
                assertThat(set.get(columns[c]).get(i - 1).doubleValue()).as(columns[c] + " row " + i)
                        .isEqualTo(Double.parseDouble(f[f.length - 5 + c]));
            }
        }
        assertThat(plotData(html, ResultsView.PLOT_DATA).get("slds")).isEmpty();
    }

    @Test
    void whatFilesSupplyNeverBecomesMarkup() throws IOException {
        Path run = ResultFixtures.onlyRun(ResultFixtures.PEAKS);
        String html = ResultsView.html(run, RunLinks.ofFit(ResultFixtures.PEAKS), "req<1>");

        // The data set's name travels only inside the JSON, where '<' cannot end the element.
        assertThat(html).doesNotContain("<b>").contains("\"peaks \\u003cb\\u003e \\u0026 'co'\"");
        assertThat(html).contains("<th>request id</th><td>req&lt;1&gt;</td>");
    }

    @Test
    void aReflectivityRunCarriesItsSldProfile() throws IOException {
        Path run = ResultFixtures.onlyRun(ResultFixtures.XRAY);
        JsonNode slds = plotData(ResultsView.html(run, RunLinks.ofFit(ResultFixtures.XRAY), null),
                ResultsView.PLOT_DATA).get("slds");

        assertThat(slds).hasSize(1);
        assertThat(slds.get(0).get("title").asText()).isEqualTo("SLD profile");
        assertProfileIs(slds.get(0), run.resolve("sld.csv"));
    }

    @Test
    void aJointRunCarriesEachSamplesSldProfileUnderItsName() throws IOException {
        Path run;
        try (java.util.stream.Stream<Path> runs = Files.list(ResultFixtures.submission(ResultFixtures.JOINT)
                .resolve("runs"))) {
            run = runs.sorted().findFirst().orElseThrow();
        }
        String html = ResultsView.html(run, RunLinks.ofSweepRun(ResultFixtures.JOINT, run.getFileName().toString()),
                null);
        JsonNode slds = plotData(html, ResultsView.PLOT_DATA).get("slds");

        // examples/contrast-variation: one film in D2O and in H2O, two samples, no single sld.csv.
        assertThat(run.resolve("sld.csv")).doesNotExist();
        assertThat(slds).extracting(s -> s.get("title").asText())
                .containsExactly("SLD profile of sample d2o", "SLD profile of sample h2o");
        assertProfileIs(slds.get(0), run.resolve("sld-d2o.csv"));
        assertProfileIs(slds.get(1), run.resolve("sld-h2o.csv"));
        assertThat(html).contains("SLD profile of sample h2o <a href=\"/api/sweeps/" + ResultFixtures.JOINT);
    }

    /** Every depth and real and imaginary SLD of {@code plot} is the row of {@code csv} at its index. */
    private static void assertProfileIs(JsonNode plot, Path csv) throws IOException {
        List<String> rows = Files.readAllLines(csv);
        assertThat(plot.get("z")).hasSize(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            assertThat(plot.get("z").get(i - 1).doubleValue()).isEqualTo(Double.parseDouble(f[0]));
            assertThat(plot.get("re").get(i - 1).doubleValue()).isEqualTo(Double.parseDouble(f[1]));
            assertThat(plot.get("im").get(i - 1).doubleValue()).isEqualTo(Double.parseDouble(f[2]));
        }
    }

    @Test
    void thePageLinksEveryFileOfTheRunTheReportAndTheZip() {
        Path run = ResultFixtures.onlyRun(ResultFixtures.ORT);
        RunLinks links = RunLinks.ofFit(ResultFixtures.ORT);
        String html = ResultsView.html(run, links, null);

        for (String name : Listing.files(run)) {
            assertThat(html).contains("<a href=\"" + Html.text(links.file(name)) + "\">" + name + "</a>");
        }
        assertThat(html).contains("fit.ort", "report.pdf", "/api/runs/" + ResultFixtures.ORT + "/zip",
                "<noscript><img class=\"chart\" src=\"/api/runs/" + ResultFixtures.ORT + "/files/charts/fit.png\"");
    }

    @Test
    void aRunWithoutResultsSaysSo(@org.junit.jupiter.api.io.TempDir Path empty) throws IOException {
        assertThat(ResultsView.html(empty, RunLinks.ofFit("x"), null)).contains("has not finished");
        Files.writeString(empty.resolve("error.txt"), "data.dat:3:1: expected <a number>\n");
        assertThat(ResultsView.html(empty, RunLinks.ofFit("x"), null))
                .contains("The run failed", "data.dat:3:1: expected &lt;a number&gt;");
    }

    @Test
    void aFitPlannedButWithoutItsRunFolderYetHasNotStarted(@org.junit.jupiter.api.io.TempDir Path runs) throws IOException {
        // The moment between LocalSweep writing its plan and making the run's folder: a page, not a 404.
        Path planned = Files.createDirectories(runs.resolve(ResultFixtures.PEAKS));
        Files.copy(ResultFixtures.submission(ResultFixtures.PEAKS).resolve(org.evofit.looper.Looper.SWEEP_JSON),
                planned.resolve(org.evofit.looper.Looper.SWEEP_JSON));

        assertThat(ResultsView.ofFit(new ServiceRunDirectories(runs), ResultFixtures.PEAKS, null))
                .contains("The run has not started yet.");
    }

    @Test
    void aFitsPageShowsItsOnlyRunAndRefusesSweepsAndUnknownIds() {
        RunDirectories directories = new ServiceRunDirectories(ResultFixtures.runs());
        assertThat(ResultsView.ofFit(directories, ResultFixtures.PEAKS, "r1")).isEqualTo(ResultsView.html(
                ResultFixtures.onlyRun(ResultFixtures.PEAKS), RunLinks.ofFit(ResultFixtures.PEAKS), "r1"));
        for (String id : new String[] {ResultFixtures.SEQUENCE, "0000000000", "..", "../runs"}) {
            assertThatThrownBy(() -> ResultsView.ofFit(directories, id, null)).as(id)
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }
}
