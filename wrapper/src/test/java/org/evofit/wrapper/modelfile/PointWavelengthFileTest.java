package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.model.ModelLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time-of-flight data files give each point its wavelength, from a column text file's
 * {@code columns: {lambda: N}} or an .ort file's {@code lambda} column: each point is then what the same
 * model file at that one wavelength gives for that point alone, and what cannot use it is refused at its
 * line.
 */
class PointWavelengthFileTest {

    @TempDir
    Path dir;

    private static final double[] Q = {0.012, 0.02, 0.03, 0.045, 0.06, 0.08, 0.1};
    private static final double[] LAMBDA = {12, 9, 7, 5.5, 4, 3.2, 2.6};

    private static String model(String wavelength, String data, String resolution) {
        return "kind: reflectivity\n"
                + "instrument: {probe: neutron, wavelength: " + wavelength + ", coords: q, I0: 1.1, Ibkg: 1e-7,\n"
                + "  footprint: {type: square beam, beamw: 0.4, samplelen: 12}" + resolution + "}\n"
                + """
                layers:
                  Si:   {material: Si, dens: 0.0499}
                  film: {material: Ni, dens: 0.0913, d: 120, sigma: 5}
                  air:  {sld: 0}
                sample: {ambient: air, stacks: [{name: s, layers: [film]}], substrate: Si}
                """ + data + "fom: log\n";
    }

    private double[] simulate(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        ModelDefinition m = ModelFileReader.read(file);
        return m.problem().simulate(m.problem().startValues())[0];
    }

    private double[] alone(int i) throws IOException {
        Files.writeString(dir.resolve("one.dat"), Q[i] + " 1\n" + Q[i] + " 1\n");
        return simulate("one.yaml", model(String.valueOf(LAMBDA[i]), "data: [{file: one.dat}]\n", ""));
    }

    @Test
    void aLambdaColumnMakesEachPointTheModelAtItsOwnWavelength() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < Q.length; i++) {
            rows.append(Q[i]).append(" 0.5 0.01 ").append(LAMBDA[i]).append('\n');
        }
        Files.writeString(dir.resolve("tof.dat"), rows);
        double[] tof = simulate("tof.yaml", model("5", "data: [{file: tof.dat, columns: {x: 0, y: 1, error: 2,"
                + " lambda: 3}}]\n", ""));
        for (int i = 0; i < Q.length; i++) {
            assertThat(tof[i]).as("point %d at %s Å", i, LAMBDA[i]).isCloseTo(alone(i)[0], within(tof[i] * 1e-12));
        }

        // Written back, the lambda column stays: as a column of the same file, and of an array data set's file.
        ModelDefinition read = ModelFileReader.read(dir.resolve("tof.yaml"));
        ModelFileWriter.write(read, dir.resolve("again.yaml"));
        assertThat(simulate("again.yaml", Files.readString(dir.resolve("again.yaml")))).containsExactly(tof);
        ModelDefinition arrays = new ModelDefinition(null, read.problem(), read.settings(), List.of(),
                new ModelLayout(read.layout().structure(), List.of(), List.of(DataOrigin.arrays())));
        ModelFileWriter.write(arrays, dir.resolve("arrays.yaml"));
        assertThat(simulate("arrays.yaml", Files.readString(dir.resolve("arrays.yaml")))).containsExactly(tof);

        // The same points in an .ort file whose fifth column is lambda.
        StringBuilder ort = new StringBuilder("# # ORSO reflectivity data file | 1.0 standard | YAML encoding"
                + " | https://www.reflectometry.org/\n# data_source: {owner: {name: T}}\n# columns:\n"
                + "# - {name: Qz, unit: 1/angstrom}\n# - {name: R}\n# - {error_of: R}\n# - {error_of: Qz}\n"
                + "# - {name: lambda, unit: nm}\n");
        for (int i = 0; i < Q.length; i++) {
            ort.append(Q[i]).append(" 0.5 0.01 0 ").append(LAMBDA[i] / 10).append('\n');
        }
        Files.writeString(dir.resolve("tof.ort"), ort);
        double[] fromOrt = simulate("ort.yaml", model("5", "data: [{file: tof.ort}]\n", ""));
        for (int i = 0; i < Q.length; i++) {
            assertThat(fromOrt[i]).isCloseTo(tof[i], within(tof[i] * 1e-12));
        }
    }

    @Test
    void aFastModeAndAWavelengthThatIsNoWavelengthAreRefusedAtTheirLines() throws IOException {
        Files.writeString(dir.resolve("tof.dat"), "0.02 0.5 0.01 4\n0.03 0.4 0.01 5\n0.04 0.3 0.01 6\n");
        Path fast = dir.resolve("fast.yaml");
        Files.writeString(fast, model("5", "data:\n  - {file: tof.dat, columns: {error: 2, lambda: 3}}\n",
                ",\n  resolution: {type: 'fast conv + varying res.', sigma: 0.001}"));
        assertThatThrownBy(() -> ModelFileReader.read(fast)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("fast.yaml:11:").hasMessageContaining("fast modes");

        Files.writeString(dir.resolve("bad.dat"), "0.02 0.5 0.01 4\n0.03 0.4 0.01 0\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, model("5", "data: [{file: bad.dat, columns: {error: 2, lambda: 3}}]\n", ""));
        assertThatThrownBy(() -> ModelFileReader.read(bad)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.dat:2:").hasMessageContaining("wavelength greater than 0");
    }
}
