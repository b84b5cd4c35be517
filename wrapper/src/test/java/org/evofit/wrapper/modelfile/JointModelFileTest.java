package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file of several samples and instruments: each data set is what its own sample and
 * instrument give alone (the model file of that sample by itself is the reference), a layer or a
 * coupling shared across samples is one parameter, and every mistake in the new keys is refused at
 * its line, saying what was expected.
 */
class JointModelFileTest {

    @TempDir
    Path dir;

    private static final String LAYERS = """
            layers:
              Si:   {sld: 2.07}
              film: {sld: {value: 1.5, min: 0, max: 4}, d: {value: 60, min: 30, max: 100}, sigma: 4}
              D2O:  {sld: {value: 6.0, min: 5, max: 6.5}, sigma: {value: 4, min: 1, max: 10}}
              H2O:  {sld: -0.56, sigma: 4}
            """;
    private static final String INSTRUMENT = "instrument: {probe: neutron, wavelength: 5, coords: q, I0: 1, Ibkg: 0}\n";
    private static final String JOINT = "kind: reflectivity\n" + INSTRUMENT + LAYERS + """
            samples:
              d2o: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: D2O}
              h2o: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: H2O}
            couplings:
              - "H2O.sigma = D2O.sigma"
            data:
              - {name: in D2O, file: a.dat, sample: d2o}
              - {name: in H2O, file: b.dat, sample: h2o}
            fom: log
            """;

    private Path write(String name, String model) throws IOException {
        return write(dir, name, model);
    }

    /** Writes {@code model} as {@code name} in {@code dir} beside a.dat and b.dat, 20 points each. */
    static Path write(Path dir, String name, String model) throws IOException {
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            grid.append(0.01 * i).append(" 1\n");
        }
        Files.writeString(dir.resolve("a.dat"), grid);
        Files.writeString(dir.resolve("b.dat"), grid);
        Path file = dir.resolve(name);
        Files.writeString(file, model);
        return file;
    }

    private double[] alone(String substrate, String sigma) throws IOException {
        String single = "kind: reflectivity\n" + INSTRUMENT + LAYERS.replace("H2O:  {sld: -0.56, sigma: 4}",
                "H2O:  {sld: -0.56, sigma: " + sigma + "}") + "sample: {ambient: Si, stacks: [{name: s, layers: [film]}],"
                + " substrate: " + substrate + "}\ndata: [{file: a.dat}]\nfom: log\n";
        ModelDefinition m = ModelFileReader.read(write("alone.yaml", single));
        return m.problem().simulate(m.problem().startValues())[0];
    }

    @Test
    void eachDataSetIsItsOwnSampleAloneAndTheFilmAndTheCouplingAreShared() throws IOException {
        ModelDefinition joint = ModelFileReader.read(write("joint.yaml", JOINT));

        assertThat(joint.problem().model()).isInstanceOf(JointReflectivityModel.class);
        JointReflectivityModel model = (JointReflectivityModel) joint.problem().model();
        assertThat(model.partOf(1).sample()).isEqualTo("h2o");
        assertThat(model.partOf(1).instrument()).isEqualTo("inst");
        assertThat(joint.problem().freeNames()).containsExactly("film.d", "film.sld", "D2O.sigma", "D2O.sld");
        double[][] curves = joint.problem().simulate(joint.problem().startValues());
        // The coupling sets H2O.sigma from D2O.sigma (4), as the lone model file writes it.
        assertThat(curves[0]).containsExactly(alone("D2O", "4"));
        assertThat(curves[1]).containsExactly(alone("H2O", "4"));

        ModelDefinition rougher = joint.withParameterValue("D2O.sigma", 7);
        double[][] changed = rougher.problem().simulate(rougher.problem().startValues());
        assertThat(changed[1]).as("the coupling reaches the other sample").containsExactly(alone("H2O", "7"));
        ModelDefinition thicker = joint.withParameterValue("film.d", 80);
        double[][] both = thicker.problem().simulate(thicker.problem().startValues());
        assertThat(both[0]).isNotEqualTo(curves[0]);
        assertThat(both[1]).isNotEqualTo(curves[1]);
    }

    @Test
    void instrumentsNameTheirParametersAndEachDataSetIsReadForItsOwn() throws IOException {
        String model = "kind: reflectivity\n" + LAYERS + """
                instruments:
                  neutron: {probe: neutron, wavelength: 5, coords: q, I0: {value: 1, min: 0.5, max: 2}}
                  xray: {probe: x-ray, wavelength: 1.54, coords: tth}
                sample: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: D2O}
                data:
                  - {file: a.dat, instrument: neutron}
                  - {file: b.dat, instrument: xray}
                """;
        ModelDefinition joint = ModelFileReader.read(write("joint.yaml", model));
        assertThat(joint.problem().freeNames()).contains("neutron.I0").doesNotContain("inst.I0");
        assertThat(joint.problem().slotOf("xray.wavelength")).isNotNegative();
        assertThat(((JointReflectivityModel) joint.problem().model()).partOf(1).sample()).isEqualTo("sample");
    }

    private void refused(String model, int line, String... expected) throws IOException {
        Path file = write("bad.yaml", model);
        assertThatThrownBy(() -> ModelFileReader.read(file)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ":" + line + ":").hasMessageContainingAll(expected);
    }

    @Test
    void mistakesInTheNewKeysAreRefusedAtTheirLines() throws IOException {
        refused(JOINT.replace("sample: h2o}", "sample: hdo}"), 15, "in H2O names an unknown sample 'hdo'",
                "expected one of d2o, h2o");
        refused(JOINT.replace(", sample: h2o}", "}"), 15, "in H2O names no sample; expected sample: one of d2o, h2o");
        refused(JOINT.replace("sample: h2o}", "sample: d2o}"), 10, "no data set names sample 'h2o'");
        refused(JOINT.replace("sample: h2o}", "sample: h2o, instrument: x}"), 15,
                "names an unknown instrument 'x'; expected one of inst");
        refused(JOINT.replace("[{name: s, layers: [film]}], substrate: H2O", "[{name: s, layers: [film, film]}],"
                + " substrate: H2O"), 10, "stack 's' of sample 'h2o' differs");
        refused(JOINT.replace("samples:", "sample: {ambient: Si, substrate: D2O}\nsamples:"), 8,
                "expected either sample: or samples:, not both");
        refused(JOINT.replace("  d2o: {", "  Si: {"), 9, "sample 'Si' has the name of a layer");
        String single = "kind: reflectivity\n" + INSTRUMENT + LAYERS
                + "sample: {ambient: Si, substrate: D2O}\ndata: [{file: a.dat, sample: d2o}]\n";
        refused(single, 9, "names its sample only in a model of several samples or instruments");
    }
}
