package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.report.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The joint-fit examples (issue 16): examples/contrast-variation (one film against D2O and H2O, shared
 * thickness, separate solvent SLDs) and examples/xray-neutron (one nickel film seen by X-rays and
 * neutrons, shared thickness and roughness, both SLDs from one composition and density). Each is fitted
 * by {@code evofit fit --report}; every fitted parameter comes back within three of its error bars of the
 * value its committed generator (MakeData.java) made the data with, as the data file's first line records
 * it, and the result files and report name each data set's sample and instrument.
 */
class JointFitExamplesTest {

    private static final Pattern TRUTH = Pattern.compile("([A-Za-z0-9_]+\\.[A-Za-z0-9_]+)=(-?[0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void contrastVariationRecoversTheSharedFilmAndEachSolvent() throws IOException {
        Path out = fit("contrast-variation", "d2o.dat");
        JsonNode sets = new ObjectMapper().readTree(out.resolve("model.json").toFile()).get("dataSets");
        assertThat(sets.get(0).get("sample").asText()).isEqualTo("d2o");
        assertThat(sets.get(1).get("sample").asText()).isEqualTo("h2o");
        assertThat(sets.get(1).get("instrument").asText()).isEqualTo("inst");
        assertThat(out.resolve("sld-d2o.csv")).exists();
        assertThat(out.resolve("sld-h2o.csv")).exists();
        assertThat(out.resolve("charts/sld-d2o.png")).exists();
        assertThat(out.resolve("charts/sld-h2o.png")).exists();
        assertThat(Files.readAllLines(out.resolve("parameters.csv")))
                .anyMatch(l -> l.startsWith("H2O.sigma,") && l.contains(",false,"));
    }

    @Test
    void xrayAndNeutronRecoverTheSharedFilmFromOneDensity() throws IOException {
        Path out = fit("xray-neutron", "xray.dat");
        JsonNode model = new ObjectMapper().readTree(out.resolve("model.json").toFile());
        assertThat(model.get("instruments").get("xray").get("probe").asText()).isEqualTo("x-ray");
        assertThat(model.get("instruments").get("neutron").get("probe").asText()).isEqualTo("neutron");
        assertThat(model.get("dataSets").get(1).get("instrument").asText()).isEqualTo("neutron");
    }

    /**
     * Fits the example with a report, checks every fitted parameter against the generator's value (read from
     * {@code dataFile}'s first line) and prints them with their error bars; the run directory.
     */
    private Path fit(String example, String dataFile) throws IOException {
        Path out = dir.resolve(example);
        Cli.Run run = Cli.run("fit", Cli.repo("examples/" + example + "/model.yaml"), "--out", out.toString(),
                "--quiet", "--report");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, Double> truth = truth(Path.of(Cli.repo("examples/" + example + "/" + dataFile)));
        List<String> rows = Files.readAllLines(out.resolve("parameters.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int fitted = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            if (!Boolean.parseBoolean(f[header.indexOf("fit")])) {
                continue;
            }
            fitted++;
            String name = f[0];
            double value = Double.parseDouble(f[header.indexOf("value")]);
            double sigma = Double.parseDouble(f[header.indexOf("error")]);
            System.out.printf("%s %s = %.6g ± %.2g (made with %s)%n", example, name, value, sigma, truth.get(name));
            assertThat(truth).as("the generator's value of %s", name).containsKey(name);
            assertThat(sigma).as("error bar of %s", name).isPositive().isFinite();
            assertThat(Math.abs(value - truth.get(name))).as("%s = %s ± %s against %s", name, value, sigma,
                    truth.get(name)).isLessThanOrEqualTo(3 * sigma);
        }
        assertThat(fitted).isEqualTo(truth.size());

        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertThat(result.get("fomCombination").asText()).contains("all data sets together", "as GenX");
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertThat(fit.get(0)).startsWith("dataset,");
        JsonNode sets = new ObjectMapper().readTree(out.resolve("model.json").toFile()).get("dataSets");
        for (JsonNode set : sets) {
            assertThat(fit).as("fit.csv rows of %s", set.get("name").asText())
                    .filteredOn(l -> l.startsWith(set.get("name").asText() + ",")).hasSize(set.get("points").asInt());
        }
        String pdf = PdfText.of(out.resolve("report.pdf")).text();
        assertThat(pdf).contains("sample", "instrument", "data sets combined");
        return out;
    }

    /** The values the generator wrote in the data file's first line, such as {@code film.d=72.5}. */
    static Map<String, Double> truth(Path dataFile) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher m = TRUTH.matcher(Files.readAllLines(dataFile).get(0));
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }
}
