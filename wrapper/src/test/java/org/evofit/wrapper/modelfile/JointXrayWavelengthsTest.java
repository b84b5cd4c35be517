package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * X-ray instruments of different wavelengths over the same material layers (Cu Kα and Mo Kα data of one
 * film): each data set is what the model file of that one instrument gives, the material layers' f taken
 * from the tables at its wavelength, and the layers' parameters (density, thickness, f) are one set.
 */
class JointXrayWavelengthsTest {

    @TempDir
    Path dir;

    private static final String LAYERS = """
            layers:
              amb:  {sld: 0}
              film: {material: Ni, dens: {value: 0.0913, min: 0.05, max: 0.1}, d: 150, sigma: 4}
              Si:   {material: Si, dens: 0.0499, sigma: 3}
            """;
    private static final String SAMPLE = "sample: {ambient: amb, stacks: [{name: s, layers: [film]}], substrate: Si}\n";

    private static String instrument(double wavelength) {
        return "{probe: x-ray, wavelength: " + wavelength + ", coords: q, I0: 1, Ibkg: 1e-8,"
                + " footprint: {type: gauss beam, beamw: 0.1, samplelen: 10}}";
    }

    private ModelDefinition read(String name, String text) throws IOException {
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            grid.append(0.01 * i).append(" 1\n");
        }
        Files.writeString(dir.resolve("q.dat"), grid);
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return ModelFileReader.read(file);
    }

    private double[] alone(double wavelength) throws IOException {
        ModelDefinition m = read("alone.yaml", "kind: reflectivity\ninstrument: " + instrument(wavelength) + "\n"
                + LAYERS + SAMPLE + "data: [{file: q.dat}]\n");
        return m.problem().simulate(m.problem().startValues())[0];
    }

    @Test
    void eachInstrumentSeesTheMaterialsAtItsOwnWavelength() throws IOException {
        ModelDefinition joint = read("joint.yaml", "kind: reflectivity\ninstruments:\n  cu: " + instrument(1.5406)
                + "\n  mo: " + instrument(0.7093) + "\n" + LAYERS + SAMPLE
                + "data:\n  - {name: Cu, file: q.dat, instrument: cu}\n  - {name: Mo, file: q.dat, instrument: mo}\n");
        double[][] curves = joint.problem().simulate(joint.problem().startValues());

        // The first X-ray instrument's wavelength is where the layers' f are looked up: its curve is exact.
        assertThat(curves[0]).containsExactly(alone(1.5406));
        double[] mo = alone(0.7093);
        for (int i = 0; i < mo.length; i++) {
            assertThat(curves[1][i]).as("Mo point %d", i).isCloseTo(mo[i], within(mo[i] * 1e-12));
        }
        assertThat(curves[1]).isNotEqualTo(curves[0]);
        assertThat(joint.problem().parameters()).extracting(Parameter::name)
                .containsOnlyOnce("film.dens", "film.f_re", "cu.wavelength", "mo.wavelength");

        // Written back and read again, the same curves: the writer keeps Cu (where f is given) first.
        ModelFileWriter.write(joint, dir.resolve("saved.yaml"));
        String text = Files.readString(dir.resolve("saved.yaml"));
        assertThat(text.indexOf("  cu:")).isLessThan(text.indexOf("  mo:"));
        ModelDefinition again = ModelFileReader.read(dir.resolve("saved.yaml"));
        double[][] reread = again.problem().simulate(again.problem().startValues());
        assertThat(reread[0]).containsExactly(curves[0]);
        assertThat(reread[1]).containsExactly(curves[1]);
        assertThat(List.of(again.problem().freeNames())).isEqualTo(List.of(joint.problem().freeNames()));
    }
}
