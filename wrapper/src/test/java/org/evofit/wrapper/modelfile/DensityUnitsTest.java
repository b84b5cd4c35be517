package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A material layer's density in formula units per Å³ ({@code dens}) or in g/cm³ ({@code density}),
 * and isotopes in its composition (issue 16). References: the NIST atomic weights (Fe 55.8452 g/mol,
 * 58Ni 57.935347915 g/mol) and Avogadro's number, by hand; the Neutron News scattering lengths.
 */
class DensityUnitsTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument:
              probe: %s
              wavelength: 1.54
              coords: q
            layers:
              Amb: {sld: 0}
              Film: {material: %s, %s, d: 120, sigma: 4}
              Sub: {sld: 2.07, sigma: 3}
            sample: {ambient: Amb, stacks: [{name: film, layers: [Film], repetitions: 1}], substrate: Sub}
            data:
              - {name: scan, file: scan.dat, columns: {x: 0, y: 1}}
            fom: log
            """;

    @TempDir
    Path dir;

    @Test
    void aMassDensityInGramsPerCubicCentimetreIsConvertedWithTheAtomicWeights() throws IOException {
        // 7.874 g/cm³ of Fe: 7.874 * 0.602214076 / 55.8452 (Fe in NIST 2001's table) formula units per Å³
        double expected = 7.874 * 0.602214076 / 55.8452;
        FitProblem grams = load("x-ray", "Fe", "density: {value: 7.874, min: 7, max: 8}").problem();
        Parameter dens = parameter(grams, "Film.dens");
        assertThat(dens.value()).isCloseTo(expected, within(1e-12));
        assertThat(dens.min()).isCloseTo(7 * 0.602214076 / 55.8452, within(1e-12));
        assertThat(dens.max()).isCloseTo(8 * 0.602214076 / 55.8452, within(1e-12));
        assertThat(dens.fit()).isTrue();

        FitProblem units = load("x-ray", "Fe", "dens: " + expected).problem();
        double[] a = grams.simulate(grams.startValues())[0];
        double[] b = units.simulate(units.startValues())[0];
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i] / b[i] - 1).as("point " + i).isBetween(-1e-12, 1e-12);
        }
    }

    @Test
    void anIsotopeWeighsItsOwnMassAndScattersWithItsOwnLength() throws IOException {
        // 58Ni at 8.9 g/cm³: 8.9 * 0.602214076 / 57.935347915 formula units per Å³, b = 14.4 fm (natural Ni 10.3)
        FitProblem ni58 = load("neutron", "58Ni", "density: 8.9").problem();
        double dens = 8.9 * 0.602214076 / 57.935347915;
        assertThat(parameter(ni58, "Film.dens").value()).isCloseTo(dens, within(1e-12));
        assertThat(parameter(ni58, "Film.b_re").value()).isEqualTo(14.4);
        FitProblem natural = load("neutron", "Ni", "density: 8.9").problem();
        assertThat(parameter(natural, "Film.b_re").value()).isEqualTo(10.3);
        assertThat(ni58.simulate(ni58.startValues())[0]).isNotEqualTo(natural.simulate(natural.startValues())[0]);
        assertThat(parameter(load("neutron", "10B4C", "density: 2.4").problem(), "Film.b_im").value())
                .isCloseTo(4 * -1.066, within(1e-12));
    }

    @Test
    void densInFormulaUnitsThatOnlyAMassDensityCouldBeIsRefusedSuggestingDensity() throws IOException {
        assertThatThrownBy(() -> load("x-ray", "SiO2", "dens: 2.2"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:8:")
                .hasMessageContaining("dens is in formula units per Å³")
                .hasMessageContaining("write density: 2.2");
    }

    @Test
    void aMassDensityThatOnlyFormulaUnitsCouldBeIsRefusedSuggestingDens() throws IOException {
        assertThatThrownBy(() -> load("x-ray", "Fe", "density: 0.0849"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:8:")
                .hasMessageContaining("density is a mass density in g/cm³")
                .hasMessageContaining("write dens: 0.0849");
        assertThatThrownBy(() -> load("x-ray", "Fe", "density: 78.7"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("denser than any material");
        // a gas is light in g/cm³ and stays light read as formula units: accepted
        assertThat(parameter(load("x-ray", "N2", "density: 0.00125").problem(), "Film.dens").value())
                .isCloseTo(0.00125 * 0.602214076 / (2 * 14.0067), within(1e-9));
    }

    @Test
    void densityNeedsAMaterialAndExcludesDens() throws IOException {
        assertThatThrownBy(() -> load("x-ray", "Fe", "dens: 0.08, density: 7.8"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:8:")
                .hasMessageContaining("gives both dens and density");
        Files.writeString(dir.resolve("model.yaml"), MODEL.formatted("x-ray", "Fe", "density: 7.8")
                .replace("material: Fe, ", "f_re: 24, "));
        writeData();
        assertThatThrownBy(() -> ModelFileReader.read(dir.resolve("model.yaml")))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:8:")
                .hasMessageContaining("needs the material:");
    }

    @Test
    void anUnknownIsotopeIsRefusedAtTheMaterial() throws IOException {
        assertThatThrownBy(() -> load("neutron", "2Fe", "density: 7.8"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:8:")
                .hasMessageContaining("2Fe is not an isotope the tables know: write 2*Fe");
    }

    private static Parameter parameter(FitProblem problem, String name) {
        return problem.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private ModelDefinition load(String probe, String material, String density) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, MODEL.formatted(probe, material, density));
        writeData();
        return ModelFileReader.read(file);
    }

    private void writeData() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double q = 0.01 + 0.005 * i;
            rows.add(q + " " + Math.exp(-q * 50));
        }
        Files.write(dir.resolve("scan.dat"), rows);
    }
}
