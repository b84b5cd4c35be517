package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.core.fit.FitProblem;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenX projects with custom parameters as people write them (issue 15): lower-case {@code cp} variables
 * in the parameter table, couplings to them (of layers and of peaks), the Sample's {@code crop_sld} and
 * scattering lengths set in Sim. The projects are made by {@code make_params.py} beside them.
 */
class CustomParameterImportTest {

    @TempDir
    Path dir;

    @Test
    void customParameterCouplingCropSldAndSetBReproduceGenxsStoredCurve() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_custom_made.hgx");
        ImportReport report = GenxImporterTest.importedWhole(dir, "XRR_custom_made.hgx");
        assertThat(Files.readString(report.model())).contains("rough: {value: 2, min: 1.5, max: 8}").contains("\"Pt.sigma = rough\"");
        ModelDefinition model = ModelFiles.load(report.model());
        double[] sim = model.problem().simulate(model.problem().startValues())[0];
        double[] ySim;
        try (HdfFile f = new HdfFile(hgx)) {
            ySim = (double[]) f.getDatasetByPath("current/data/datasets/0/y_sim").getData();
        }
        assertThat(maxRelativeDeviation(sim, ySim)).isLessThan(1e-6);
    }

    @Test
    void scatteringLengthsSetInSimEqualTheSameSampleWrittenWithThem() throws IOException {
        ImportReport report = GenxImporterTest.importedWhole(dir, "NR_setb_made.hgx");
        ModelDefinition imported = ModelFiles.load(report.model());
        assertThat(Files.readString(report.model())).contains("\"Film.b_re = bfilm\"");

        // The parameter table's values: bfilm 9.6 fm, Film.d 250; Sub.setB(4.0) fixes silicon's b. The
        // declared bc.Ni and bc.Si (10.3 and 4.1491 fm) would give another curve.
        // Written by density and scattering length, as GenX computes the index from them (exact n²).
        Path hand = dir.resolve("out/hand.yaml");
        Files.writeString(hand, """
                kind: reflectivity
                instrument: {probe: neutron, wavelength: 4.4, coords: q, I0: 1, Ibkg: 1e-7}
                layers:
                  Amb: {sld: 0}
                  Film: {dens: 0.0913, b_re: 9.6, d: 250, sigma: 4}
                  Sub: {dens: 0.04995, b_re: 4.0, sigma: 3}
                sample: {ambient: Amb, stacks: [{name: films, layers: [Film], repetitions: 1}], substrate: Sub}
                data:
                  - {name: d, file: "%s", columns: {x: 0, y: 1, error: 2}}
                fom: log
                """.formatted(report.dataFiles().get(0).getFileName()));
        ModelDefinition reference = ModelFiles.load(hand);

        double[] a = imported.problem().simulate(imported.problem().startValues())[0];
        double[] b = reference.problem().simulate(reference.problem().startValues())[0];
        assertThat(maxRelativeDeviation(a, b)).isLessThan(1e-9);
    }

    @Test
    void aComplexExpressionOfParametersIsRefusedNamingItsLineAndWhatWouldBeNeeded() throws IOException {
        EditedProject e = EditedProject.of(dir, "NR_setb_made.hgx", "Film.setB(cp.bfilm)", "Film.setB(cp.bfilm + 0.01j)");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageStartingWith("x.hgx: script line " + e.line() + ": ")
                .hasMessageContaining("Film.setB(cp.bfilm + 0.01j)")
                .hasMessageContaining("Film.b_re, Film.b_im");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownSampleArgumentIsNamedNotBlamedOnAMissingSample() throws IOException {
        EditedProject e = EditedProject.of(dir, "NR_setb_made.hgx", "crop_sld=0)", "crop_sld=0, slicing=True)");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), false))
                .hasMessageContaining("script line " + e.line() + ": ")
                .hasMessageContaining("Sample argument 'slicing' has no evofit equivalent")
                .hasMessageNotContaining("declares no model.Sample");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), true))
                .hasMessageContaining("declares no model.Sample evofit translates")
                .hasMessageContaining("Sample argument 'slicing' has no evofit equivalent");
    }

    @Test
    void peakAttributesCoupledToACustomParameterAndAnotherPeakFollowThemAsTheFitMovesThem() throws IOException {
        ImportReport report = GenxImporterTest.importedWhole(dir, "Peakfit_coupled_made.hgx");
        assertThat(Files.readString(report.model())).contains("\"g1.sigma = sigma\"").contains("\"g2.sigma = sigma\"")
                .contains("\"g4.center = g1.center + 1.2\"").contains("sigma: {value: 0.2, min: 0.1, max: 0.5}");
        FitProblem imported = ModelFiles.load(report.model()).problem();
        FitProblem example = ModelFiles.load(Path.of("../examples/peaks/model.yaml")).problem();

        // GenX's Sim: both sigmas follow cp.sigma, g4 sits 1.2 above g1; the example written with those values.
        double[] a = imported.simulate(imported.values(free(imported, Map.of("sigma", 0.3, "g1.center", 49.9))))[0];
        double[] b = example.simulate(example.values(free(example, Map.of("g1.sigma", 0.3, "g2.sigma", 0.3,
                "g1.center", 49.9, "g4.center", 49.9 + 1.2))))[0];
        assertThat(maxRelativeDeviation(a, b)).isLessThan(1e-12);
    }

    @Test
    void aPeakCouplingToAnUnknownNameIsRefusedNamingItsLineAndTheName() throws IOException {
        EditedProject e = EditedProject.of(dir, "Peakfit_coupled_made.hgx", "g1.setSigma(cp.sigma)",
                "g1.setSigma(cp.width)");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), false))
                .hasMessageStartingWith("x.hgx: script line " + e.line() + ": ")
                .hasMessageContaining("reads cp.width, which is neither a custom parameter (cp.name) nor an attribute");
    }

    /** The start values of the free parameters with {@code changed} ones replaced. */
    private static double[] free(FitProblem p, Map<String, Double> changed) {
        List<String> names = p.freeNames();
        assertThat(names).containsAll(changed.keySet());
        double[] start = p.startValues();
        return names.stream().mapToDouble(n -> changed.getOrDefault(n, start[p.slotOf(n)])).toArray();
    }

    static double maxRelativeDeviation(double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] / b[i] - 1));
        }
        return worst;
    }
}
