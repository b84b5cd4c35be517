package org.evofit.wrapper.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.SpinChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Model#save} writes a model of polarised neutrons as one: the magnetic layers' sldm or moment and
 * thetaM, each instrument's polarisation: and each data set's channel:, so that it loads back into the same
 * parameters and the same curve in every channel.
 */
class PolarisedModelSaveTest {

    @TempDir
    Path dir;

    /** Saves {@code original}, loads it back and checks both are the same model; the saved text. */
    private String roundTrip(Model original, String name) throws IOException {
        Path file = dir.resolve("saved").resolve(name);
        assertThat(original.save(file)).containsExactly(file);
        Model loaded = Evofit.load(file);
        assertThat(loaded.parameters()).as(name).containsExactlyElementsOf(original.parameters());
        JointReflectivityModel before = (JointReflectivityModel) original.definition().problem().model();
        JointReflectivityModel after = (JointReflectivityModel) loaded.definition().problem().model();
        assertThat(after.dataSetCount()).isEqualTo(before.dataSetCount());
        for (int k = 0; k < before.dataSetCount(); k++) {
            assertThat(after.partOf(k).describe()).isEqualTo(before.partOf(k).describe());
        }
        List<double[]> expected = original.simulate().stream().map(s -> s.model()).toList();
        List<double[]> actual = loaded.simulate().stream().map(s -> s.model()).toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            for (int i = 0; i < expected.get(k).length; i++) {
                assertThat(actual.get(k)[i]).as("%s, data set %s, point %s", name, k, i)
                        .isCloseTo(expected.get(k)[i], withinPercentage(1e-10));
            }
        }
        assertThat(loaded.definition().settings()).isEqualTo(original.definition().settings());
        return Files.readString(file);
    }

    @Test
    void theFourChannelExampleSavesAndLoadsAsTheSameModel() throws IOException {
        Model original = Evofit.load(Path.of("../examples/polarised/model.yaml"));
        String yaml = roundTrip(original, "polarised.yaml");
        assertThat(yaml).contains("    sldm: {value: 3.5, min: 1, max: 6}\n    thetaM: {value: 250, min: 200, max: 270}\n")
                .contains("    polarisation:\n      aguide: 270\n      H: 0\n      polariser: 0.99\n")
                .contains("    channel: \"++\"\n").contains("    channel: \"-+\"\n");
    }

    @Test
    void momentsFieldsFittedOpticsAndUnanalysedChannelsOfTwoInstrumentsRoundTrip() throws IOException {
        for (String data : List.of("pp.dat", "mm.dat")) {
            Files.copy(Path.of("../examples/polarised").resolve(data), dir.resolve(data));
        }
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, """
                kind: reflectivity
                instruments:
                  d17:
                    probe: neutron
                    coords: q
                    polarisation: {aguide: 265, H: 0.5, polariser: {value: 0.98, min: 0.9, max: 1}, flipper1: 0.97}
                  polref:
                    probe: neutron
                    wavelength: 6
                    coords: q
                    resolution: {type: fast conv, sigma: 0.001}
                    polarisation: {aguide: 90, analyser: {value: 0.95, min: 0.8, max: 1, fit: false}}
                layers:
                  air: {sld: 0}
                  Fe: {material: Fe, dens: {value: 0.0848, min: 0.08, max: 0.09}, d: 40, sigma: 4,
                       moment: {value: 2.2, min: 1.5, max: 2.5}, thetaM: {value: 30, min: 0, max: 90}}
                  Cr: {sld: 3.03, d: 12, sigma: 4, sldm: -0.5}
                  Si: {sld: 2.07, sigma: 3}
                sample: {ambient: air, stacks: [{name: p, layers: [Cr, Fe], repetitions: 3}], substrate: Si}
                data:
                  - {name: up, file: pp.dat, instrument: d17, channel: "+"}
                  - {name: down, file: mm.dat, instrument: d17, channel: "-"}
                  - {name: flip, file: pp.dat, instrument: polref, channel: "-+"}
                fom: log
                """);
        Model original = Evofit.load(file);
        JointReflectivityModel model = (JointReflectivityModel) original.definition().problem().model();
        assertThat(model.partOf(0).channel()).isEqualTo(SpinChannel.PLUS);
        String yaml = roundTrip(original, "moments.yaml");
        assertThat(yaml).contains("    moment: {value: 2.2, min: 1.5, max: 2.5}\n")
                .contains("    sld: 3.03\n    sldm: -0.5\n    thetaM: 270\n")
                .contains("      analyser: {value: 0.95, min: 0.8, max: 1, fit: false}\n")
                .contains("    channel: \"+\"\n");
    }
}
