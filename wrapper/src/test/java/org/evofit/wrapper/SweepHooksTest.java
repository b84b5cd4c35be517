package org.evofit.wrapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two hooks a sweep uses: a start value changed in place, and a substituted data file. */
class SweepHooksTest {

    @TempDir
    Path dir;

    private Path model() throws IOException {
        Files.writeString(dir.resolve("a.dat"), "0 1\n1 2\n2 3\n3 4\n4 5\n");
        Files.writeString(dir.resolve("b.dat"), "0 7\n1 8\n2 9\n3 10\n");
        Path model = dir.resolve("model.yaml");
        Files.writeString(model, """
                kind: curve
                components:
                  - {name: c, kind: constant, value: {value: 2, min: 0, max: 10}}
                data:
                  - {name: d, file: a.dat}
                """);
        return model;
    }

    @Test
    void startValueChangesOnlyTheValue() throws IOException {
        ModelDefinition m = ModelFiles.load(model()).withParameterValue("c.value", 5);
        var p = m.problem().parameters().get(m.problem().slotOf("c.value"));
        assertThat(p.value()).isEqualTo(5);
        assertThat(p.min()).isZero();
        assertThat(p.max()).isEqualTo(10);
        assertThat(p.fit()).isTrue();
        assertThat(m.problem().startValues()[m.problem().slotOf("c.value")]).isEqualTo(5);
    }

    @Test
    void startValueOutsideBoundsOrUnknownIsRefused() throws IOException {
        ModelDefinition m = ModelFiles.load(model());
        assertThatThrownBy(() -> m.withParameterValue("c.value", 11)).hasMessageContaining("outside");
        assertThatThrownBy(() -> m.withParameterValue("nope", 1)).hasMessageContaining("unknown parameter 'nope'");
    }

    @Test
    void dataFileIsSubstitutedForTheFirstDataSet() throws IOException {
        ModelDefinition m = ModelFiles.load(model(), dir.resolve("b.dat"));
        assertThat(m.problem().dataSets().get(0).name()).isEqualTo("d");
        assertThat(m.problem().dataSets().get(0).y()).containsExactly(7, 8, 9, 10);
        assertThat(m.dataSources().get(0).file()).isEqualTo(dir.resolve("b.dat"));
        assertThat(ModelFiles.load(model(), null).problem().dataSets().get(0).size()).isEqualTo(5);
    }
}
