package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in reflectivity model files: located message, exit code 2, nothing written. */
class ReflectivityBadInputTest {

    private static final String MODEL = SmallReflectivityFit.MODEL;

    @TempDir
    Path dir;

    private Cli.Run fit(String model) throws IOException {
        return SmallReflectivityFit.fit(dir, model);
    }

    @Test
    void theGoodModelFits() throws IOException {
        assertThat(fit(MODEL).exitCode()).isZero();
    }

    @Test
    void anUnknownElementIsReportedAtItsMaterial() throws IOException {
        Cli.Run run = fit(MODEL.replace("material: Fe,", "material: Fz,"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("model.yaml:5:").contains("unknown element 'Fz'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aWavelengthOutsideTheScatteringFactorTablesIsBadInput() throws IOException {
        Cli.Run run = fit(MODEL.replace("wavelength: 1.54", "wavelength: 5000"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("model.yaml:").contains("5000");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aStackNamingAnUnknownLayerIsBadInput() throws IOException {
        Cli.Run run = fit(MODEL.replace("layers: [Film]", "layers: [Flim]"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("model.yaml:").contains("Flim");
    }
}
