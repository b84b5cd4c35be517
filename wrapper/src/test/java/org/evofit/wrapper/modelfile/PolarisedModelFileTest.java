package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.SpinChannel;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file of polarised neutrons: each data set names its spin channel and is the part of a joint model
 * of the one sample and instrument in that channel; a layer's sldm, moment and thetaM and the instrument's
 * polarisation: are parameters like any other; every mistake in them is refused at its line.
 */
class PolarisedModelFileTest {

    @TempDir
    Path dir;

    private static final String MODEL = """
            kind: reflectivity
            instrument:
              probe: neutron
              coords: q
              polarisation: {aguide: 270, H: 0.2, polariser: {value: 0.98, min: 0.9, max: 1}}
            layers:
              air: {sld: 0}
              Fe:  {sld: 8, d: 40, sigma: 4, sldm: {value: 4, min: 1, max: 6}, thetaM: 240}
              Si:  {sld: 2.07, sigma: 3}
            sample: {ambient: air, stacks: [{name: s, layers: [Fe]}], substrate: Si}
            data:
              - {name: up, file: a.dat, channel: "++"}
              - {name: down, file: b.dat, channel: "--"}
              - {name: flip, file: a.dat, channel: "+-"}
            fom: log
            """;

    private Path write(String name, String model) throws IOException {
        return JointModelFileTest.write(dir, name, model);
    }

    @Test
    void eachChannelIsAPartOfOneSampleAndInstrumentSharingTheMagnetism() throws IOException {
        ModelDefinition m = ModelFileReader.read(write("model.yaml", MODEL));
        JointReflectivityModel model = (JointReflectivityModel) m.problem().model();
        assertThat(model.parts()).hasSize(3);
        assertThat(model.partOf(0).channel()).isEqualTo(SpinChannel.PLUS_PLUS);
        assertThat(model.partOf(2).channel()).isEqualTo(SpinChannel.PLUS_MINUS);
        assertThat(model.partOf(1).describe()).isEqualTo("sample 'sample' through instrument 'inst', channel --");
        assertThat(m.problem().freeNames()).containsExactly("Fe.sldm", "inst.polariser");
        assertThat(model.units()).containsEntry("Fe.sldm", "1e-6/Å²").containsEntry("Fe.thetaM", "deg")
                .containsEntry("inst.H", "T").containsEntry("inst.aguide", "deg");
        double[][] r = m.problem().simulate(m.problem().startValues());
        assertThat(r[0][3]).isNotEqualTo(r[1][3]);
        ModelDefinition stronger = m.withParameterValue("Fe.sldm", 5);
        double[][] changed = stronger.problem().simulate(stronger.problem().startValues());
        for (int k = 0; k < 3; k++) {
            assertThat(changed[k][3]).as("channel %s sees the shared sldm", k).isNotEqualTo(r[k][3]);
        }
    }

    private void refused(String model, int line, String... expected) throws IOException {
        Path file = write("bad.yaml", model);
        assertThatThrownBy(() -> ModelFileReader.read(file)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ":" + line + ":").hasMessageContainingAll(expected);
    }

    @Test
    void mistakesInTheMagneticKeysAreRefusedAtTheirLines() throws IOException {
        refused(MODEL.replace("channel: \"+-\"", "channel: \"+x\""), 14, "unknown spin channel '+x'",
                "expected one of ++, --, +-, -+, +, -, o+, o-");
        refused(MODEL.replace(", channel: \"--\"", ""), 13, "down names no channel in a model of polarised neutrons");
        refused(MODEL.replace("polariser: {value: 0.98, min: 0.9, max: 1}", "polariser: 1.5"), 5,
                "polariser efficiency inst.polariser is a probability", "from 0.0 to 1.0");
        refused(MODEL.replace("thetaM: 240", "thetaM: 240, moment: 2"), 8, "layer Fe gives both sldm and moment");
        refused(MODEL.replace("sldm: {value: 4, min: 1, max: 6}", "moment: 2"), 8, "layer Fe gives a moment",
                "needs the layer's density");
        refused(MODEL.replace("H: 0.2,", "H: 0.2, field: 1,"), 5, "field");
        refused(MODEL.replace("probe: neutron", "probe: x-ray"), 3, "spin channels and magnetism are for neutrons");
    }

    @Test
    void aMomentOfAMaterialLayerIsItsMagneticSldAtItsDensity() throws IOException {
        String byMoment = MODEL.replace("Fe:  {sld: 8, d: 40, sigma: 4, sldm: {value: 4, min: 1, max: 6}",
                "Fe:  {material: Fe, dens: 0.0848, d: 40, sigma: 4, moment: 2.2");
        String bySld = MODEL.replace("Fe:  {sld: 8, d: 40, sigma: 4, sldm: {value: 4, min: 1, max: 6}",
                "Fe:  {material: Fe, dens: 0.0848, d: 40, sigma: 4, sldm: " + (2.2 * 0.0848 * 26.991));
        ModelDefinition a = ModelFileReader.read(write("moment.yaml", byMoment));
        ModelDefinition b = ModelFileReader.read(write("sld.yaml", bySld));
        double[][] ra = a.problem().simulate(a.problem().startValues());
        double[][] rb = b.problem().simulate(b.problem().startValues());
        for (int k = 0; k < 3; k++) {
            assertThat(ra[k]).containsExactly(rb[k], org.assertj.core.api.Assertions.within(1e-14));
        }
        assertThat(((JointReflectivityModel) a.problem().model()).units()).containsEntry("Fe.moment", "μB");
    }
}
