package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.SpinChannel;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ORSO file of several data sets whose headers state their polarisation loads each as its own data set
 * of the channel it states, the same as data entries naming each data set and channel by hand.
 */
class OrtChannelsTest {

    @TempDir
    Path dir;

    private static final String MODEL = """
            kind: reflectivity
            instrument: {probe: neutron, coords: q}
            layers:
              air: {sld: 0}
              Fe:  {sld: 8, d: 40, sigma: 4, sldm: 4, thetaM: 240}
              Si:  {sld: 2.07, sigma: 3}
            sample: {ambient: air, stacks: [{name: s, layers: [Fe]}], substrate: Si}
            data:
            """;

    /** An .ort file of one data set per polarisation, each of the same 20 points. */
    private Path ort(String... polarisations) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            rows.append(0.01 * i).append(" 1.0 0.1\n");
        }
        StringBuilder text = new StringBuilder("""
                # # ORSO reflectivity data file | 1.0 standard | YAML encoding | https://www.reflectometry.org/
                # data_source:
                #   owner: {name: Test Person, affiliation: evofit tests}
                #   experiment: {title: PNR, instrument: test, start_date: 2026-12-05, probe: neutron}
                #   sample: {name: FeCr}
                #   measurement:
                #     instrument_settings:
                #       incident_angle: {magnitude: 0.7, unit: deg}
                #       wavelength: {magnitude: 5.0, unit: angstrom}
                #       polarization: %s
                #     data_files: []
                # reduction:
                #   software: {name: by hand}
                # data_set: %s
                # columns:
                # - {name: Qz, unit: 1/angstrom, physical_quantity: normal_wavevector_transfer}
                # - {name: R, physical_quantity: reflectivity}
                # - {error_of: R, error_type: uncertainty, value_is: sigma}
                # # Qz (1/angstrom)   R   sR
                """.formatted(polarisations[0], polarisations[0])).append(rows);
        for (int k = 1; k < polarisations.length; k++) {
            text.append("\n# data_set: ").append(polarisations[k]).append("""

                    # data_source:
                    #   measurement:
                    #     instrument_settings:
                    #       polarization: %s
                    """.formatted(polarisations[k])).append(rows);
        }
        return Files.writeString(dir.resolve("pnr.ort"), text);
    }

    private ModelDefinition read(String data) throws IOException {
        return ModelFileReader.read(JointModelFileTest.write(dir, "model.yaml", MODEL + data));
    }

    @Test
    void eachPolarisedDataSetIsItsChannel() throws IOException {
        ort("pp", "mm", "pm", "mp");
        ModelDefinition fromOrt = read("  - {name: pnr, file: pnr.ort}\n");
        JointReflectivityModel model = (JointReflectivityModel) fromOrt.problem().model();
        assertThat(fromOrt.problem().dataSets().stream().map(d -> d.name()).toList())
                .containsExactly("pnr ++", "pnr --", "pnr +-", "pnr -+");
        assertThat(List.of(0, 1, 2, 3).stream().map(k -> model.partOf(k).channel()).toList()).containsExactly(
                SpinChannel.PLUS_PLUS, SpinChannel.MINUS_MINUS, SpinChannel.PLUS_MINUS, SpinChannel.MINUS_PLUS);
        ModelDefinition byHand = read("""
                  - {file: pnr.ort, dataSet: pp, channel: "++"}
                  - {file: pnr.ort, dataSet: mm, channel: "--"}
                  - {file: pnr.ort, dataSet: pm, channel: "+-"}
                  - {file: pnr.ort, dataSet: mp, channel: "-+"}
                """);
        double[][] a = fromOrt.problem().simulate(fromOrt.problem().startValues());
        double[][] b = byHand.problem().simulate(byHand.problem().startValues());
        for (int k = 0; k < 4; k++) {
            assertThat(a[k]).containsExactly(b[k]);
        }
        assertThat(a[0]).isNotEqualTo(a[1]);
    }

    @Test
    void unanalysedDataSetsAreThePlusAndMinusChannels() throws IOException {
        ort("po", "mo");
        ModelDefinition m = read("  - {file: pnr.ort}\n");
        JointReflectivityModel model = (JointReflectivityModel) m.problem().model();
        assertThat(model.partOf(0).channel()).isEqualTo(SpinChannel.PLUS);
        assertThat(model.partOf(1).channel()).isEqualTo(SpinChannel.MINUS);
        assertThat(m.problem().dataSets().get(1).name()).isEqualTo("pnr.ort -");
    }

    @Test
    void analyserOnlyDataSetsAreTheUnpolarisedIncidentChannels() throws IOException {
        ort("op", "om");
        ModelDefinition fromOrt = read("  - {name: pnr, file: pnr.ort}\n");
        JointReflectivityModel model = (JointReflectivityModel) fromOrt.problem().model();
        assertThat(fromOrt.problem().dataSets().stream().map(d -> d.name()).toList())
                .containsExactly("pnr o+", "pnr o-");
        assertThat(model.partOf(0).channel()).isEqualTo(SpinChannel.UNPOLARISED_PLUS);
        assertThat(model.partOf(1).channel()).isEqualTo(SpinChannel.UNPOLARISED_MINUS);
        ModelDefinition byHand = read("""
                  - {file: pnr.ort, dataSet: op, channel: o+}
                  - {file: pnr.ort, dataSet: om, channel: o-}
                """);
        double[][] a = fromOrt.problem().simulate(fromOrt.problem().startValues());
        double[][] b = byHand.problem().simulate(byHand.problem().startValues());
        assertThat(a[0]).containsExactly(b[0]);
        assertThat(a[1]).containsExactly(b[1]);
        assertThat(a[0]).isNotEqualTo(a[1]);
    }

    @Test
    void aPolarisationThatIsNoChannelIsRefusedAtTheEntry() throws IOException {
        Path file = ort("pp", "pz");
        Path model = JointModelFileTest.write(dir, "bad.yaml", MODEL + "  - {name: pnr, file: pnr.ort}\n");
        assertThatThrownBy(() -> ModelFileReader.read(model)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(model + ":9:").hasMessageContainingAll(file.toString(),
                        "data set 'pz' has polarization 'pz'", "expected one of pp, mm, pm, mp, po, mo, op, om");
    }
}
