package org.evofit.wrapper.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelFileExceptionTest {

    @Test
    void messageLeadsWithFileLineAndColumn() {
        ModelFileException e = new ModelFileException(new Location("m.yaml", 3, 5), "expected x");
        assertThat(e).hasMessage("m.yaml:3:5: expected x");
        assertThat(e.file()).isEqualTo("m.yaml");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.detail()).isEqualTo("expected x");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholeFileAndUnknownColumnAreLeftOut() {
        assertThat(ModelFileException.ofFile("m.yaml", "file not found"))
                .hasMessage("m.yaml: file not found");
        assertThat(new ModelFileException("m.yaml", 4, 0, "x")).hasMessage("m.yaml:4: x");
    }

    @Test
    void locationPrintsAsFileLineColumn() {
        assertThat(new Location("m.yaml", 3, 5)).hasToString("m.yaml:3:5");
    }
}
