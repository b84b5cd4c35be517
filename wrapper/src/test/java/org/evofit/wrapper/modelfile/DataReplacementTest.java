package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data sets replaced by name (a sweep's per-data-set {@code data:}, issue 16): the named data set reads the
 * other file with its own columns and name, the others keep theirs; a name the model lacks and a script are
 * refused saying what is expected.
 */
class DataReplacementTest {

    @TempDir
    Path dir;

    @Test
    void theNamedDataSetReadsTheOtherFileWithItsOwnColumns() throws IOException {
        Path model = model();
        ModelDefinition m = ModelFiles.loadWith(model, DataReplacement.byName(Map.of("b", dir.resolve("other.dat"))));
        DataSet a = m.problem().dataSets().get(0);
        DataSet b = m.problem().dataSets().get(1);
        assertThat(a.name()).isEqualTo("a");
        assertThat(a.y()).containsExactly(1, 2, 3);
        assertThat(b.name()).isEqualTo("b");
        // columns {x: 0, y: 2} of other.dat: its third column, not its second.
        assertThat(b.y()).containsExactly(30, 20, 10);
        assertThat(m.dataSources().get(1).file()).isEqualTo(dir.resolve("other.dat"));
    }

    @Test
    void aNameTheModelLacksIsRefusedListingItsDataSets() throws IOException {
        Path model = model();
        assertThatThrownBy(() -> ModelFiles.loadWith(model, DataReplacement.byName(Map.of("c", dir.resolve("other.dat")))))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:")
                .hasMessageContaining("no data set is named 'c' to read from other.dat; expected one of a, b");
    }

    @Test
    void aScriptsDataSetsAreNotReplacedByName() {
        assertThatThrownBy(() -> ModelFiles.loadWith(dir.resolve("model.java"),
                DataReplacement.byName(Map.of("a", dir.resolve("other.dat")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model script")
                .hasMessageContaining("expected a model file, or data: as a list");
    }

    @Test
    void bothFormsAtOnceAreRefused() {
        assertThatThrownBy(() -> new DataReplacement(dir.resolve("a.dat"), Map.of("b", dir.resolve("b.dat"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path model() throws IOException {
        Files.writeString(dir.resolve("a.dat"), "1 1\n2 2\n3 3\n");
        Files.writeString(dir.resolve("b.dat"), "1 5 50\n2 6 60\n3 7 70\n");
        Files.writeString(dir.resolve("other.dat"), "1 0 30\n2 0 20\n3 0 10\n");
        return Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: c, kind: constant, value: {value: 1, min: 0, max: 100}}
                data:
                  - {name: a, file: a.dat}
                  - {name: b, file: b.dat, columns: {x: 0, y: 2}}
                fom: diff
                """);
    }
}
