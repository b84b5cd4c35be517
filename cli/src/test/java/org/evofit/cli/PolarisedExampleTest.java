package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/polarised (issue 16): the four spin channels of an Fe/Cr multilayer, fitted together by
 * {@code evofit fit}. The iron's magnetic SLD, magnetisation angle and thickness come back within two of
 * their error bars of the values the committed generator (MakeData.java) made the data with, as each data
 * file's first line records them; the parameters carry their units. A data set naming a channel that does
 * not exist is bad input: exit 2 at its line, nothing written.
 */
class PolarisedExampleTest {

    @TempDir
    Path dir;

    @Test
    void theFourChannelsRecoverTheMagneticSldAndAngle() throws IOException {
        Path out = dir.resolve("polarised");
        Cli.Run run = Cli.run("fit", Cli.repo("examples/polarised/model.yaml"), "--out", out.toString(), "--quiet",
                "--report");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, Double> truth = JointFitExamplesTest.truth(Path.of(Cli.repo("examples/polarised/pp.dat")));
        assertThat(truth).containsOnlyKeys("Fe.d", "Fe.sldm", "Fe.thetaM");
        List<String> rows = Files.readAllLines(out.resolve("parameters.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        Map<String, String> units = new LinkedHashMap<>();
        int fitted = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            units.put(f[0], f[header.indexOf("unit")]);
            if (!Boolean.parseBoolean(f[header.indexOf("fit")])) {
                continue;
            }
            fitted++;
            String name = f[0];
            double value = Double.parseDouble(f[header.indexOf("value")]);
            double sigma = Double.parseDouble(f[header.indexOf("error")]);
            System.out.printf("polarised %s = %.6g ± %.2g (made with %s)%n", name, value, sigma, truth.get(name));
            assertThat(sigma).as("error bar of %s", name).isPositive().isFinite();
            assertThat(Math.abs(value - truth.get(name))).as("%s = %s ± %s against %s", name, value, sigma,
                    truth.get(name)).isLessThanOrEqualTo(2 * sigma);
        }
        assertThat(fitted).isEqualTo(3);
        assertThat(units).containsEntry("Fe.sldm", "1e-6/Å²").containsEntry("Fe.thetaM", "deg")
                .containsEntry("inst.aguide", "deg").containsEntry("inst.H", "T");
        JsonNode sets = new ObjectMapper().readTree(out.resolve("model.json").toFile()).get("dataSets");
        assertThat(sets).hasSize(4);
        assertThat(sets.get(3).get("channel").asText()).isEqualTo("-+");
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        for (String channel : List.of("R++", "R--", "R+-", "R-+")) {
            assertThat(fit).filteredOn(l -> l.startsWith(channel + ",")).hasSize(90);
        }
        spinAsymmetryIsTheChannelsOwn(out, fit);
    }

    /** spin-asymmetry.csv holds (R++ − R−−)/(R++ + R−−) of fit.csv's data and model, and the report charts it. */
    private static void spinAsymmetryIsTheChannelsOwn(Path out, List<String> fit) throws IOException {
        List<String> header = List.of(fit.get(0).split(","));
        List<String[]> up = fit.stream().filter(l -> l.startsWith("R++,")).map(l -> l.split(",", -1)).toList();
        List<String[]> down = fit.stream().filter(l -> l.startsWith("R--,")).map(l -> l.split(",", -1)).toList();
        List<String> sa = Files.readAllLines(out.resolve("spin-asymmetry.csv"));
        assertThat(sa.get(0)).isEqualTo("x,data,error,model");
        assertThat(sa).hasSize(91);
        int y = header.indexOf("y");
        int model = header.indexOf("model");
        for (int i = 0; i < 90; i++) {
            String[] row = sa.get(i + 1).split(",");
            double p = Double.parseDouble(up.get(i)[y]);
            double m = Double.parseDouble(down.get(i)[y]);
            double mp = Double.parseDouble(up.get(i)[model]);
            double mm = Double.parseDouble(down.get(i)[model]);
            assertThat(Double.parseDouble(row[1])).isCloseTo((p - m) / (p + m), within(1e-8));
            assertThat(Double.parseDouble(row[3])).isCloseTo((mp - mm) / (mp + mm), within(1e-8));
            assertThat(Double.parseDouble(row[2])).isPositive();
        }
        assertThat(out.resolve("charts/spin-asymmetry.png")).exists();
        assertThat(org.evofit.report.PdfText.of(out.resolve("report.pdf")).text())
                .contains("Spin asymmetry", "channel");
    }

    @Test
    void aChannelThatDoesNotExistIsBadInputAtItsLine() throws IOException {
        Path example = Path.of(Cli.repo("examples/polarised"));
        for (String data : new String[] {"pp.dat", "mm.dat", "pm.dat", "mp.dat"}) {
            Files.copy(example.resolve(data), dir.resolve(data));
        }
        String model = Files.readString(example.resolve("model.yaml")).replace("channel: \"-+\"", "channel: \"-0\"");
        Path file = Files.writeString(dir.resolve("model.yaml"), model);
        int line = model.substring(0, model.indexOf("channel: \"-0\"")).split("\n", -1).length;

        Cli.Run run = Cli.run("fit", file.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("evofit: ").contains(file + ":" + line + ":",
                "unknown spin channel '-0'; expected one of ++, --, +-, -+, +, -, o+, o-");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
