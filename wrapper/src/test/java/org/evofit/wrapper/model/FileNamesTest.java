package org.evofit.wrapper.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    @TempDir
    Path tmp;

    @Test
    void asGivenKeepsAFileAsItWasGiven() {
        assertThat(FileNames.AS_GIVEN.of(Path.of("examples/peaks/model.yaml"))).isEqualTo("examples/peaks/model.yaml");
        assertThat(FileNames.AS_GIVEN.of(tmp.resolve("model.yaml"))).isEqualTo(tmp.resolve("model.yaml").toString());
    }

    @Test
    void aFileUnderTheBaseIsNamedRelativeToItWhateverWayItWasReached() {
        FileNames names = FileNames.relativeTo(tmp.resolve("input"));
        assertThat(names.of(tmp.resolve("input/data/example.ort"))).isEqualTo("data/example.ort");
        assertThat(names.of(tmp.resolve("input/models/../data/example.ort"))).isEqualTo("data/example.ort");
    }

    @Test
    void aFileElsewhereIsNamedByItsFileNameAloneSoTheBasesPlaceIsNotTold() {
        FileNames names = FileNames.relativeTo(tmp.resolve("input"));
        String name = names.of(tmp.resolve("other/secret/film.dat"));
        assertThat(name).isEqualTo("film.dat").doesNotContain(tmp.toString());
    }
}
