package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.ort.OrtDataSet;
import org.evofit.wrapper.ort.OrtFile;
import org.evofit.wrapper.ort.OrtReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fit of data read from an ORSO .ort file writes fit.ort: the original header and rows plus the model. */
class OrtResultTest {

    @TempDir
    Path dir;

    @Test
    void fittingOrtDataWritesTheModelBackAsOrtWithTheHeaderKept() throws IOException {
        Files.copy(Path.of(Cli.repo("wrapper/src/test/resources/ort/example.ort")), dir.resolve("example.ort"));
        Files.copy(Path.of(Cli.repo("wrapper/src/test/resources/ort/example-decay.yaml")), dir.resolve("model.yaml"));
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("fit", dir.resolve("model.yaml").toString(), "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        OrtFile original = OrtReader.read(dir.resolve("example.ort"));
        OrtFile written = OrtReader.read(out.resolve("fit.ort"));
        OrtDataSet before = original.dataSets().get(0);
        OrtDataSet after = written.dataSets().get(0);
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.header().get("data_source")).isEqualTo(before.header().get("data_source"));
        assertThat(after.header().has("analysis")).isTrue();
        assertThat(after.columns().get(after.columns().size() - 1).name()).isEqualTo("Rfit");
        assertThat(after.data().x()).containsExactly(before.data().x());
        // The model column holds, to full precision, the model fit.csv reports.
        List<String> csv = Files.readAllLines(out.resolve("fit.csv"));
        double[] rfit = after.values()[after.columns().size() - 1];
        for (int i = 0; i < rfit.length; i++) {
            String[] f = csv.get(i + 1).split(",");
            assertThat(rfit[i]).isEqualTo(Double.parseDouble(f[f.length - 2]));
        }
    }
}
