package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.ServiceException;
import org.junit.jupiter.api.Test;

/** The sweep fragment: one row per run with its link, and trends that are the runs' fitted values. */
class SweepViewTest {

    @Test
    void theSummaryHasOneRowPerRunLinkingItsPage() throws IOException {
        Path sweep = ResultFixtures.submission(ResultFixtures.SEQUENCE);
        String html = SweepView.html(sweep, ResultFixtures.SEQUENCE);

        List<String> summary = Files.readAllLines(sweep.resolve("summary.csv"));
        assertThat(summary).hasSize(7);
        for (String line : summary.subList(1, summary.size())) {
            String id = line.split(",")[0];
            assertThat(html).contains("<a href=\"/sweeps/" + ResultFixtures.SEQUENCE + "/runs/" + id + "\">" + id + "</a>");
        }
        assertThat(html.split("<tr><td><a href=")).hasSize(7);
        assertThat(html).contains("<th>temperature (K)</th>", "/api/sweeps/" + ResultFixtures.SEQUENCE + "/report.pdf");
    }

    @Test
    void eachTrendIsTheFittedValueAndErrorOfEveryRunAgainstItsTemperature() throws IOException {
        Path sweep = ResultFixtures.submission(ResultFixtures.SEQUENCE);
        JsonNode trends = ResultsViewTest.plotData(SweepView.html(sweep, ResultFixtures.SEQUENCE), SweepView.PLOT_DATA);

        assertThat(trends.get("x").asText()).isEqualTo("temperature (K)");
        JsonNode plan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sweep.resolve("sweep.json").toFile());
        List<String> names = new ArrayList<>();
        trends.get("trends").forEach(t -> names.add(t.get("name").asText()));
        assertThat(names).containsExactly("film.d", "film.sigma", "FOM (chi2)");
        JsonNode thickness = trends.get("trends").get(0);
        for (int i = 0; i < plan.get("runs").size(); i++) {
            JsonNode run = plan.get("runs").get(i);
            List<String> parameters = Files.readAllLines(sweep.resolve("runs").resolve(run.get("id").asText())
                    .resolve("parameters.csv"));
            String[] d = parameters.stream().filter(l -> l.startsWith("film.d,")).findFirst().orElseThrow().split(",");
            assertThat(thickness.get("x").get(i).doubleValue()).isEqualTo(run.get("sequence").asDouble());
            assertThat(thickness.get("value").get(i).doubleValue()).isEqualTo(Double.parseDouble(d[1]));
            assertThat(thickness.get("error").get(i).doubleValue()).isEqualTo(Double.parseDouble(d[5]));
        }
    }

    @Test
    void aRunOfTheSweepNamesItsTemperatureLinksBackAndShowsItsResults() throws IOException {
        RunDirectories directories = new ServiceRunDirectories(ResultFixtures.runs());
        Path sweep = ResultFixtures.submission(ResultFixtures.SEQUENCE);
        JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sweep.resolve("sweep.json").toFile())
                .get("runs").get(2);
        String id = run.get("id").asText();

        String html = SweepView.run(directories, ResultFixtures.SEQUENCE, id, null);

        assertThat(run.get("sequence").asDouble()).isEqualTo(150.0);
        assertThat(html).contains("Run " + id + ", temperature 150 K of sweep <a href=\"/sweeps/" + ResultFixtures.SEQUENCE
                + "\">", "/api/sweeps/" + ResultFixtures.SEQUENCE + "/runs/" + id + "/files/fit.csv", "<td>film.d</td>");
        for (String missing : new String[] {"0123456789ab", "../" + id, "..", ""}) {
            assertThatThrownBy(() -> SweepView.run(directories, ResultFixtures.SEQUENCE, missing, null)).as(missing)
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
        assertThatThrownBy(() -> SweepView.run(directories, "../runs", id, null))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aSweepOfFilesPerDataSetNamesEachDataSetsFileInItsTableAndRunPages() throws IOException {
        Path sweep = ResultFixtures.submission(ResultFixtures.JOINT);
        JsonNode runs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sweep.resolve("sweep.json").toFile())
                .get("runs");
        String html = SweepView.html(sweep, ResultFixtures.JOINT);
        RunDirectories directories = new ServiceRunDirectories(ResultFixtures.runs());

        assertThat(runs).hasSize(2);
        assertThat(html).contains("<th>data</th>");
        String[] thicknesses = {"65A", "80A"};
        for (int i = 0; i < runs.size(); i++) {
            String id = runs.get(i).get("id").asText();
            String files = "film in D2O: d2o-" + thicknesses[i] + ".dat, film in H2O: h2o-" + thicknesses[i] + ".dat";
            assertThat(runs.get(i).get("data").isNull()).isTrue();
            assertThat(html).as(id).contains("\">" + id + "</a></td><td>" + files + "</td><td>ok</td>");
            assertThat(SweepView.run(directories, ResultFixtures.JOINT, id, null)).as(id)
                    .contains("Run " + id + ", data " + files + " of sweep <a href=\"/sweeps/" + ResultFixtures.JOINT);
        }
    }
}
