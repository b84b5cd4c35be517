package org.evofit.wrapper.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAYamlFileAndNamesItInLocations() throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, "name: \u00c5ngstr\u00f6m fit\nfom: chi2bars\n");
        MapNode root = DocumentReader.read(file).asMap();
        assertThat(root.string("name")).isEqualTo("\u00c5ngstr\u00f6m fit");
        assertThat(root.required("fom").location()).isEqualTo(new Location(file.toString(), 2, 6));
    }

    @Test
    void readsAJsonFileWithTheJsonParser() throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "{\"a\": 1,}");
        ModelFileException e = failure(file);
        assertThat(e).hasMessage(file + ":1:9: unexpected '}'; expected a key in double quotes");
        assertThat(e.file()).isEqualTo(file.toString());
    }

    @Test
    void aMissingFileIsReportedWithoutLine() {
        Path file = dir.resolve("model.yaml");
        ModelFileException e = failure(file);
        assertThat(e).hasMessage(file + ": file not found");
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
    }

    @Test
    void aDirectoryIsNotAModelFile() {
        assertThat(failure(dir)).hasMessage(dir + ": expected a model file but found a directory");
    }

    @Test
    void bytesThatAreNotUtf8AreReported() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC5, '\n'});
        assertThat(failure(file)).hasMessage(file + ": expected UTF-8 text but found bytes that are"
                + " not UTF-8; save the file as UTF-8");
    }

    private static ModelFileException failure(Path file) {
        return catchThrowableOfType(ModelFileException.class, () -> DocumentReader.read(file));
    }
}
