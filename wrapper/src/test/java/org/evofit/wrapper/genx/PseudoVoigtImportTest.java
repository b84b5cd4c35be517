package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.core.fit.FitProblem;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pseudo-Voigt peak classes written as people write them import as evofit's {@code pseudo-voigt}
 * component. Peakfit_PseudoVoigt_made.hgx is made by make_pseudovoigt.py (next to it): two classes
 * spelling the same peak differently, and as y_sim what numpy computes from the script's own calc.
 */
class PseudoVoigtImportTest {

    @TempDir
    Path dir;

    @Test
    void twoSpellingsImportAsPseudoVoigtsAndReproduceTheScriptsCurve() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "Peakfit_PseudoVoigt_made.hgx");
        ImportReport report = GenxImporter.importFile(hgx, dir.resolve("out"), false);

        assertThat(report.untranslated()).isEmpty();
        String yaml = Files.readString(report.model());
        assertThat(yaml.split("kind: pseudo-voigt", -1)).hasSize(3);
        assertThat(yaml).contains("fwhm: {value: 0.45, min: 0.1, max: 1}").contains("fwhm: 0.5")
                .contains("eta: {value: 0.7, min: 0, max: 1}");
        FitProblem problem = ModelFiles.load(report.model()).problem();
        assertThat(problem.freeNames()).containsExactlyInAnyOrder("p1.height", "p1.center", "p1.fwhm", "p1.eta",
                "p2.height", "p2.center", "p2.eta", "bkg.value");

        double[] reference;
        try (HdfFile file = new HdfFile(hgx)) {
            reference = (double[]) file.getDatasetByPath("current/data/datasets/0/y_sim").getData();
        }
        double[] simulated = problem.simulate(problem.startValues())[0];
        assertThat(simulated).hasSameSizeAs(reference);
        double worst = 0;
        for (int i = 0; i < reference.length; i++) {
            worst = Math.max(worst, Math.abs(simulated[i] / reference[i] - 1));
        }
        System.out.printf("import-genx pseudo-Voigt: largest relative deviation from the script's curve %.2e%n", worst);
        assertThat(worst).isLessThanOrEqualTo(1e-9);
    }

    @Test
    void spellingsOfThePseudoVoigtMapTheirAttributes() {
        assertThat(PeakShape.of("self.A*(self.n/(1+((x-self.c)/(self.f/2))**2)+(1-self.n)*np.exp(-np.log(2)"
                + "*((x-self.c)/(self.f/2))**2))", "x"))
                .isEqualTo(new PeakShape("pseudo-voigt", Map.of("height", "A", "center", "c", "fwhm", "f", "eta", "n")));
        assertThat(PeakShape.of("self.eta*self.h/(1 + 4*(q - self.q0)**2/self.fw**2) + self.h*(1 - self.eta)"
                + "*exp(-4*log(2)*(q - self.q0)**2/self.fw**2)", "q").params())
                .containsEntry("height", "h").containsEntry("center", "q0").containsEntry("fwhm", "fw")
                .containsEntry("eta", "eta");
        assertThat(PeakShape.of("self.h*exp(-(self.c - x)**2/(2*self.s*self.s))", "x"))
                .isEqualTo(new PeakShape("gaussian", Map.of("height", "h", "center", "c", "sigma", "s")));
    }

    @Test
    void peaksWhoseParametersAreNotTheComponentsAreNotRecognised() {
        for (String other : List.of(
                // eta is the Gaussian fraction here, not the Lorentzian one
                "self.A*((1-self.n)/(1+((x-self.c)/(self.f/2))**2)+self.n*exp(-log(2)*((x-self.c)/(self.f/2))**2))",
                // a half width where the component has a full width
                "self.A*(self.n/(1+((x-self.c)/self.w)**2)+(1-self.n)*exp(-log(2)*((x-self.c)/self.w)**2))",
                // Lorentzian and Gaussian of different widths
                "self.A*(self.n/(1+((x-self.c)/(self.f/2))**2)+(1-self.n)*exp(-((x-self.c)/self.f)**2))",
                // a name that is no attribute
                "self.A*exp(-(x - self.xc)**2/2/sigma**2)")) {
            assertThat(PeakShape.of(other, "x")).as(other).isNull();
        }
    }
}
