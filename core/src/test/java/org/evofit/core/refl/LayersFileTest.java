package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.input.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayersFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheOrsoTest0FileWithoutTrailingNewlineQuirks() {
        List<SldLayer> rows = LayersFile.parse(Orso.text("test0.layers"), "test0.layers");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEqualTo(new SldLayer(100, 3.45, 0.1, 3));
        assertThat(rows.get(3).roughness()).isEqualTo(5);
        // test6.layers has no newline at its end.
        assertThat(LayersFile.parse(Orso.text("test6.layers"), "test6.layers")).hasSize(3);
    }

    @Test
    void stackIgnoresWhatTheFormatDeclaresIgnored() {
        SlabStack s = SlabStack.fromLayers(LayersFile.parse(
                "# fronting with values that must be ignored\n7 2.07 9 4\n100\t3.45 0.1 3   # slab\n\n8 6 0.2 5\n",
                "x.layers"));
        assertThat(s.thickness()).containsExactly(0, 100, 0);
        assertThat(s.roughness()).containsExactly(0, 3, 5);
        assertThat(s.uIm()[0]).isZero();
        assertThat(s.uRe()[1]).isEqualTo(4e-6 * Math.PI * 3.45);
        assertThat(s.uIm()[1]).as("absorption is a negative imaginary potential").isEqualTo(-4e-6 * Math.PI * 0.1);
        assertThat(s.uIm()[2]).isEqualTo(-4e-6 * Math.PI * 0.2);
    }

    @Test
    void aMissingColumnNamesFileAndLine() {
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n10 2 0\n0 6 0 3\n", "s.layers"))
                .isInstanceOf(LayersFileException.class).isInstanceOf(InputFileException.class)
                .hasMessage("s.layers:2: expected 4 columns (thickness SLD iSLD roughness), found 3");
    }

    @Test
    void anExtraColumnIsAnError() {
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n0 6 0 3 1\n", "s.layers"))
                .hasMessage("s.layers:2: expected 4 columns (thickness SLD iSLD roughness), found 5");
    }

    @Test
    void aNonNumberNamesTheColumnAndWhatWasFound() {
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n10  abc 0 1\n0 6 0 3\n", "s.layers"))
                .hasMessage("s.layers:2:5: expected a number for the SLD, found 'abc'");
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n10 1 0 nan\n0 6 0 3\n", "s.layers"))
                .hasMessage("s.layers:2:8: expected a number for the roughness, found 'nan'");
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n1e999 1 0 1\n0 6 0 3\n", "s.layers"))
                .hasMessage("s.layers:2:1: expected a finite number for the thickness, found '1e999'");
    }

    @Test
    void negativeThicknessAndRoughnessAreErrors() {
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n-5 1 0 1\n0 6 0 3\n", "s.layers"))
                .hasMessage("s.layers:2:1: expected a thickness >= 0 Å, found -5.0");
        assertThatThrownBy(() -> LayersFile.parse("0 0 0 0\n5 1 0 1\n0 6 0 -3\n", "s.layers"))
                .hasMessage("s.layers:3:7: expected a roughness >= 0 Å, found -3.0");
        // Ignored values are not range-checked: a negative fronting roughness or backing thickness.
        assertThat(LayersFile.parse("0 0 0 -1\n5 1 0 1\n-9 6 0 3\n", "s.layers")).hasSize(3);
    }

    @Test
    void fewerThanTwoLayersIsAnError() {
        assertThatThrownBy(() -> LayersFile.parse("# only\n0 0 0 0\n", "s.layers"))
                .hasMessage("s.layers: expected at least two layers (fronting and backing medium), found 1");
    }

    @Test
    void readsFilesAndReportsMissingOnes() throws Exception {
        Path file = dir.resolve("t.layers");
        Files.writeString(file, Orso.text("test0.layers"));
        assertThat(LayersFile.readStack(file).layerCount()).isEqualTo(4);
        Path missing = dir.resolve("none.layers");
        assertThatThrownBy(() -> LayersFile.read(missing)).isInstanceOf(LayersFileException.class)
                .hasMessage(missing + ": file not found");
    }
}
