package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared-grid smearing against {@link BruteSmearing} on stacks and resolutions unlike test 4. */
class SmearingAccuracyTest {

    static SlabStack stack(String name) {
        return switch (name) {
            case "test0" -> Orso.stack("test0.layers");
            case "test6" -> Orso.stack("test6.layers");
            case "random10" -> BenchStacks.random(10, 52);
            case "thick" -> SlabStack.fromSld(new double[] {0, 3000, 40, 0}, new double[] {0, 4, 8, 2.07},
                    new double[] {0, 0, 0.05, 0}, new double[] {0, 4, 8, 3});
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({
        "test0, relative, 0.02", "test0, relative, 0.05", "test0, relative, 0.10",
        "test6, relative, 0.02", "test6, relative, 0.05", "test6, constant, 0.0005",
        "random10, relative, 0.05", "random10, constant, 0.002",
        "thick, relative, 0.01", "thick, relative, 0.05", "thick, constant, 0.0003"})
    void defaultSmearingMatchesAFineQuadrature(String name, String kind, double resolution) {
        SlabStack s = stack(name);
        int n = 300;
        double[] q = new double[n];
        double[] dq = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = 0.003 * Math.pow(0.35 / 0.003, (double) i / (n - 1));
            double fwhm = kind.equals("relative") ? resolution * q[i] : resolution;
            dq[i] = fwhm / (2 * Math.sqrt(2 * Math.log(2)));
        }
        double[] fine = BruteSmearing.smear(s, q, dq, 3.5, false);
        double[] out = new double[n];
        SmearedReflectivity.pointwise(q, dq).reflectivity(s, out, new SmearingWorkspace());
        double dev = Orso.maxRelativeDeviation(out, fine);
        int worst = Orso.worstIndex(out, fine);
        System.out.printf("%s %s %s: max relative deviation %.2e at Q=%.4f%n", name, kind, resolution, dev, q[worst]);
        // Issue 17 asks every accurate mode for 1e-6 of the converged curve, and the accuracy beyond it is
        // spent on fewer kernel evaluations. The cut Gaussian's residual error is the interpolation of R
        // (degree 15) in its 3.5σ–7.5σ tails (4.7e-4 of the weight), largest where thick-film fringes are
        // only ~3 nodes apart: measured at most 3.0e-7 (thick, relative 0.05) with 1.1 nodes per σ and 1.25
        // per fringe period, 2.6e-7 with 1.05 (7.2e-7 there with degree 11; 6.4e-7 with degree 11 and 1.5 per
        // σ, 3.9e-6 with degree 7).
        assertThat(dev).as("max relative deviation %.2e at Q=%s", dev, q[worst]).isLessThan(1e-6);
        double[] whole = BruteSmearing.smear(s, q, dq, Double.POSITIVE_INFINITY, true);
        SmearedReflectivity.pointwise(q, dq, SmearingSettings.DEFAULT.wholeGaussian())
                .reflectivity(s, out, new SmearingWorkspace());
        double devWhole = Orso.maxRelativeDeviation(out, whole);
        System.out.printf("   whole Gaussian: %.2e%n", devWhole);
        // Measured at most 2.0e-9 (random10, constant 0.002; 1.33e-8 on thick, constant 0.0003, before
        // the edge quadrature took over the points its chirp outruns the grid for).
        assertThat(devWhole).as("whole Gaussian: max relative deviation %.2e", devWhole).isLessThan(2e-8);
        assertThat(Arrays.stream(out).allMatch(Double::isFinite)).isTrue();
    }
}
