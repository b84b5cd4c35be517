package org.evofit.wrapper.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evofit.core.refl.sample.Doublet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectivityBuilderTest {

    private static final double[] X = {0.4, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 3.2};
    private static final double[] Y = {1, 0.5, 0.1, 0.05, 0.01, 0.005, 0.002, 0.001};

    private static final String MODEL_FILE = """
            kind: reflectivity
            instrument:
              probe: x-ray
              wavelength: 1.54
              coords: tth
              I0: {value: 1, min: 0.5, max: 2}
              resolution: {type: fast conv, sigma: 0.005}
            layers:
              Amb:  {sld: 0, isld: 0}
              Film: {material: Fe, dens: 0.0849, d: {value: 100, min: 50, max: 150}, sigma: {value: 3, min: 0, max: 8}}
              Sub:  {material: "Si + 2*O", dens: 0.0266, sigma: 2}
            sample:
              ambient: Amb
              stacks:
                - {name: film, layers: [Film], repetitions: 1}
              substrate: Sub
            data:
              - name: xrr
                file: xrr.dat
                columns: {x: 0, y: 1}
            fom: log
            """;

    private static ReflectivityBuilder film() {
        return Evofit.reflectivity().xray(1.54).twoTheta()
                .i0(1, 0.5, 2)
                .resolution("fast conv", 0.005)
                .layer("Amb", l -> l.sld(0, 0))
                .layer("Film", l -> l.material("Fe").dens(0.0849).d(100, 50, 150).sigma(3, 0, 8))
                .layer("Sub", l -> l.material("Si + 2*O").dens(0.0266).sigma(2))
                .ambient("Amb").stack("film", 1, "Film").substrate("Sub")
                .data("xrr", X, Y);
    }

    @Test
    void buildsTheSameProblemAsTheModelFile(@TempDir Path dir) throws IOException {
        StringBuilder dat = new StringBuilder();
        for (int i = 0; i < X.length; i++) {
            dat.append(X[i]).append(' ').append(Y[i]).append('\n');
        }
        Files.writeString(dir.resolve("xrr.dat"), dat);
        Files.writeString(dir.resolve("model.yaml"), MODEL_FILE);

        Model fromFile = Evofit.load(dir.resolve("model.yaml"));
        Model inCode = film().build();

        assertThat(inCode.parameters()).containsExactlyElementsOf(fromFile.parameters());
        assertThat(inCode.simulate().get(0).model()).containsExactly(fromFile.simulate().get(0).model());
        assertThat(inCode.definition().problem().figureOfMerit().name()).isEqualTo("log");
        assertThat(inCode.definition().problem().freeNames()).containsExactly("Film.d", "Film.sigma", "inst.I0");
    }

    @Test
    void aMassDensityAndADoubletBuildTheSameProblemAsTheModelFile(@TempDir Path dir) throws IOException {
        StringBuilder dat = new StringBuilder();
        for (int i = 0; i < X.length; i++) {
            dat.append(X[i]).append(' ').append(Y[i]).append('\n');
        }
        Files.writeString(dir.resolve("xrr.dat"), dat);
        Files.writeString(dir.resolve("model.yaml"), MODEL_FILE
                .replace("  coords: tth\n", "  coords: tth\n  doublet: {wavelength: 1.5444, ratio: 0.5}\n")
                .replace("Film: {material: Fe, dens: 0.0849,", "Film: {material: Fe, density: {value: 7.8, min: 7, max: 8},"));
        Model fromFile = Evofit.load(dir.resolve("model.yaml"));
        Model inCode = film().doublet(new Doublet(1.5444, 0.5))
                .layer("Film", l -> l.material("Fe").density(7.8, 7, 8).d(100, 50, 150).sigma(3, 0, 8)).build();

        assertThat(inCode.parameters()).containsExactlyElementsOf(fromFile.parameters());
        assertThat(inCode.simulate().get(0).model()).containsExactly(fromFile.simulate().get(0).model());
        assertThat(inCode.simulate().get(0).model()).isNotEqualTo(film().build().simulate().get(0).model());
        assertThatThrownBy(() -> film().layer("Film", l -> l.material("Fe").density(0.0849)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write dens: 0.0849");
    }

    @Test
    void simulatesWithFreeParametersSetAndRejectsOthers() {
        Model model = film().build();
        double[] start = model.simulate().get(0).model();
        double[] thicker = model.simulate(Map.of("Film.d", 120.0)).get(0).model();
        double[] doubled = model.simulate(Map.of("inst.I0", 2.0)).get(0).model();

        assertThat(thicker).isNotEqualTo(start);
        for (int i = 0; i < start.length; i++) {
            // No background, so the intensity scales the whole curve.
            assertThat(doubled[i]).isCloseTo(2 * start[i], org.assertj.core.data.Offset.offset(1e-12 * start[i]));
        }
        assertThatThrownBy(() -> model.simulate(Map.of("Sub.sigma", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sub.sigma");
    }

    @Test
    void laterDataAndLayersReplaceEarlierOnes() {
        ReflectivityBuilder b = film();
        double[] y2 = Y.clone();
        y2[0] = 0.9;
        Model model = b.data("xrr", X, y2).layer("Film", l -> l.material("Fe").dens(0.0849).d(80)).build();

        assertThat(model.definition().problem().dataSets()).hasSize(1);
        assertThat(model.simulate().get(0).y()[0]).isEqualTo(0.9);
        assertThat(model.definition().problem().freeNames()).containsExactly("inst.I0");
    }

    @Test
    void settingsReachTheOptimizer() {
        Model model = film().generations(12).population(9).seed(5).threads(2).fom("R1").build()
                .withSeed(6).withFom("log");

        assertThat(model.definition().settings().de().generations()).isEqualTo(12);
        assertThat(model.definition().settings().de().population()).isEqualTo(9);
        assertThat(model.definition().settings().de().seed()).isEqualTo(6);
        assertThat(model.definition().settings().execution().threads()).isEqualTo(2);
        assertThat(model.definition().problem().figureOfMerit().name()).isEqualTo("log");
    }

    @Test
    void rejectsAMaterialOnAnSldLayerAndAMissingSubstrate() {
        assertThatThrownBy(() -> film().layer("Amb", l -> l.sld(0, 0).material("Fe")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Amb");
        assertThatThrownBy(() -> Evofit.reflectivity().layer("A", l -> l.sld(0, 0)).ambient("A").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("substrate");
    }

    @Test
    void refusesANegativeThicknessRoughnessOrRepetitionsAsAModelFileDoes() {
        assertThatThrownBy(() -> film().layer("Film", l -> l.material("Fe").dens(0.0849).d(-150)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Film.d (thickness, layer Film) cannot be negative, but its value is -150.0");
        assertThatThrownBy(() -> film().layer("Film", l -> l.material("Fe").dens(0.0849).sigma(3, -1, 8)).build())
                .hasMessageStartingWith("Film.sigma (roughness of the layer's top interface, layer Film) cannot be"
                        + " negative, but its min is -1.0");
        assertThatThrownBy(() -> film().stack("more", -3, "Film"))
                .hasMessageStartingWith("more.repetitions (number of repetitions, stack more) cannot be negative");
    }

    @Test
    void aNewStartValueBelowTheMinimumIsRefusedToo() {
        Model model = film().layer("Film", l -> l.material("Fe").dens(0.0849).d(100)).build();

        assertThatThrownBy(() -> model.withValues(Map.of("Film.d", -1.0)))
                .hasMessageStartingWith("Film.d (thickness, layer Film) cannot be negative, but its value is -1.0");
        assertThat(model.withValues(Map.of("Film.d", 0.0)).parameters())
                .contains(org.evofit.core.param.Parameter.fixed("Film.d", 0));
    }
}
