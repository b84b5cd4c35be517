package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Points the edge quadrature takes over for a thick slab's chirp whose windows hold no edge: on a sparse grid with
 * narrow relative widths such a point forms a cluster of its own just above the slab's edge, whose pieces must
 * follow the chirp (laid as equal pieces sized for the fringes, the 2000 Å film was 1.46e-5 off at Q = 0.01603 and
 * the 3000 Å one 2.7e-6), against {@link BruteSmearing}'s converged quadrature, issue 17's 1e-6.
 */
class ChirpClusterAccuracyTest {

    @ParameterizedTest
    @CsvSource({"800", "1250", "2000", "3000"})
    void pointsJustAboveAThickFilmsEdgeFollowItsChirp(double thickness) {
        SlabStack film = SlabStack.fromSld(new double[] {0, thickness, 0}, new double[] {0, 4.66, 2.07},
                new double[] {0, 0, 0}, new double[] {0, 7, 4});
        int n = 200;
        double[] q = new double[n];
        double[] dq = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = 0.01 + 0.24 * i / (n - 1);
            dq[i] = 0.01 * q[i];
        }
        double[] fine = BruteSmearing.smear(film, q, dq, 3.5, false);
        double[] out = new double[n];
        SmearedReflectivity.pointwise(q, dq).reflectivity(film, out, new SmearingWorkspace());
        double dev = Orso.maxRelativeDeviation(out, fine);
        int worst = Orso.worstIndex(out, fine);
        System.out.printf("%.0f Å: max relative deviation %.2e at Q=%.5f%n", thickness, dev, q[worst]);
        // Measured 6.8e-8 / 4.2e-8 / 2.5e-8 / 1.2e-7 (800 / 1250 / 2000 / 3000 Å).
        assertThat(dev).as("max relative deviation %.2e at Q=%s", dev, q[worst]).isLessThan(1e-6);
    }
}
