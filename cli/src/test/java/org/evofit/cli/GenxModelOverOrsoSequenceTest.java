package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's must-show case: GenX's X-ray example imported with {@code evofit import-genx} (its data entry
 * keeps GenX's columns, {@code columns: {x: 0, y: 1}}) loops over ten angle-dispersive ORSO files as GenX
 * writes them (tth in degrees, I, an error column named sI, a temperature in each header), the sequence value
 * read from each header: ten runs succeed, the summary has the ten temperatures in order, and each fit ends
 * close to the data, which is the imported model's own simulation with 2 % noise.
 */
class GenxModelOverOrsoSequenceTest {

    private static final String XRAY = Cli.repo("wrapper/src/test/resources/genx/X-ray_Reflectivity.hgx");
    private static final String TEMPERATURE = "data_source.sample.sample_parameters.temperature.magnitude";

    @TempDir
    Path dir;

    @Test
    void theImportedGenxModelLoopsOverTenAngleDispersiveOrsoFilesWithTheHeadersTemperatures() throws IOException {
        Path imported = dir.resolve("imported");
        Cli.Run run = Cli.run("import-genx", XRAY, "--out", imported.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(imported.resolve("model.yaml"))).contains("columns: {x: 0, y: 1}");
        List<Double> temperatures = writeSequence(ModelFiles.load(imported.resolve("model.yaml")),
                dir.resolve("seq"));
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, """
                models: imported/model.yaml
                sequence:
                  files: ["seq/*.ort"]
                  valueFrom: {ort: %s}
                fit: {generations: 5, population: 12, restarts: 1}
                """.formatted(TEMPERATURE));

        Path out = dir.resolve("loop");
        Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet", "--jobs", "1");

        assertThat(loop.exitCode()).as(loop.err()).isZero();
        assertThat(loop.out()).contains("10 of 10 runs succeeded");
        assertThat(loop.err()).contains("the third column 'sI' is taken as the 1-sigma error of I",
                "columns: {x: 0, y: 1} agrees with ORSO's column order");
        List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int sequence = header.indexOf("sequence");
        int status = header.indexOf("status");
        int fom = header.indexOf("fom");
        List<Double> values = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertThat(f[status]).isEqualTo("ok");
            assertThat(Double.parseDouble(f[fom])).as(row).isLessThan(0.05);
            values.add(Double.parseDouble(f[sequence]));
        }
        assertThat(values).containsExactlyElementsOf(temperatures.stream().sorted().toList());
    }

    /**
     * Ten files of the model's simulation at its start values over its own 2θ points, each point scaled by
     * 1 + 0.02·N(0,1) (seeded), with sI = 2 % of I, written in the layout GenX writes; temperatures out of order,
     * so the headers, not the file names, order the runs.
     */
    private static List<Double> writeSequence(ModelDefinition model, Path folder) throws IOException {
        Files.createDirectories(folder);
        DataSet data = model.problem().dataSets().get(0);
        double[] r = model.problem().simulate(model.problem().startValues())[0];
        Random random = new Random(15);
        List<Double> temperatures = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            double kelvin = 300 - 25.5 * ((k * 7) % 10);
            temperatures.add(kelvin);
            StringBuilder text = new StringBuilder();
            text.append("# # ORSO reflectivity data file | 1.0 standard | YAML encoding | https://www.reflectometry.org/\n")
                    .append("# data_source:\n#   owner: {name: evofit tests}\n")
                    .append("#   experiment: {title: sequence, instrument: diffractometer, probe: x-ray}\n")
                    .append("#   sample:\n#     name: multilayer\n#     sample_parameters:\n")
                    .append("#       temperature: {magnitude: ").append(kelvin).append(", unit: K}\n")
                    .append("#   measurement:\n#     instrument_settings:\n")
                    .append("#       wavelength: {magnitude: 1.54, unit: angstrom}\n")
                    .append("# reduction: {software: {name: GenxModelOverOrsoSequenceTest}}\n")
                    .append("# data_set: 0\n# columns:\n# - {name: tth, unit: degree}\n# - {name: I}\n# - {name: sI}\n")
                    .append("# # tth I sI\n");
            for (int i = 0; i < data.size(); i++) {
                double y = r[i] * (1 + 0.02 * random.nextGaussian());
                text.append(String.format(Locale.ROOT, "%s %s %s%n", data.x()[i], y, 0.02 * y));
            }
            Files.writeString(folder.resolve("scan_" + k + ".ort"), text);
        }
        return temperatures;
    }
}
