package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in reflectivity model files: located message, exit code 2, nothing written. */
class ReflectivityBadInputTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument: {probe: x-ray, wavelength: 1.54, coords: q}
            layers:
              Amb: {dens: 1, f_re: 0, f_im: 0}
              Film: {material: Fe, dens: 0.085, d: {value: 100, min: 50, max: 150}, sigma: 3}
              Sub: {material: "Si + 2*O", dens: 0.0227, sigma: 2}
            sample: {ambient: Amb, stacks: [{name: s, layers: [Film]}], substrate: Sub}
            data: [{file: data.dat, columns: {x: 0, y: 1}}]
            fom: log
            optimizer: {population: 8, generations: 3}
            """;

    @TempDir
    Path dir;

    private Cli.Run fit(String model) throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0.01 1\n0.02 0.5\n0.03 0.01\n0.04 0.001\n0.05 0.0005\n");
        Files.writeString(dir.resolve("model.yaml"), model);
        return Cli.run("fit", dir.resolve("model.yaml").toString(), "--out", dir.resolve("out").toString(), "--quiet");
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
