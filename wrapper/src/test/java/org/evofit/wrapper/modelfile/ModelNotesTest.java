package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelNotesTest {

    @TempDir
    Path dir;

    private ModelDefinition curve() throws IOException {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            data.append(i).append(' ').append(5 + Math.exp(-(i - 10) * (i - 10) / 8.0)).append('\n');
        }
        Files.writeString(dir.resolve("d.dat"), data);
        Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: "4/3.92^3", min: 0, max: 1}, center: 10, sigma: 2}
                  - {name: b, kind: constant, value: 5}
                couplings: ["b.value = 2 + 3"]
                data:
                  - {name: d, file: d.dat, columns: {x: 0, y: 1}}
                """);
        return ModelFileReader.read(dir.resolve("model.yaml"));
    }

    @Test
    void notesAddCommentsAndValueTextsButTheFileReadsBackAsTheSameModel() throws IOException {
        ModelDefinition model = curve();
        ModelNotes notes = new ModelNotes(List.of("Imported from somewhere."),
                Map.of("g.height", "4/3.92^3", "g.center", "2*6"),
                Map.of("couplings", "set before every simulation", "optimizer", "as the source had them"),
                List.of("line 7"), List.of("column 2 unused"), OptimizerYaml.Notes.NONE, List.of("left out: x"));
        Path again = dir.resolve("again/model.yaml");
        Files.createDirectories(again.getParent());
        String text = ModelFileWriter.text(model, again, notes);
        Files.writeString(again, text);

        assertThat(text).startsWith("# Imported from somewhere.\nkind: curve\n")
                .contains("height: {value: \"4/3.92^3\", min: 0, max: 1}")
                // 2*6 is not the centre's value (10), so the number is written, never the stale text.
                .contains("center: 10\n")
                .contains("\"b.value = 2 + 3\"   # line 7")
                .contains("couplings:                          # set before every simulation")
                .contains("file: \"../d.dat\"").contains("columns: {x: 0, y: 1}   # column 2 unused")
                .contains("optimizer:                          # as the source had them")
                .endsWith("\n# left out: x\n");
        ModelDefinition read = ModelFileReader.read(again);
        assertThat(read.problem().parameters()).containsExactlyElementsOf(model.problem().parameters());
        assertThat(read.settings()).isEqualTo(model.settings());
    }

    @Test
    void textRefusesDataThatWouldNeedFilesOfTheirOwn() throws IOException {
        ModelDefinition model = curve();
        ModelDefinition arrays = new ModelDefinition(null, model.problem(), model.settings(), List.of(),
                new org.evofit.wrapper.model.ModelLayout(model.layout().structure(), model.layout().couplings(),
                        List.of()));
        assertThatThrownBy(() -> ModelFileWriter.text(arrays, dir.resolve("x.yaml"), ModelNotes.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrays")
                .hasMessageContaining("x.d");
    }

    @Test
    void aSweepSequenceIsWrittenWithTheModelFilesSpellingAndReadsAsYaml() {
        String text = SweepSequenceWriter.text(List.of("from a batch"), "model.yaml", List.of(
                new SweepSequenceWriter.Entry("a b.dat", 10, Map.of(), "entry 0"),
                new SweepSequenceWriter.Entry("c.dat", 2.5e-3, Map.of("Fe.d", 11.5), null)),
                new SweepSequenceWriter.Chaining(true, List.of("first", "second"), false, null));

        assertThat(text).isEqualTo("""
                # from a batch
                models: ["model.yaml"]
                sequence:
                  files:
                    - {file: "a b.dat", value: 10}   # entry 0
                    - {file: "c.dat", value: 0.0025, start: {Fe.d: 11.5}}
                  keepFromLast: true   # first
                                       # second
                  adjustBounds: false
                """);
        var root = org.evofit.wrapper.doc.DocumentReader.parse(text, "sweep.yaml").asMap();
        var second = root.map("sequence").list("files").items().get(1).asMap();
        assertThat(second.number("value")).isEqualTo(2.5e-3);
        assertThat(second.map("start").number("Fe.d")).isEqualTo(11.5);
    }
}
