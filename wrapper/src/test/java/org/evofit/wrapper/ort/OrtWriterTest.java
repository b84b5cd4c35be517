package org.evofit.wrapper.ort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.wrapper.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrtWriterTest {

    @TempDir
    Path dir;

    private static final OffsetDateTime FINISHED =
            OffsetDateTime.of(2025, 12, 4, 9, 30, 5, 123_000_000, ZoneOffset.ofHours(1));

    private static final OrtAnalysis ANALYSIS = new OrtAnalysis("0.1.0-test", FINISHED,
            "model.yaml", "chi2bars", 1.0712345678901234, 1.0712345678901234, List.of(
                    new ParameterEstimate("film.d", 101.31234567890123, true, 50, 150, 0.4,
                            -0.5, 0.55),
                    new ParameterEstimate("film.sld", 4.2e-6, false, Double.NEGATIVE_INFINITY,
                            Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN)));

    /** A model with all seventeen digits in play, different for every row. */
    private static double[] model(OrtDataSet set, double scale) {
        double[] x = set.data().x();
        double[] m = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            m[i] = scale * Math.exp(-x[i] * 97.3) / (1 + i / 7.0);
        }
        return m;
    }

    private static List<double[]> models(OrtFile file, double scale) {
        List<double[]> models = new ArrayList<>();
        file.dataSets().forEach(set -> models.add(model(set, scale)));
        return models;
    }

    private OrtFile writeAndRead(OrtFile file, List<double[]> models, OrtAnalysis analysis) {
        Path out = dir.resolve("out.ort");
        AtomicFiles.writeText(out, OrtWriter.format(file, models, analysis));
        return OrtReader.read(out);
    }

    @Test
    void roundTripKeepsEveryNumberAndHeaderField() {
        OrtFile original = OrtReader.read(OrtTestFiles.example());
        List<double[]> models = models(original, 5.5);

        OrtFile back = writeAndRead(original, models, ANALYSIS);

        OrtDataSet before = original.dataSets().get(0);
        OrtDataSet after = back.dataSets().get(0);
        assertThat(back.preamble()).isEqualTo(original.preamble());
        assertThat(after.name()).isEqualTo(before.name());
        for (int c = 0; c < 4; c++) {
            assertThat(after.column(c)).containsExactly(before.column(c));
        }
        assertThat(after.column(4)).containsExactly(models.get(0));
        assertThat(after.data()).isEqualTo(before.data());
        assertThat(after.columns()).hasSize(5);
        assertThat(after.columns().subList(0, 4)).isEqualTo(before.columns());
        assertThat(after.columns().get(4))
                .isEqualTo(OrtColumn.quantity("Rfit", "", "model reflectivity"));

        ObjectNode header = after.header();
        assertThat(header.fieldNames()).toIterable()
                .containsExactly("data_source", "reduction", "analysis", "data_set", "columns");
        ObjectNode analysis = (ObjectNode) header.remove("analysis");
        ArrayNode columns = (ArrayNode) header.get("columns");
        assertThat(columns.remove(4).get("comment").asText())
                .isEqualTo("reflectivity of evofit's model, see analysis");
        assertThat(header).isEqualTo(before.header());

        assertThat(analysis.at("/software/name").asText()).isEqualTo("evofit");
        assertThat(analysis.at("/software/version").asText()).isEqualTo("0.1.0-test");
        assertThat(analysis.get("timestamp").asText()).isEqualTo("2025-12-04T09:30:05+01:00");
        assertThat(analysis.get("model").asText()).isEqualTo("model.yaml");
        assertThat(analysis.at("/figure_of_merit/name").asText()).isEqualTo("chi2bars");
        assertThat(analysis.at("/figure_of_merit/value").asDouble()).isEqualTo(1.0712345678901234);
        assertThat(analysis.get("model_column").asText()).isEqualTo("Rfit");
        assertThat(analysis.at("/parameters/0/name").asText()).isEqualTo("film.d");
        assertThat(analysis.at("/parameters/0/value").asDouble()).isEqualTo(101.31234567890123);
        assertThat(analysis.at("/parameters/0/fit").asBoolean()).isTrue();
        assertThat(analysis.at("/parameters/0/error_high").asDouble()).isEqualTo(0.55);
        // Values that do not exist are left out, not written as something else.
        assertThat(analysis.at("/parameters/1").fieldNames()).toIterable()
                .containsExactly("name", "value", "fit");
    }

    @Test
    void roundTripKeepsEachDataSetsOwnBlock() {
        OrtFile original = OrtReader.read(OrtTestFiles.threeSets());
        List<double[]> models = models(original, 1);

        OrtFile back = writeAndRead(original, models, ANALYSIS);

        assertThat(back.names()).isEqualTo(original.names());
        for (int i = 0; i < 3; i++) {
            OrtDataSet before = original.dataSets().get(i);
            OrtDataSet after = back.dataSets().get(i);
            for (int c = 0; c < 4; c++) {
                assertThat(after.column(c)).containsExactly(before.column(c));
            }
            assertThat(after.column(4)).containsExactly(models.get(i));
            assertThat(after.data()).isEqualTo(before.data());
            // Later data sets inherit the first header's new column and analysis.
            assertThat(after.header().at("/columns/4/name").asText()).isEqualTo("Rfit");
            assertThat(after.header().at("/analysis/model").asText()).isEqualTo("model.yaml");
            ObjectNode header = after.header();
            header.remove("analysis");
            ((ArrayNode) header.get("columns")).remove(4);
            assertThat(header).isEqualTo(before.header());
            if (i > 0) {
                assertThat(after.headerBlock()).isEqualTo(before.headerBlock());
            }
        }
        assertThat(back.dataSets().get(2).header()
                .at("/data_source/measurement/instrument_settings/polarization").asText())
                .isEqualTo("po");
    }

    @Test
    void writingAgainReplacesTheModelColumnAndTheAnalysis() {
        OrtFile original = OrtReader.read(OrtTestFiles.threeSets());
        OrtFile once = writeAndRead(original, models(original, 1), ANALYSIS);
        OrtAnalysis second = new OrtAnalysis("0.2", FINISHED, null, "log", 0.25, Double.NaN,
                List.of());

        OrtFile twice = writeAndRead(once, models(once, 2), second);

        OrtDataSet set = twice.dataSets().get(1);
        assertThat(set.columns()).hasSize(5);
        assertThat(set.column(4)).containsExactly(model(original.dataSets().get(1), 2));
        ObjectNode analysis = (ObjectNode) set.header().get("analysis");
        assertThat(analysis.fieldNames()).toIterable().containsExactly("software", "timestamp",
                "figure_of_merit", "parameters", "model_column");
        assertThat(analysis.at("/figure_of_merit/name").asText()).isEqualTo("log");
    }

    @Test
    void addsTheColumnsTheFormatRequiresBeforeTheModel() {
        OrtFile two = OrtText.parse(OrtText.HEAD_TWO + "0.01 1\n0.02 0.5\n");

        OrtFile back = writeAndRead(two, List.of(new double[] {0.9, 0.6}), null);

        OrtDataSet set = back.dataSets().get(0);
        assertThat(set.columns().stream().map(OrtColumn::label))
                .containsExactly("Qz", "R", "sR", "sQz", "Rfit");
        assertThat(set.columns().get(2).errorType()).isEqualTo("uncertainty");
        assertThat(set.columns().get(3).errorType()).isEqualTo("resolution");
        assertThat(set.column(2)).containsExactly(Double.NaN, Double.NaN);
        assertThat(set.column(4)).containsExactly(0.9, 0.6);
        assertThat(set.data()).isEqualTo(two.dataSets().get(0).data());
        assertThat(set.header().has("analysis")).isFalse();
    }

    @Test
    void writesTheFormatsLayout() {
        OrtFile two = OrtText.parse(OrtText.HEAD_TWO + "0.01 1\n0.02 0.5\n");
        OrtAnalysis analysis = new OrtAnalysis("1.0", FINISHED, null, "diff", 0.5, Double.NaN,
                List.of(new ParameterEstimate("a", 2, true, 0, 3, 0.1, -0.2, 0.3)));

        String text = OrtWriter.format(two, List.of(new double[] {0.9, -1.0E-300}), analysis);

        assertThat(text).isEqualTo("""
                # # ORSO reflectivity data file | 1.0 standard | YAML encoding | https://www.reflectometry.org/
                # data_source:
                #   owner:
                #     name: T
                # analysis:
                #   software:
                #     name: evofit
                #     version: "1.0"
                #   timestamp: 2025-12-04T09:30:05+01:00
                #   figure_of_merit:
                #     name: diff
                #     value: 0.5
                #   parameters:
                #   - name: a
                #     value: 2.0
                #     fit: true
                #     min: 0.0
                #     max: 3.0
                #     error: 0.1
                #     error_low: -0.2
                #     error_high: 0.3
                #   model_column: Rfit
                # columns:
                # - name: Qz
                #   unit: 1/angstrom
                # - name: R
                # - error_of: R
                #   error_type: uncertainty
                #   value_is: sigma
                #   comment: "not given: nan throughout; written because the ORSO format requires this column before further ones"
                # - error_of: Qz
                #   error_type: resolution
                #   value_is: sigma
                #   comment: "not given: nan throughout; written because the ORSO format requires this column before further ones"
                # - name: Rfit
                #   physical_quantity: model reflectivity
                #   comment: "reflectivity of evofit's model, see analysis"
                # # Qz (1/angstrom)      R                        sR                       sQz                      Rfit
                0.01                     1.0                      NaN                      NaN                      0.9
                0.02                     0.5                      NaN                      NaN                      -1.0E-300
                """);
    }

    @Test
    void keepsStringsThatLookLikeOtherValues() {
        String tricky = OrtText.HEAD.replace("# columns:", String.join("\n",
                "# sample:",
                "#   a: 'yes'",
                "#   b: 'no'",
                "#   c: 'null'",
                "#   d: '~'",
                "#   e: '1e3'",
                "#   f: '0x1F'",
                "#   g: '.inf'",
                "#   h: 'true'",
                "#   i: ''",
                "#   j: ' leading blank'",
                "#   k: 'a: b'",
                "#   l: '# not a comment'",
                "#   m: |",
                "#     two",
                "#     lines",
                "#   n: '1.0'",
                "#   o: 2024-05-02",
                "#   p: null",
                "#   q: [1, 2.5, x]",
                "#   r: 'on'",
                "#   s: .inf",
                "#   t: -.Inf",
                "#   u: .NaN",
                "#   v: 1_000",
                "#   w: '12:30'",
                "#   x: 2.50",
                "# columns:"));
        OrtFile original = OrtText.parse(tricky + "0.1 1 0.1 0.01\n");

        OrtFile back = writeAndRead(original, List.of(new double[] {1}), null);

        ObjectNode header = back.dataSets().get(0).header();
        ((ArrayNode) header.get("columns")).remove(4);
        assertThat(header).isEqualTo(original.dataSets().get(0).header());
        assertThat(header.at("/sample/m").asText()).isEqualTo("two\nlines\n");
        assertThat(header.at("/sample/a").isTextual()).isTrue();
        assertThat(header.at("/sample/s").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(header.at("/sample/t").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(header.at("/sample/u").doubleValue()).isNaN();
        assertThat(header.at("/sample/v").intValue()).isEqualTo(1000);
        assertThat(header.at("/sample/x").doubleValue()).isEqualTo(2.5);
    }

    @Test
    void writesAtomicallyOverAnOldFile() throws IOException {
        OrtFile original = OrtReader.read(OrtTestFiles.threeSets());
        Path out = dir.resolve("fit.ort");
        Files.writeString(out, "old content");

        AtomicFiles.writeText(out, OrtWriter.format(original, models(original, 1), ANALYSIS));

        assertThat(Files.readString(out)).isEqualTo(OrtWriter.format(original, models(original, 1),
                ANALYSIS));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void refusesModelsThatDoNotMatchTheDataSets() {
        OrtFile original = OrtReader.read(OrtTestFiles.threeSets());

        assertThatThrownBy(() -> OrtWriter.format(original, List.of(new double[3]), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3 data sets but 1 model curves");
        assertThatThrownBy(() -> OrtWriter.format(original,
                List.of(new double[3], new double[3], new double[1]), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data set spin down has 2 rows but its model has 3 values");
    }
}
