package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laboratory X-ray instrument with the Cu Kα doublet (issue 16): {@code doublet: {wavelength, ratio}}
 * beside the instrument's wavelength. Reference: the same model file at each wavelength alone (its
 * materials' f looked up there), the two curves added as (R1 + ratio·R2)/(1 + ratio) here.
 */
class DoubletModelFileTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument:
              probe: %s
              wavelength: %s
              coords: tth
            %s
              I0: 2
              Ibkg: 1e-7
              resolution: {type: fast conv, sigma: 0.005, points: 5, range: 2}
              footprint: {type: gauss beam, beamw: 0.04, samplelen: 10}
            layers:
              Amb: {sld: 0}
              Film: {material: Fe, dens: 0.0849, d: 150, sigma: 4}
              Sub: {material: "Mg + O", density: 3.58, sigma: 3}
            sample: {ambient: Amb, stacks: [{name: film, layers: [Film], repetitions: 1}], substrate: Sub}
            data:
              - {name: scan, file: scan.dat, columns: {x: 0, y: 1}}
            fom: log
            """;

    @TempDir
    Path dir;

    @Test
    void theCurveIsBothWavelengthsCurvesAddedWithTheirRatio() throws IOException {
        double[] both = simulate(load("x-ray", "1.540562", "  doublet: {wavelength: 1.54439, ratio: 0.5}"));
        double[] kalpha1 = simulate(load("x-ray", "1.540562", ""));
        double[] kalpha2 = simulate(load("x-ray", "1.54439", ""));
        for (int i = 0; i < both.length; i++) {
            assertThat(both[i] / ((kalpha1[i] + 0.5 * kalpha2[i]) / 1.5) - 1).as("point " + i).isBetween(-1e-12, 1e-12);
        }
        assertThat(both).isNotEqualTo(kalpha1);
    }

    @Test
    void theWriterKeepsTheDoublet() throws IOException {
        ModelDefinition m = load("x-ray", "1.540562", "  doublet: {wavelength: 1.54439, ratio: 0.5}");
        String text = ModelFileWriter.text(m, dir.resolve("again.yaml"), ModelNotes.NONE);
        assertThat(text).contains("doublet: {wavelength: 1.54439, ratio: 0.5}");
        Files.writeString(dir.resolve("again.yaml"), text);
        assertThat(simulate(ModelFileReader.read(dir.resolve("again.yaml")))).containsExactly(simulate(m));
    }

    @Test
    void aDoubletForNeutronsOrWithoutItsRatioIsRefusedAtItsLine() {
        assertThatThrownBy(() -> load("neutron", "4.0", "  doublet: {wavelength: 4.1, ratio: 0.5}"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:6:")
                .hasMessageContaining("for X-ray sources");
        assertThatThrownBy(() -> load("x-ray", "1.540562", "  doublet: {wavelength: 1.54439}"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:6:")
                .hasMessageContaining("ratio");
    }

    private static double[] simulate(ModelDefinition m) {
        FitProblem p = m.problem();
        return p.simulate(p.startValues())[0];
    }

    private ModelDefinition load(String probe, String wavelength, String doublet) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double tth = 0.2 + 0.02 * i;
            rows.add(tth + " " + Math.exp(-tth));
        }
        Files.write(dir.resolve("scan.dat"), rows);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, MODEL.formatted(probe, wavelength, doublet));
        return ModelFileReader.read(file);
    }
}
