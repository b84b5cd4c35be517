package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GenX peak class computing a Voigt profile through scipy's {@code wofz} imports as evofit's
 * {@code voigt} component. Peakfit_Voigt_made.hgx is made by make_voigt.py (next to it) from GenX's
 * Peakfit_Gauss example: two Voigt peaks on a constant background.
 */
class VoigtImportTest {

    @TempDir
    Path dir;

    @Test
    void voigtPeakClassSimulatesAsTheConvolutionOfAGaussianAndALorentzian() throws IOException {
        ImportReport report = GenxImporter.importFile(GenxImporterTest.resource(dir, "Peakfit_Voigt_made.hgx"),
                dir.resolve("out"), false);

        assertThat(report.untranslated()).isEmpty();
        String yaml = Files.readString(report.model());
        assertThat(yaml).contains("kind: voigt").contains("area: {value: 1000, min: 500, max: 2000}")
                .contains("gamma: {value: 0.4, min: 0.01, max: 0.8}").contains("sigma: 0.15");
        ModelDefinition imported = ModelFiles.load(report.model());
        FitProblem problem = imported.problem();
        assertThat(problem.freeNames()).containsExactlyInAnyOrder("v1.area", "v1.center", "v1.sigma", "v1.gamma",
                "v2.area", "v2.center", "v2.gamma", "bkg.value");

        double[] x = problem.dataSets().get(0).x();
        double[] simulated = problem.simulate(problem.startValues())[0];
        double peak = 0;
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double expected = convolved(1000, 49.8, 0.2, 0.1, x[i]) + convolved(300, 47.6, 0.15, 0.4, x[i]) + 100;
            peak = Math.max(peak, expected);
            worst = Math.max(worst, Math.abs(simulated[i] / expected - 1));
            assertThat(Math.abs(simulated[i] / expected - 1)).as("x = %s", x[i]).isLessThanOrEqualTo(1e-9);
        }
        System.out.printf("import-genx Voigt: largest relative deviation from the numerical convolution %.2e%n", worst);
        assertThat(peak).as("the data's range covers the peaks").isGreaterThan(1000);
    }

    @Test
    void theVoigtSpellingsAreRecognisedAndAMismatchedSigmaIsNot() {
        PeakShape shape = PeakShape.of("self.A*wofz((x - self.xc + 1j*self.gamma)/(self.sigma*sqrt(2))).real"
                + "/(self.sigma*sqrt(2*pi))", "x");
        assertThat(shape.kind()).isEqualTo("voigt");
        assertThat(shape.params()).containsEntry("area", "A").containsEntry("center", "xc")
                .containsEntry("sigma", "sigma").containsEntry("gamma", "gamma");
        assertThat(PeakShape.of("self.a*np.real(special.wofz((q-self.c+1j*self.g)/self.s/np.sqrt(2)))"
                + "/self.s/np.sqrt(2*np.pi)", "q").params()).containsEntry("sigma", "s").containsEntry("gamma", "g");
        for (String notVoigt : List.of(
                "self.A*wofz((x - self.xc + 1j*self.gamma)/(self.sigma*sqrt(2))).real/(self.w*sqrt(2*pi))",
                "self.A*wofz((x - self.xc + 1j*self.gamma)/(self.sigma*sqrt(2))).imag/(self.sigma*sqrt(2*pi))",
                "self.A*wofz((x - self.xc + 1j*self.gamma)/(self.sigma*sqrt(2))).real")) {
            assertThat(PeakShape.of(notVoigt, "x")).as(notVoigt).isNull();
        }
    }

    /**
     * The Voigt profile by its definition, independent of the Faddeeva function: the Lorentzian of
     * half width {@code gamma} averaged over a normalised Gaussian of standard deviation {@code sigma},
     * times the area. The trapezoidal rule over ±40 sigma with 200 steps per min(sigma, gamma) is
     * exact to rounding here: its error falls like exp(-2π·gamma/h) for an integrand whose nearest
     * poles are gamma off the real axis.
     */
    private static double convolved(double area, double center, double sigma, double gamma, double x) {
        double h = Math.min(sigma, gamma) / 200;
        int n = (int) Math.ceil(40 * sigma / h);
        double sum = 0;
        for (int k = -n; k <= n; k++) {
            double t = k * h;
            double u = x - center - t;
            double gauss = Math.exp(-t * t / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
            double lorentz = gamma / Math.PI / (u * u + gamma * gamma);
            sum += gauss * lorentz;
        }
        return area * sum * h;
    }
}
