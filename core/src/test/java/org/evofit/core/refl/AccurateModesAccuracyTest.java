package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every resolution width evofit's accurate modes produce (one σ for all points, σ proportional to Q,
 * a σ per point from a data column), smeared the way model files smear ({@link SmearedReflectivity}
 * with the default settings), against {@link BruteSmearing}'s converged quadrature: to 2e-7 relative
 * on a thick film (fringes and the chirp above its critical edge), a multilayer (Bragg peaks) and a
 * grid packed around the critical edges; to 1e-6 on a 3000 Å film, whose fringes are the fastest
 * the grid must follow (it follows the stack's thickness, so a fit's thickest stack is this case), and
 * on the multilayer with wide relative widths on a logarithmic grid, whose higher Bragg peaks fall in
 * the cut tails of windows that fringes, not σ, fill with nodes.
 */
class AccurateModesAccuracyTest {

    /** A SiO-like film on Si (neutrons); 1250 Å is examples/neutron-film's. */
    private static SlabStack film(double thickness) {
        return SlabStack.fromSld(new double[] {0, thickness, 0}, new double[] {0, 3.47, 2.07},
                new double[] {0, 0.001, 0}, new double[] {0, 7, 4});
    }

    /** Ten Ni/Ti bilayers of 60 and 40 Å on Si: Bragg peaks at multiples of 2π/100 Å⁻¹. */
    private static SlabStack multilayer() {
        int bilayers = 10;
        int n = 2 * bilayers + 2;
        double[] d = new double[n];
        double[] sld = new double[n];
        double[] isld = new double[n];
        double[] rough = new double[n];
        for (int b = 0; b < bilayers; b++) {
            d[1 + 2 * b] = 60;
            sld[1 + 2 * b] = 9.41;
            d[2 + 2 * b] = 40;
            sld[2 + 2 * b] = -1.92;
            rough[1 + 2 * b] = 4;
            rough[2 + 2 * b] = 4;
        }
        sld[n - 1] = 2.07;
        rough[n - 1] = 3;
        return SlabStack.fromSld(d, sld, isld, rough);
    }

    /**
     * Q points: evenly spaced over the usual range, packed around the critical edges, or 300 on a
     * logarithmic grid to 0.35 Å⁻¹ (where a multilayer's Bragg peaks fall in wide windows' cut tails).
     */
    private static double[] q(String grid) {
        int n = grid.equals("log") ? 300 : 150;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1);
            q[i] = switch (grid) {
                case "edge" -> 0.006 + 0.012 * f;
                case "log" -> 0.003 * Math.pow(0.35 / 0.003, f);
                default -> 0.005 + 0.195 * f;
            };
        }
        return q;
    }

    /**
     * The widths a mode gives: constant σ, σ = 1 %·Q (or 8 % of Q as FWHM), or a TOF-like column
     * √(σ0² + (0.015·Q)²).
     */
    private static double[] widths(String mode, double[] q) {
        double[] dq = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            dq[i] = switch (mode) {
                case "constant" -> 0.0004;
                case "relative" -> 0.01 * q[i];
                case "relative 8 % FWHM" -> 0.08 * q[i] / (2 * Math.sqrt(2 * Math.log(2)));
                case "pointwise" -> Math.sqrt(0.0002 * 0.0002 + 0.015 * q[i] * 0.015 * q[i]);
                default -> throw new IllegalArgumentException(mode);
            };
        }
        return dq;
    }

    @ParameterizedTest(name = "{0} {1} on {2} points within {3}")
    @CsvSource({
        "film, constant, wide, 2e-7", "film, relative, wide, 2e-7", "film, pointwise, wide, 2e-7",
        "multilayer, constant, wide, 2e-7", "multilayer, relative, wide, 2e-7", "multilayer, pointwise, wide, 2e-7",
        "film, constant, edge, 2e-7", "film, relative, edge, 2e-7", "film, pointwise, edge, 2e-7",
        "thick film, constant, wide, 1e-6", "thick film, relative, wide, 1e-6", "thick film, pointwise, wide, 1e-6",
        "multilayer, relative 8 % FWHM, log, 1e-6"})
    void everyAccurateModeIsWithinOnePpmOfTheConvergedCurve(String sample, String mode, String grid, double bound) {
        SlabStack stack = switch (sample) {
            case "film" -> film(1250);
            case "thick film" -> film(3000);
            default -> multilayer();
        };
        double[] q = q(grid);
        double[] dq = widths(mode, q);
        double[] converged = BruteSmearing.smear(stack, q, dq, 3.5, false);
        double[] out = new double[q.length];
        SmearedReflectivity.pointwise(q, dq).reflectivity(stack, out, new SmearingWorkspace());
        double dev = Orso.maxRelativeDeviation(out, converged);
        int worst = Orso.worstIndex(out, converged);
        assertThat(dev).as("max relative deviation %.2e at Q=%s", dev, q[worst]).isLessThan(bound);
    }
}
