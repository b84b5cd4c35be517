package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.data.DataFileException;
import org.evofit.core.de.Strategy;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.doc.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileReaderTest {

    @TempDir
    Path dir;

    private static final String DATA = "# x y error\n1 10 1\n2 12 1\n3 15 1\n4 19 1\n5 24 1\n";

    private static final String MODEL = """
            kind: curve
            components:
              - name: line
                kind: polynomial
                degree: 1
                c0: {value: 5, min: 0, max: 20}
                c1: {value: 1, min: -10, max: 10}
            variables:
              half: 2
            couplings:
              - "line.c0 = 2 * half"
            data:
              - name: d
                file: data.dat
                columns: {x: 0, y: 1, error: 2}
            fom: chi2bars
            optimizer:
              strategy: rand_1_bin
              km: 0.5
              population: 12
              generations: 30
              seed: 9
            """;

    private Path write(String model) throws IOException {
        Files.writeString(dir.resolve("data.dat"), DATA);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, model);
        return file;
    }

    private ModelFileException error(String model) throws IOException {
        Path file = write(model);
        try {
            ModelFileReader.read(file);
        } catch (ModelFileException e) {
            return e;
        }
        throw new AssertionError("expected a model file error");
    }

    @Test
    void aValidFileGivesParametersDataFomAndSettings() throws IOException {
        String valid = MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4");

        ModelDefinition m = ModelFileReader.read(write(valid));

        assertThat(m.problem().freeNames()).containsExactly("line.c1");
        assertThat(m.problem().startValues()[m.problem().slotOf("line.c0")]).isEqualTo(4.0);
        assertThat(m.problem().dataSets().get(0).error()).containsExactly(1, 1, 1, 1, 1);
        assertThat(m.problem().figureOfMerit().name()).isEqualTo("chi2bars");
        assertThat(m.settings().de().strategy()).isEqualTo(Strategy.RAND_1_BIN);
        assertThat(m.settings().de().km()).isEqualTo(0.5);
        assertThat(m.settings().de().population()).isEqualTo(12);
        assertThat(m.settings().de().seed()).isEqualTo(9);
    }

    @Test
    void aFittedCouplingTargetIsReportedAtTheCoupling() throws IOException {
        ModelFileException e = error(MODEL);

        assertThat(e.getMessage()).contains("model.yaml:11:").contains("line.c0 is set by this coupling");
        assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void anUnknownNameInACouplingIsReportedAtItsColumn() throws IOException {
        ModelFileException e = error(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4")
                .replace("2 * half", "2 * halve"));

        assertThat(e.getMessage()).contains("model.yaml:11:").contains("halve");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(20);
    }

    @Test
    void cyclicCouplingsAreAnError() throws IOException {
        ModelFileException e = error(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4")
                .replace("  - \"line.c0 = 2 * half\"", "  - \"line.c0 = 2 * half\"\n  - \"half = line.c0 / 2\""));

        assertThat(e.getMessage()).contains("model.yaml:1").contains("cyclic couplings");
    }

    @Test
    void minAboveMaxIsReportedAtTheParameter() throws IOException {
        ModelFileException e = error(MODEL.replace("c1: {value: 1, min: -10, max: 10}", "c1: {value: 1, min: 10, max: -10}"));

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("line.c1").contains("greater than max");
    }

    @Test
    void aValueOutsideItsBoundsIsReportedAtTheParameter() throws IOException {
        ModelFileException e = error(MODEL.replace("c1: {value: 1, min: -10, max: 10}", "c1: {value: 11, min: -10, max: 10}"));

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("outside [-10.0, 10.0]");
    }

    @Test
    void malformedYamlIsReportedWithLineAndColumn() throws IOException {
        ModelFileException e = error("kind: curve\ncomponents: [\n  {name: a\n");

        assertThat(e.getMessage()).startsWith(dir.resolve("model.yaml") + ":");
        assertThat(e.line()).isGreaterThan(0);
    }

    @Test
    void anUnknownComponentParameterListsTheValidOnes() throws IOException {
        ModelFileException e = error(MODEL.replace("c1: {value: 1, min: -10, max: 10}", "c9: 1"));

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("unknown parameter 'c9'").contains("c0, c1");
    }

    @Test
    void aDataFileWithTextInANumberColumnNamesFileAndLine() throws IOException {
        Path file = write(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4"));
        Files.writeString(dir.resolve("data.dat"), "1 10 1\n2 abc 1\n3 15 1\n");

        assertThatThrownBy(() -> ModelFileReader.read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("data.dat:2:")
                .hasMessageContaining("abc");
    }

    @Test
    void aDataFileWithFewerColumnsThanAskedNamesFileAndLine() throws IOException {
        Path file = write(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4"));
        Files.writeString(dir.resolve("data.dat"), "1 10 1\n2 12\n3 15 1\n");

        assertThatThrownBy(() -> ModelFileReader.read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("data.dat:2")
                .hasMessageContaining("at least 3 columns");
    }

    @Test
    void aMissingDataFileIsNamed() throws IOException {
        Path file = write(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4").replace("data.dat", "nope.dat"));

        assertThatThrownBy(() -> ModelFileReader.read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("nope.dat")
                .hasMessageContaining("not found");
    }

    @Test
    void aMissingModelFileIsNamed() {
        assertThatThrownBy(() -> ModelFileReader.read(dir.resolve("absent.yaml")))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("absent.yaml")
                .hasMessageContaining("not found");
    }

    @Test
    void anErrorWeightedFomWithoutErrorsIsReportedAtTheFom() throws IOException {
        ModelFileException e = error(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4")
                .replace("columns: {x: 0, y: 1, error: 2}", "columns: {x: 0, y: 1}"));

        assertThat(e.line()).isEqualTo(16);
        assertThat(e.getMessage()).contains("weights by errors");
    }

    @Test
    void jsonModelFilesAreAccepted() throws IOException {
        Files.writeString(dir.resolve("data.dat"), DATA);
        Path json = dir.resolve("model.json");
        Files.writeString(json, """
                {"kind": "curve",
                 "components": [{"name": "c", "kind": "constant", "value": {"value": 1, "min": 0, "max": 30}}],
                 "data": [{"file": "data.dat", "columns": {"x": 0, "y": 1, "error": 2}}],
                 "fom": "chi2"}
                """);

        ModelDefinition m = ModelFileReader.read(json);

        assertThat(m.problem().freeNames()).containsExactly("c.value");
    }

    @Test
    void ortDataFilesNameTheirOwnColumns() throws IOException {
        Files.copy(Path.of("src/test/resources/ort/three_sets_nm.ort"), dir.resolve("three.ort"));
        Path json = dir.resolve("model.json");
        Files.writeString(json, """
                {"kind": "curve",
                 "components": [{"name": "c", "kind": "constant", "value": {"value": 0.5, "min": 0, "max": 2}}],
                 "data": [{"file": "three.ort", "dataSet": "spin down"}],
                 "fom": "log"}
                """);

        ModelDefinition m = ModelFileReader.read(json);

        org.evofit.core.data.DataSet expected = org.evofit.wrapper.ort.OrtDataSets.load(dir.resolve("three.ort"), "spin down");
        assertThat(m.problem().dataSets().get(0).x()).containsExactly(expected.x());
        assertThat(m.problem().dataSets().get(0).y()).containsExactly(expected.y());
    }

    @Test
    void anOptimizerSettingOutOfRangeIsReportedAtItsKey() throws IOException {
        ModelFileException e = error(MODEL.replace("c0: {value: 5, min: 0, max: 20}", "c0: 4")
                .replace("km: 0.5", "km: 0.5\n  kr: 1.5"));

        assertThat(e.line()).isEqualTo(20);
        assertThat(e.getMessage()).contains("kr must be in [0, 1]");
    }
}
