package org.evofit.wrapper.data;

import org.evofit.wrapper.formats.DataFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelFileReader;
import org.evofit.wrapper.modelfile.ModelFileWriter;
import org.evofit.wrapper.ort.OrtReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file's data entry reads its file through {@link DataFormats}: chosen by {@code format:} (checked at
 * its line), else by name and content; the format's notes become warnings of the fit; an .ort file takes a
 * {@code columns:} that agrees with ORSO's order and refuses another at the model file's line.
 */
class DataEntryFormatTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/ort/example.ort").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void copyExample() throws IOException {
        Files.copy(EXAMPLE, dir.resolve("example.ort"));
        Files.copy(EXAMPLE, dir.resolve("example.txt"));
    }

    private Path model(String dataEntry) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, """
                kind: curve
                components:
                  - {name: decay, kind: exponential, amplitude: {value: 1, min: 0.01, max: 10},
                     rate: {value: -50, min: -200, max: 0}}
                data:
                """ + dataEntry + "fom: log\n");
        return file;
    }

    @Test
    void formatKeyReadsAFileWhoseNameSaysNothingAsOrso() throws IOException {
        ModelDefinition m = ModelFileReader.read(model("  - {file: example.txt, format: ort}\n"));

        DataSet read = m.problem().dataSets().get(0);
        DataSet reference = OrtReader.read(EXAMPLE).dataSets().get(0).data();
        assertThat(read.x()).containsExactly(reference.x());
        assertThat(read.y()).containsExactly(reference.y());
        DataSource source = m.dataSources().get(0);
        assertThat(source.format()).isEqualTo("ort");
        assertThat(source.isOrt()).isTrue();
        assertThat(m.layout().data().get(0).format()).isEqualTo("ort");
    }

    @Test
    void aWrittenModelFileKeepsTheFormatAndReadsTheSameData() throws IOException {
        ModelDefinition m = ModelFileReader.read(model("  - {file: example.txt, format: ort}\n"));
        Path copy = dir.resolve("copy.yaml");

        ModelFileWriter.write(m, copy);

        assertThat(Files.readString(copy)).contains("    format: \"ort\"");
        ModelDefinition back = ModelFileReader.read(copy);
        assertThat(back.dataSources().get(0).format()).isEqualTo("ort");
        assertThat(back.problem().dataSets().get(0).y()).containsExactly(m.problem().dataSets().get(0).y());
    }

    @Test
    void withoutFormatTheExtensionChoosesAndColumnTextIsTheDefault() throws IOException {
        Files.writeString(dir.resolve("plain.dat"), "0.01 1\n0.02 0.5\n0.03 0.25\n0.04 0.125\n");
        ModelDefinition m = ModelFileReader.read(model("  - {file: example.ort}\n  - {name: b, file: plain.dat}\n"));

        assertThat(m.dataSources()).extracting(DataSource::format).containsExactly("ort", "columns");
        assertThat(m.problem().dataSets().get(1).y()).containsExactly(1, 0.5, 0.25, 0.125);
    }

    @Test
    void aFileColumnTextWouldClaimByItsNameIsReadAsTheFormatItsContentShows() throws IOException {
        ModelDefinition m = ModelFileReader.read(model("  - {file: example.txt}\n"));

        assertThat(m.dataSources().get(0).format()).isEqualTo("ort");
        assertThat(m.problem().dataSets().get(0).x())
                .containsExactly(OrtReader.read(EXAMPLE).dataSets().get(0).data().x());
    }

    @Test
    void anUnknownFormatIsRefusedAtItsLineListingTheFormats() throws IOException {
        Path file = model("  - file: example.ort\n    format: orso\n");

        assertThatThrownBy(() -> ModelFileReader.read(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:7:")
                .hasMessageContaining("unknown data format 'orso'; expected one of " + String.join(", ",
                        DataFormats.names()));
    }

    @Test
    void ortColumnsInOrsoOrderAreAcceptedWithAWarning() throws IOException {
        ModelDefinition m = ModelFileReader.read(model("  - {file: example.ort, columns: {x: 0, y: 1, error: 2}}\n"));

        List<String> notes = m.dataWarnings().stream().filter(w -> !w.excludesPoints()).map(DataWarning::message)
                .toList();
        assertThat(notes).containsExactly(dir.resolve("example.ort") + ": columns: {x: 0, y: 1, error: 2} agrees"
                + " with ORSO's column order (Qz, R, error, resolution); the columns are read as the file's"
                + " header names them");
        assertThat(m.problem().dataSets().get(0).y())
                .containsExactly(OrtReader.read(EXAMPLE).dataSets().get(0).data().y());
    }

    @Test
    void ortColumnsInAnotherOrderAreRefusedAtTheColumnsLine() throws IOException {
        Path file = model("  - file: example.ort\n    columns: {x: 1, y: 0}\n");

        assertThatThrownBy(() -> ModelFileReader.read(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:7:").hasMessageContaining("an .ort file names its own columns")
                .hasMessageContaining("but found x=1, y=0");
    }
}
