package org.evofit.wrapper.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.PolarisationQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model of polarised neutrons written in code ({@link LayerBuilder#sldm}, {@link LayerBuilder#thetaM},
 * {@link ReflectivityBuilder#polarisation}, {@link ReflectivityBuilder#channel}) is the model its model file gives:
 * the same parameters in the same order, the same part per data set and the same curve in every channel.
 */
class PolarisedBuilderTest {

    private static final Path EXAMPLE = Path.of("../examples/polarised");
    private static final List<String> FILES = List.of("pp.dat", "mm.dat", "pm.dat", "mp.dat");
    private static final List<String> CHANNELS = List.of("++", "--", "+-", "-+");

    @TempDir
    Path dir;

    /** examples/polarised/model.yaml, written in code (its layers given by {@code fe}). */
    private static ReflectivityBuilder example(UnaryOperator<LayerBuilder> fe) {
        ReflectivityBuilder b = Evofit.reflectivity().neutron(5).q()
                .resolution("fast conv + varying res. (dx/x)", 0.02).resolutionSampling(5, 2)
                .polarisation(PolarisationQuantity.AGUIDE, 270).polarisation(PolarisationQuantity.FIELD, 0)
                .polarisation(PolarisationQuantity.POLARISER, 0.99).polarisation(PolarisationQuantity.ANALYSER, 0.99)
                .polarisation(PolarisationQuantity.FLIPPER1, 0.995).polarisation(PolarisationQuantity.FLIPPER2, 0.995)
                .layer("air", l -> l.sld(0, 0))
                .layer("Fe", l -> fe.apply(l.sld(8.02, 0).d(38, 30, 46).sigma(4)))
                .layer("Cr", l -> l.sld(3.03, 0).d(12).sigma(4))
                .layer("Si", l -> l.sld(2.07, 0).sigma(3))
                .ambient("air").stack("periods", 5, "Cr", "Fe").substrate("Si");
        for (int k = 0; k < FILES.size(); k++) {
            b.data(EXAMPLE.resolve(FILES.get(k)), 0, 1).channel(FILES.get(k), CHANNELS.get(k));
        }
        return b;
    }

    @Test
    void theExampleWrittenInCodeIsTheModelItsFileGives() throws IOException {
        Model file = Evofit.load(EXAMPLE.resolve("model.yaml"));
        Model code = example(l -> l.sldm(3.5, 1, 6).thetaM(250, 200, 270)).build();
        assertThat(code.parameters()).containsExactlyElementsOf(file.parameters());
        JointReflectivityModel model = (JointReflectivityModel) code.definition().problem().model();
        JointReflectivityModel expected = (JointReflectivityModel) file.definition().problem().model();
        for (int k = 0; k < 4; k++) {
            assertThat(model.partOf(k).describe()).isEqualTo(expected.partOf(k).describe());
            assertThat(code.simulate().get(k).model()).as("channel %s", CHANNELS.get(k))
                    .containsExactly(file.simulate().get(k).model());
        }
        assertThat(model.units()).containsEntry("Fe.sldm", "1e-6/Å²").containsEntry("inst.H", "T");
        // The angle set in code is the one the spin-flip channel sees.
        Map<String, Double> along = Map.of("Fe.thetaM", 270.0);
        assertThat(code.simulate(along).get(2).model()).isNotEqualTo(code.simulate().get(2).model())
                .containsExactly(file.simulate(along).get(2).model());
        Path saved = dir.resolve("code.yaml");
        code.save(saved);
        assertThat(Evofit.load(saved).simulate().get(3).model()).containsExactly(code.simulate().get(3).model());
    }

    @Test
    void aMomentNeedsTheLayersDensityAndEveryDataSetItsChannel() {
        assertThatThrownBy(() -> example(l -> l.moment(2.2)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer Fe gives a moment, which needs the layer's density");
        assertThatThrownBy(() -> example(l -> l.sldm(3)).data(EXAMPLE.resolve("mp.dat"), 0, 1)
                .data("extra", new double[] {0.01, 0.02}, new double[] {1, 1}).build())
                .hasMessageContaining("data set extra names no spin channel")
                .hasMessageContaining("expected channel(\"extra\", one of ++, --, +-, -+, +, -, o+, o-)");
        assertThatThrownBy(() -> example(l -> l.sldm(3)).channel("nothing.dat", "+").build())
                .hasMessageContaining("channel(\"nothing.dat\", ...) names no data set");
        assertThatThrownBy(() -> Evofit.reflectivity().polarisation(PolarisationQuantity.ANALYSER, 1.2))
                .hasMessageContaining("inst.analyser");
        assertThatThrownBy(() -> example(l -> l).channel("pp.dat", "+x")).hasMessageContaining("+x");
        // A magnetic layer given only its angle has no strength: no spin flip.
        double[] flip = example(l -> l.thetaM(0)).build().simulate().get(2).model();
        double[] unflipped = example(l -> l.sldm(0).thetaM(0)).build().simulate().get(2).model();
        assertThat(flip).containsExactly(unflipped);
    }
}
